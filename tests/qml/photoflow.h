#pragma once

// A visit filled in as far as VisitValidator asks, through the controller as the wizard
// would, so the photo tests can sign.

#include "promptlistmodel.h"
#include "visitcontroller.h"

namespace hearth::PhotoFlow {

// false when the controller refused a value (its errorText says which).
inline bool completeVisit(VisitController &visit)
{
    bool ok = true;
    const auto set = [&](int field, const QVariant &value, const QString &item = {}) {
        ok = visit.write(field, item, -1, value) && ok;
    };
    set(VisitField::Notice, QStringLiteral("announced"));
    set(VisitField::Place, QStringLiteral("home"));
    set(VisitField::Purpose, QStringLiteral("Six-week check."));
    visit.setManualLocation(QStringLiteral("Family home"));
    for (const PromptListModel::Prompt &prompt : visit.menPrompts()->prompts())
        set(VisitField::MenAnswer, QStringLiteral("no"), prompt.id);
    set(VisitField::NewPeople, QStringLiteral("no"));
    set(VisitField::Seen, true);
    set(VisitField::SeenAlone, true);
    set(VisitField::SleepingPlace, QStringLiteral("Cot by the bed."));
    set(VisitField::Communication, QStringLiteral("Cries, smiles."));
    set(VisitField::DayInTheLife, QStringLiteral("Fed every three hours."));
    for (const PromptListModel::Prompt &item : visit.neglectItems()->prompts())
        set(VisitField::NeglectLevel, QStringLiteral("no-concern"), item.id);
    set(VisitField::CooperationLevel, 4);
    set(VisitField::CooperationEvidence, QStringLiteral("Kept appointments."));
    set(VisitField::ImmediatePresent, false);
    set(VisitField::WhatItMeans, QStringLiteral("Thriving."));
    return ok;
}

} // namespace hearth::PhotoFlow
