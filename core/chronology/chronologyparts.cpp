#include "chronology/chronologyparts.h"

namespace hearth::ChronologyParts {

QDate dateOf(const JsonValue &value)
{
    return value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
}

// "created" is validated as exactly YYYY-MM-DDTHH:MM:SS.mmmZ; reading the fields directly is
// several times faster than QDateTime's parser, which shows over a caseload's records.
QDateTime createdOf(const Envelope &envelope)
{
    const QStringView t(envelope.created);
    if (t.size() != 24)
        return QDateTime::fromString(envelope.created, Qt::ISODateWithMs).toUTC();
    const auto n = [t](qsizetype from, qsizetype length) { return t.mid(from, length).toInt(); };
    return QDateTime(
        QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2), n(20, 3)), Qt::UTC);
}

std::optional<bool> optionalBool(const JsonValue &value)
{
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::optional<qint64> optionalInteger(const JsonValue &value)
{
    return value.isInteger() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

// The child's words wherever a body holds them: {"by": "child", "quote": ...} from body
// format 2, plain text in format 1.
void collectQuotes(
    const JsonValue &value, const QString &where, QList<QPair<QString, QString>> &out)
{
    if (value.isArray()) {
        for (const JsonValue &item : value.items())
            collectQuotes(item, where, out);
        return;
    }
    if (!value.isObject())
        return;
    for (const JsonMember &member : value.members()) {
        if (member.key == u"childsWords") {
            const QString quote = member.value.isObject() ? member.value[u"quote"].toString()
                                                          : member.value.toString();
            if (!quote.isEmpty())
                out.append({ where, quote });
            continue;
        }
        collectQuotes(member.value, member.key, out);
    }
}

ChronologyEntry Context::entry(Kind kind, QDate date) const
{
    ChronologyEntry e;
    e.kind = kind;
    e.recordedAt = created;
    e.date = date.isValid() ? date : e.recordedAt.date();
    e.recordId = record.envelope.id;
    e.signature = record.status;
    e.author = record.envelope.author;
    e.amendedBy = amendedBy;
    return e;
}

void quoteEntries(const Context &c, QDate date)
{
    QList<QPair<QString, QString>> quotes;
    collectQuotes(c.body, QString(), quotes);
    for (const auto &[where, quote] : std::as_const(quotes)) {
        ChronologyEntry words = c.entry(Kind::ChildsWords, date);
        words.category = where;
        words.text = quote;
        c.add(words);
    }
}

} // namespace hearth::ChronologyParts
