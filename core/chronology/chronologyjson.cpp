#include "chronology/chronologyjson.h"

#include <QJsonArray>

namespace hearth {

namespace {
void putText(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}
} // namespace

QJsonObject ChronologyJson::entry(const ChronologyEntry &e)
{
    QJsonObject o { { QStringLiteral("kind"), entryKindName(e.kind) },
        { QStringLiteral("date"), e.date.toString(Qt::ISODate) },
        { QStringLiteral("record"), e.recordId },
        { QStringLiteral("signature"), signatureStatusName(e.signature) } };
    putText(o, QStringLiteral("recordedAt"), e.recordedAt.toString(Qt::ISODateWithMs));
    putText(o, QStringLiteral("author"), e.author);
    putText(o, QStringLiteral("category"), e.category);
    putText(o, QStringLiteral("text"), e.text);
    putText(o, QStringLiteral("detail"), e.detail);
    putText(o, QStringLiteral("seenOn"), e.seenOn.toString(Qt::ISODate));
    putText(o, QStringLiteral("amendedBy"), e.amendedBy);
    putText(o, QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs));
    for (const auto &[key, value] : { std::pair { QStringLiteral("seen"), e.seen },
             std::pair { QStringLiteral("seenAlone"), e.seenAlone },
             std::pair { QStringLiteral("announced"), e.announced } })
        if (value)
            o.insert(key, *value);
    for (const auto &[key, value] : { std::pair { QStringLiteral("level"), e.level },
             std::pair { QStringLiteral("offered"), e.offered },
             std::pair { QStringLiteral("kept"), e.kept } })
        if (value)
            o.insert(key, *value);
    if (!e.evidence.isEmpty())
        o.insert(QStringLiteral("evidence"), QJsonArray::fromStringList(e.evidence));
    putText(o, QStringLiteral("subject"), e.subject);
    if (!e.rules.isEmpty())
        o.insert(QStringLiteral("rules"), QJsonArray::fromStringList(e.rules));
    if (e.kind == ChronologyEntry::Kind::SupervisorReview) {
        QJsonArray actions;
        for (const ChronologyEntry::Action &action : e.actions)
            actions.append(QJsonObject { { QStringLiteral("action"), action.action },
                { QStringLiteral("owner"), action.owner },
                { QStringLiteral("due"), action.due.toString(Qt::ISODate) } });
        o.insert(QStringLiteral("actions"), actions);
    }
    putText(o, QStringLiteral("raisedBy"), e.raisedBy);
    putText(o, QStringLiteral("disagreesWith"), e.disagreesWith);
    putText(o, QStringLiteral("step"), e.step);
    if (e.refers)
        o.insert(QStringLiteral("refers"),
            QJsonObject { { QStringLiteral("kind"), entryKindName(e.refers->kind) },
                { QStringLiteral("date"), e.refers->date.toString(Qt::ISODate) },
                { QStringLiteral("text"), e.refers->text } });
    return o;
}

QJsonObject ChronologyJson::flag(const PatternFlag &flag, const QString &language)
{
    QJsonObject o { { QStringLiteral("rule"), flag.ruleId },
        { QStringLiteral("says"), flag.text(language) },
        { QStringLiteral("evidence"), QJsonArray::fromStringList(flag.evidence) },
        { QStringLiteral("from"), flag.from.toString(Qt::ISODate) },
        { QStringLiteral("to"), flag.to.toString(Qt::ISODate) },
        { QStringLiteral("acknowledged"), flag.acknowledged } };
    putText(o, QStringLiteral("subject"), flag.subject);
    putText(o, QStringLiteral("acknowledgement"), flag.acknowledgement);
    o.insert(QStringLiteral("reviewed"), flag.reviewed);
    putText(o, QStringLiteral("review"), flag.review);
    return o;
}

} // namespace hearth
