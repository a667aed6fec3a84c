#pragma once

#include "common/expected.h"
#include "content/localtext.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// One pattern across time, as an agency declares it in its content pack ("patterns" member,
// docs/pattern-rules.md): which check, its thresholds, and what the flag says in each language.
// Thresholds are data so an agency can tune them without a new build.
struct PatternRule
{
    enum class Check
    {
        WasNotBroughtRepeat,
        WasNotBroughtWithCondition,
        NotSeenRunning,
        NoHealthContact,
        CooperationFalling,
        HelpSeekingRepeat,
        CooperativeWhileMissing,
        InjuryNotMobile,
        Adversities,
        RepeatedConcern,
        LifeEventAfterConcern,
        NewAdultNotSeen,
        MissingRepeat,
        ReturnInterviewLate,
        SignificantNotShared
    };
    struct AgeLimit
    {
        std::optional<qint64> toMonths; // exclusive; none for the oldest
        qint64 days = 0;
    };

    QString id;
    Check check = Check::WasNotBroughtRepeat;
    QMap<QString, qint64> numbers; // the check's thresholds by name ("count", "withinMonths")
    QStringList categories;        // Adversities: the concern categories that count
    QList<AgeLimit> ageLimits;     // NoHealthContact
    LocalText says; // with {count}, {months}, {days}, {hours}, {first}, {last}, {what}
    // The pack's words for the ids a flag can name (the concern categories of visits and of
    // quick concerns), so "{what}" reads in the flag's own language, never as an English id.
    QHash<QString, LocalText> labels;

    qint64 number(const QString &name) const { return numbers.value(name); }
    // The words for the id `named` from the pack, else Hearth's own for the ids the records
    // themselves make (an immediate safety concern), else the id as it is.
    LocalText label(const QString &named) const;

    static QString checkName(Check check);
};

// A problem in the pack's "patterns" member, with its JSON path.
struct PatternRuleProblem
{
    QString path;
    QString message;
};

namespace PatternRuleReader {

// Reads and validates the pack's "patterns" member (absent means no rules): every rule has a
// unique id, a known check, each threshold the check needs as a whole number in its range, and
// its text in every language of the pack. Categories must be concern categories of the pack.
[[nodiscard]] Expected<QList<PatternRule>, QList<PatternRuleProblem>> read(
    const QJsonValue &patterns, const QStringList &languages, const QStringList &categories);

// The pack's labels of its concern categories and its quick-concern categories, by id (the first
// wins where both lists use one id), for PatternRule::labels.
QHash<QString, LocalText> categoryLabels(const QJsonObject &pack);

} // namespace PatternRuleReader
} // namespace hearth
