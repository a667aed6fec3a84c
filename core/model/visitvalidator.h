#pragma once

#include "model/visit.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace hearth {

// What the content pack asks of this visit, named so the missing items can be listed in
// plain words ("Rate: Dental care"). Built by ContentLibrary::requirementsFor(); the model
// does not depend on content packs.
struct VisitRequirements
{
    struct Item
    {
        QString id;
        QString label;
    };
    QList<Item> neglectItems;
    QList<Item> menPrompts;
    // What makes a visit's safety step mandatory (VisitSafety): the pack's part comes with the
    // other requirements, whether the baby is mobile from the child's profile on the visit day.
    struct Safety
    {
        bool babyNotYetMobile = false;
        QStringList injuryCategories;
        QString nonMobileProcedure; // the pack's local procedure, in the practitioner's language
        QStringList hurtPhrases;    // in every language of the pack: a child may speak either
    };
    Safety safety;
};

// One thing that must be recorded before the visit can be finished, in the practitioner's
// language, with the wizard step (1-9) and field it belongs to so the UI can jump there.
struct MissingItem
{
    int step = 0;
    QString field; // a stable key, e.g. "seeing.seenAlone", "neglect.dental"
    QString text;  // plain words, translated (tests/unit/model/tst_welshmessages)
};

// A fact the review should put in front of the practitioner, derived from what was recorded.
struct VisitFlag
{
    QString id; // e.g. "interpreter-family", "sexualised-behaviour"
    QString text;
};

// Decides what "finished" means. Nothing here blocks saving: drafts are always saved as they
// are; only marking a visit complete needs missing() to be empty. The rules follow the
// reviews' findings: was the child seen (alone, where they sleep), what is a day like for
// them, what was seen behind every neglect concern, what happened next, and what it all means
// for the child.
class VisitValidator
{
    Q_DECLARE_TR_FUNCTIONS(hearth::VisitValidator)

public:
    static QList<MissingItem> missing(
        const Visit &visit, const VisitRequirements &requirements = {});
    static QList<VisitFlag> flags(const Visit &visit);
};

} // namespace hearth
