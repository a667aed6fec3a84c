#pragma once

#include "chronology/patternrule.h"
#include "content/localtext.h"
#include "model/caseloadplan.h"
#include "protocol/practitionerrole.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace hearth {

// A validated content pack: the prompts, checklists and scales a visit is recorded against
// (issue 3: "prompts, checklists and scales are data, not code"). Only ContentPackReader
// makes these, so a ContentPack in hand has passed every check; there is no half-valid pack.
struct ContentPack
{
    struct AgeBand
    {
        QString id;
        LocalText label;
        bool unborn = false;
        qint64 fromMonths = 0;
        std::optional<qint64> toMonths; // exclusive; none for the oldest band
    };
    struct LivedPrompt
    {
        QString id;
        QStringList bands;
        QString kind;    // "observe" (babies, pre-verbal children) or "ask"
        QString context; // for young people: online, peers, places, missing, ...
        QString when;    // empty, or "disability": only for a child with a recorded disability
        LocalText text;
        LocalText hint;
    };
    struct NeglectItem
    {
        QString id;
        LocalText label;
        LocalText guidance;
    };
    struct NeglectDomain
    {
        QString id;
        LocalText label;
        QList<NeglectItem> items;
    };
    struct CooperationLevel
    {
        qint64 level = 0; // 1 hostile ... 5 persistently help-seeking
        LocalText label;
        LocalText descriptor;
    };
    struct Labelled
    {
        QString id;
        LocalText label;
        LocalText descriptor;
    };
    // What the visit must ask for because of what was recorded (issue 11 item 4): the local
    // procedure for an injury to a baby who is not yet mobile, and the words that, in a
    // child's quote, describe being hurt. Empty in a pack without a "safety" section.
    // A reminder for one role (issue 12): a school nurse's designated safeguarding lead, a
    // social worker's seeing the child alone. `where` is "home" (the home screen) or
    // "visit-start" (the first step of a visit).
    struct RolePrompt
    {
        QString id;
        PractitionerRole role = PractitionerRole::HealthVisitor;
        QString where;
        LocalText text;
    };
    struct Safety
    {
        QStringList injuryCategories; // concern categories that record an injury
        LocalText nonMobileInjury;
        QMap<QString, QStringList> hurtPhrases; // by language
    };

    qint64 format = 1;
    QString id;
    QString version;
    QStringList languages;
    LocalText title;
    LocalText notes; // for the agency choosing a pack: what it follows and how it differs
    QList<AgeBand> ageBands;
    QMap<QString, LocalText> questions; // dayInTheLife, whatItMeans, observedBehaviour, ...
    QList<LivedPrompt> livedExperience;
    QList<NeglectDomain> neglect;
    LocalText cooperationGuidance;
    QList<CooperationLevel> cooperationLevels; // exactly levels 1 to 5, in order
    QList<Labelled> cooperationFlags;
    QList<Labelled> concernCategories;
    QList<Labelled> menPrompts; // label holds the prompt text
    // The quick concern log (optional: a pack without it cannot log concerns): what a concern
    // is about, and the bases on which information may be shared.
    QList<Labelled> concernLogCategories;
    QList<Labelled> sharingBases;
    // The child health programme's contacts the caseload plans by (empty when a pack has none).
    ContactSchedule contactSchedule;
    Safety safety;
    // Patterns across time the chronology looks for (docs/pattern-rules.md); none when the
    // pack declares none.
    QList<PatternRule> patterns;
    // Optional; none in a pack without a "rolePrompts" section.
    QList<RolePrompt> rolePrompts;

    QByteArray digest; // SHA-256 of the pack's compact JSON: one version, one content

    QString key() const { return id + QLatin1Char('@') + version; }
    const AgeBand *band(const QString &bandId) const;
    QList<NeglectItem> neglectItems() const;
    // The role's prompts for that place, in pack order, in `language`.
    QStringList rolePromptsFor(
        PractitionerRole role, const QString &where, const QString &language) const;
};

} // namespace hearth
