#pragma once

#include "chronology/chronologyentry.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

namespace hearth {

// A chronology entry in plain words, in the practitioner's language: one wording shared by the
// screen and the PDF a conference reads, so the two can never describe a record differently.
class ChronologyText
{
    Q_DECLARE_TR_FUNCTIONS(ChronologyText)

public:
    // Pack ids (concern categories, co-operation levels) to their labels in this language.
    explicit ChronologyText(QHash<QString, QString> labels = {})
        : m_labels(std::move(labels))
    { }

    static QString kind(ChronologyEntry::Kind kind);
    static QString date(const QDate &date);
    // Where a child-voice session took place (ChildVoiceBody::places()), in words.
    static QString place(const QString &word);
    // Whether the child was seen, seen alone, and whether the visit was announced; "" for
    // entries that are not visits.
    static QString seeing(const ChronologyEntry &entry);
    static QString signature(const ChronologyEntry &entry);
    // Who recorded it: the name the screen knows for an author id, or the id.
    static QString recordedBy(const QString &name);
    // "Built from 10 records: 9 signatures checked, 1 out of order ..., and 2 agency summaries."
    static QString builtFrom(qsizetype records, const QMap<SignatureStatus, qsizetype> &byStatus,
        qsizetype unreadable, qsizetype agencySummaries);

    // An exploitation indicator (MissingBody::indicators()) and a return home interview's
    // outcome, worded as what adults observed or did.
    static QString indicator(const QString &id);
    static QString interviewStatus(const QString &id);
    // A life event's type (LifeEventBody::types()) in words.
    static QString lifeEventType(const QString &id);

    // What the entry records, in a sentence or two.
    QString what(const ChronologyEntry &entry) const;

private:
    QString label(const QString &id) const { return m_labels.value(id, id); }
    QString review(const ChronologyEntry &entry) const;
    // A professional difference's escalation step (docs/record-format.md) in words.
    static QString step(const QString &id);
    // A session's childContribution, in words, and one picture scale's question.
    static QString childMade(const JsonValue &made);
    static QString scaleName(const QString &id);

    QHash<QString, QString> m_labels;
};

} // namespace hearth
