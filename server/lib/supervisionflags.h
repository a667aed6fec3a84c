#pragma once

#include "chronology/patternflag.h"
#include "common/expected.h"
#include "consolechildrecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace hearth::server {

// A child's combined chronology on the agency server and the pattern flags over it, built by the
// same core/chronology code the tablet runs, so the console and the tablet never disagree.
struct ChildFlags
{
    Chronology chronology;
    QList<PatternFlag> flags;

    qsizetype openCount() const; // neither acknowledged nor reviewed
};

// The pattern rules the server judges with: the content pack's "patterns" member, read by the
// chronology's own PatternRuleReader. The England pack is compiled in; an agency's own pack is
// given with --pack FILE.
class SupervisionFlags
{
public:
    // The built-in England pack's rules (read once; a broken built-in pack is a build error that
    // tst_supervision catches, so here it only yields no rules).
    static const SupervisionFlags &builtIn();
    [[nodiscard]] static Expected<SupervisionFlags, QString> fromPack(const QByteArray &json);

    // The child's records from every device (ConsoleChildRecords::forChild) with the caseload
    // entry's date of birth and disability, judged at `now` (the server's injected clock).
    ChildFlags evaluate(const QString &childId, const QJsonObject &caseloadEntry,
        const QList<ConsoleRecord> &records, const QDateTime &now) const;

    const QList<PatternRule> &rules() const { return m_rules; }
    // The pack the flags were judged with, named in the supervision records signed beside them.
    const Envelope::PackRef &pack() const { return m_pack; }

private:
    QList<PatternRule> m_rules;
    Envelope::PackRef m_pack;
};

} // namespace hearth::server
