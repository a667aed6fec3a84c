#include "childhousemodel.h"

#include "record/canonicaljson.h"
#include "record/childcontributionbody.h"

namespace hearth {

ChildHouseModel::ChildHouseModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int ChildHouseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ChildHouseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items[std::size_t(index.row())];
    switch (role) {
    case PictureRole:
        return item.picture;
    case WordsRole:
        return item.words;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChildHouseModel::roleNames() const
{
    return { { PictureRole, "picture" }, { WordsRole, "words" } };
}

bool ChildHouseModel::addPicture(const QString &picture)
{
    if (!ChildContributionBody::pictures().contains(picture))
        return false;
    return add(Item { picture, {} });
}

bool ChildHouseModel::addWords(const QString &words)
{
    // NFC where text enters the app, as everywhere the record keeps typed words.
    const QString text = CanonicalJson::normalizeText(words.trimmed());
    if (text.isEmpty() || text.size() > ChildContributionBody::MaxWordsLength)
        return false;
    return add(Item { {}, text });
}

bool ChildHouseModel::add(Item item)
{
    if (count() >= ChildContributionBody::MaxItemsPerHouse)
        return false;
    beginInsertRows({}, count(), count());
    m_items.push_back(std::move(item));
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

bool ChildHouseModel::remove(int row)
{
    if (row < 0 || row >= count())
        return false;
    beginRemoveRows({}, row, row);
    m_items.erase(m_items.begin() + row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

JsonValue ChildHouseModel::toJson() const
{
    JsonValue items = JsonValue::array();
    for (const Item &item : m_items)
        items.append(item.picture.isEmpty()
                ? JsonValue::object({ { QStringLiteral("words"), item.words } })
                : JsonValue::object({ { QStringLiteral("picture"), item.picture } }));
    return items;
}

void ChildHouseModel::setJson(const JsonValue &items)
{
    beginResetModel();
    m_items.clear();
    for (const JsonValue &item : items.items())
        m_items.push_back(Item { item[u"picture"].toString(), item[u"words"].toString() });
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace hearth
