#include "visitdocument.h"

#include "model/visitjson.h"
#include "record/canonicaljson.h"

#include <QDate>
#include <QJsonArray>

#include <cmath>

namespace hearth {

namespace {
using Code = VisitEditError::Code;
using VisitField::Kind;

Unexpected<VisitEditError> refuse(Code code, const QString &detail)
{
    return unexpected(VisitEditError { code, detail });
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

QJsonValue get(const QJsonObject &root, const QStringList &segments)
{
    QJsonValue node = root;
    for (const QString &segment : segments) {
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

QVariant toVariant(const QJsonValue &node)
{
    if (node.isNull() || node.isUndefined())
        return {};
    if (node.isDouble())
        return QVariant::fromValue(node.toInteger());
    return node.toVariant();
}

bool isNothing(const QVariant &value)
{
    return !value.isValid() || value.isNull();
}

// The JSON for a value of `kind`, or why it cannot be one.
Expected<QJsonValue, VisitEditError> toJson(Kind kind, const QVariant &value)
{
    const int type = value.typeId();
    switch (kind) {
    case Kind::Text:
    case Kind::Choice:
        if (type != QMetaType::QString)
            return refuse(Code::WrongType, QStringLiteral("expects text"));
        return QJsonValue(CanonicalJson::normalizeText(value.toString()));
    case Kind::Date: {
        // Written as the signed body keeps it (BodyValidator refuses anything else at signing,
        // far too late for the practitioner to notice a mistyped date).
        if (type != QMetaType::QString)
            return refuse(Code::WrongType, QStringLiteral("expects a date"));
        const QString text = value.toString();
        if (!text.isEmpty()
            && (text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid()))
            return refuse(Code::NotAllowed, QStringLiteral("expects a date as yyyy-mm-dd"));
        return QJsonValue(text);
    }
    case Kind::MaybeFlag:
        if (isNothing(value))
            return QJsonValue(QJsonValue::Null);
        [[fallthrough]];
    case Kind::Flag:
        if (type != QMetaType::Bool)
            return refuse(Code::WrongType, QStringLiteral("expects true or false"));
        return QJsonValue(value.toBool());
    case Kind::Number: {
        if (isNothing(value))
            return QJsonValue(QJsonValue::Null);
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (type == QMetaType::QString || type == QMetaType::Bool || !ok
            || std::trunc(number) != number || std::abs(number) > 1e15)
            return refuse(Code::WrongType, QStringLiteral("expects a whole number"));
        return QJsonValue(qint64(number));
    }
    case Kind::TextList: {
        if (type != QMetaType::QStringList && type != QMetaType::QVariantList)
            return refuse(Code::WrongType, QStringLiteral("expects a list of texts"));
        QJsonArray list;
        for (const QVariant &item : value.toList()) {
            if (item.typeId() != QMetaType::QString)
                return refuse(Code::WrongType, QStringLiteral("expects a list of texts"));
            list.append(CanonicalJson::normalizeText(item.toString()));
        }
        return QJsonValue(list);
    }
    }
    return refuse(Code::WrongType, QStringLiteral("unknown kind"));
}
} // namespace

VisitDocument::VisitDocument()
    : VisitDocument(Visit {})
{ }

VisitDocument::VisitDocument(Visit visit, VisitItems items)
    : m_visit(std::move(visit))
    , m_json(VisitJson::toJson(m_visit))
    , m_items(std::move(items))
{ }

Expected<void, VisitEditError> VisitDocument::address(
    const VisitField::Spec &spec, const QString &item, int row) const
{
    const auto known
        = [&](const QStringList &ids, const char *what) -> Expected<void, VisitEditError> {
        if (!ids.contains(item))
            return refuse(Code::UnknownItem,
                QStringLiteral("the pack has no %1 \"%2\" for this visit")
                    .arg(QLatin1String(what), item));
        return {};
    };
    switch (spec.scope) {
    case VisitField::Scope::Visit:
        return {};
    case VisitField::Scope::LivedPrompt:
        return known(m_items.lived, "lived-experience prompt");
    case VisitField::Scope::NeglectItem:
        return known(m_items.neglect, "neglect item");
    case VisitField::Scope::MenPrompt:
        return known(m_items.men, "prompt about men");
    case VisitField::Scope::Row:
        if (row < 0 || row >= count(spec.list))
            return refuse(Code::NoSuchRow, QStringLiteral("there is no row %1").arg(row));
        return {};
    }
    return {};
}

Expected<QVariant, VisitEditError> VisitDocument::value(
    int field, const QString &item, int row) const
{
    if (!VisitField::isValid(field))
        return refuse(Code::UnknownField, QStringLiteral("no field %1").arg(field));
    const VisitField::Spec &spec = VisitField::spec(VisitField::Id(field));
    if (auto ok = address(spec, item, row); !ok)
        return unexpected(ok.error());
    return toVariant(get(m_json, VisitField::segments(spec, item, row)));
}

Expected<bool, VisitEditError> VisitDocument::setValue(
    int field, const QString &item, int row, const QVariant &value)
{
    if (!VisitField::isValid(field))
        return refuse(Code::UnknownField, QStringLiteral("no field %1").arg(field));
    const VisitField::Spec &spec = VisitField::spec(VisitField::Id(field));
    if (auto ok = address(spec, item, row); !ok)
        return unexpected(ok.error());
    auto leaf = toJson(spec.kind, value);
    if (!leaf)
        return unexpected(leaf.error());
    const QStringList segments = VisitField::segments(spec, item, row);
    const QJsonValue before = get(m_json, segments);
    if (before == leaf.value())
        return false;
    QJsonValue root = m_json;
    if (!put(root, segments, 0, leaf.value()))
        return refuse(Code::NotAllowed, QStringLiteral("cannot be stored there"));
    if (auto ok = replace(root.toObject()); !ok)
        return unexpected(ok.error());
    // The reader fills in what a new pack item lacks, so compare what is now stored.
    if (get(m_json, segments) != leaf.value())
        return refuse(Code::NotAllowed, QStringLiteral("was not kept as written"));
    return true;
}

qsizetype VisitDocument::count(int list) const
{
    if (!VisitField::isValidList(list))
        return 0;
    return get(m_json, VisitField::listSegments(VisitField::List(list))).toArray().size();
}

QVariantMap VisitDocument::row(int list, int row) const
{
    if (!VisitField::isValidList(list))
        return {};
    const QJsonArray rows = get(m_json, VisitField::listSegments(VisitField::List(list))).toArray();
    if (row < 0 || row >= rows.size())
        return {};
    return rows.at(row).toObject().toVariantMap();
}

Expected<qsizetype, VisitEditError> VisitDocument::addRow(int list, const QVariantMap &item)
{
    if (!VisitField::isValidList(list))
        return refuse(Code::UnknownField, QStringLiteral("no list %1").arg(list));
    if (list == VisitField::Concerns
        && !m_items.categories.contains(item.value(QStringLiteral("category")).toString()))
        return refuse(Code::UnknownItem, QStringLiteral("the pack has no such concern category"));
    const QStringList segments = VisitField::listSegments(VisitField::List(list));
    QJsonArray rows = get(m_json, segments).toArray();
    QJsonObject object;
    for (auto it = item.cbegin(); it != item.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString)
            return refuse(Code::WrongType, it.key() + QStringLiteral(" expects text"));
        object.insert(it.key(), CanonicalJson::normalizeText(it.value().toString()));
    }
    rows.append(object);
    QJsonValue root = m_json;
    if (!put(root, segments, 0, rows))
        return refuse(Code::NotAllowed, QStringLiteral("cannot be stored there"));
    if (auto ok = replace(root.toObject()); !ok)
        return unexpected(ok.error());
    return rows.size() - 1;
}

Expected<void, VisitEditError> VisitDocument::removeRow(int list, int row)
{
    if (!VisitField::isValidList(list))
        return refuse(Code::UnknownField, QStringLiteral("no list %1").arg(list));
    const QStringList segments = VisitField::listSegments(VisitField::List(list));
    QJsonArray rows = get(m_json, segments).toArray();
    if (row < 0 || row >= rows.size())
        return refuse(Code::NoSuchRow, QStringLiteral("there is no row %1").arg(row));
    rows.removeAt(row);
    QJsonValue root = m_json;
    if (!put(root, segments, 0, rows))
        return refuse(Code::NotAllowed, QStringLiteral("cannot be stored there"));
    return replace(root.toObject());
}

Expected<void, VisitEditError> VisitDocument::edit(const std::function<void(Visit &)> &change)
{
    Visit changed = m_visit;
    change(changed);
    return replace(VisitJson::toJson(changed));
}

Expected<void, VisitEditError> VisitDocument::replace(const QJsonObject &json)
{
    auto visit = VisitJson::fromJson(json);
    if (!visit)
        return refuse(Code::NotAllowed, visit.error().toString());
    m_visit = std::move(visit.value());
    m_json = VisitJson::toJson(m_visit);
    return {};
}

} // namespace hearth
