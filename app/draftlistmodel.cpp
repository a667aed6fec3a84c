#include "draftlistmodel.h"

namespace hearth {

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case ChildIdRole:
        return row.childId;
    case Qt::DisplayRole:
    case ChildNameRole:
        return row.childName;
    case WhenRole:
        return row.when;
    case DetailRole:
        return row.detail;
    case StepRole:
        return row.step;
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return { { IdRole, "recordId" }, { VisitIdRole, "visitId" }, { ChildIdRole, "childId" },
        { ChildNameRole, "childName" }, { WhenRole, "when" }, { DetailRole, "detail" },
        { StepRole, "step" } };
}

bool DraftListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && m_rows.size() < m_total;
}

void DraftListModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester ask for more from inside this model's own reset and
    // insert notifications; rows inserted then would nest one change inside another.
    if (m_changing || !canFetchMore(parent))
        return;
    QList<Row> page = m_reader(m_rows.size(), std::min(PageSize, m_total - m_rows.size()));
    if (page.isEmpty()) {
        // Fewer rows than counted (one was removed meanwhile): stop asking for more.
        m_total = m_rows.size();
        Q_EMIT countChanged();
        return;
    }
    const int first = int(m_rows.size());
    m_changing = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_changing = false;
}

void DraftListModel::setSource(qsizetype total, PageReader reader)
{
    const bool countChanges = total != m_total;
    m_changing = true;
    beginResetModel();
    m_total = total;
    m_reader = std::move(reader);
    // The first page comes with the reset, so what a practitioner sees first needs no scrolling.
    m_rows = m_reader ? m_reader(0, std::min(PageSize, m_total)) : QList<Row> {};
    endResetModel();
    m_changing = false;
    if (countChanges)
        Q_EMIT countChanged();
}

void DraftListModel::clear()
{
    setSource(0, {});
}

} // namespace hearth
