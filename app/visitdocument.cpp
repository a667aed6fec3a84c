#include "visitdocument.h"

#include "model/visitjson.h"
#include "record/canonicaljson.h"

#include <QJsonArray>

namespace hearth {

namespace {

QJsonValue fromVariant(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString)
        return CanonicalJson::normalizeText(value.toString());
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

// Walks `segments` from `index` into `node` and puts `leaf` there; false when the path leads
// through something that is not an object or a list, or past the end of a list.
bool put(QJsonValue &node, const QStringList &segments, qsizetype index, const QJsonValue &leaf)
{
    if (index == segments.size()) {
        node = leaf;
        return true;
    }
    const QString &segment = segments.at(index);
    if (node.isArray()) {
        bool ok = false;
        const qsizetype at = segment.toLongLong(&ok);
        QJsonArray array = node.toArray();
        if (!ok || at < 0 || at >= array.size())
            return false;
        QJsonValue child = array.at(at);
        if (!put(child, segments, index + 1, leaf))
            return false;
        array.replace(at, child);
        node = array;
        return true;
    }
    if (!node.isObject() && !node.isNull() && !node.isUndefined())
        return false;
    QJsonObject object = node.toObject();
    QJsonValue child = object.value(segment);
    if (!put(child, segments, index + 1, leaf))
        return false;
    object.insert(segment, child);
    node = object;
    return true;
}

QJsonValue get(const QJsonObject &root, const QString &path)
{
    QJsonValue node = root;
    for (const QString &segment : path.split(u'.')) {
        if (node.isArray()) {
            bool ok = false;
            const qsizetype at = segment.toLongLong(&ok);
            node = ok ? node.toArray().at(at) : QJsonValue(QJsonValue::Undefined);
        } else {
            node = node.toObject().value(segment);
        }
    }
    return node;
}

} // namespace

VisitDocument::VisitDocument()
    : VisitDocument(Visit {})
{ }

VisitDocument::VisitDocument(Visit visit)
    : m_visit(std::move(visit))
    , m_json(VisitJson::toJson(m_visit))
{ }

QVariant VisitDocument::value(const QString &path) const
{
    const QJsonValue node = get(m_json, path);
    if (node.isNull() || node.isUndefined())
        return {};
    if (node.isDouble())
        return QVariant::fromValue(node.toInteger());
    return node.toVariant();
}

bool VisitDocument::setValue(const QString &path, const QVariant &value)
{
    QJsonValue root = m_json;
    if (!put(root, path.split(u'.'), 0, fromVariant(value)))
        return false;
    return replace(root.toObject());
}

qsizetype VisitDocument::count(const QString &listPath) const
{
    return get(m_json, listPath).toArray().size();
}

qsizetype VisitDocument::append(const QString &listPath, const QVariantMap &item)
{
    QJsonArray list = get(m_json, listPath).toArray();
    QJsonObject object;
    for (auto it = item.cbegin(); it != item.cend(); ++it)
        object.insert(it.key(), fromVariant(it.value()));
    list.append(object);
    QJsonValue root = m_json;
    if (!put(root, listPath.split(u'.'), 0, list) || !replace(root.toObject()))
        return -1;
    return list.size() - 1;
}

bool VisitDocument::removeAt(const QString &listPath, qsizetype index)
{
    QJsonArray list = get(m_json, listPath).toArray();
    if (index < 0 || index >= list.size())
        return false;
    list.removeAt(index);
    QJsonValue root = m_json;
    return put(root, listPath.split(u'.'), 0, list) && replace(root.toObject());
}

bool VisitDocument::replace(const QJsonObject &json)
{
    auto visit = VisitJson::fromJson(json);
    if (!visit)
        return false;
    m_visit = std::move(visit.value());
    m_json = VisitJson::toJson(m_visit);
    return true;
}

} // namespace hearth
