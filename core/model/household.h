#pragma once

#include "model/source.h"

#include <QString>

namespace hearth {

// A home: the place children and adults are linked through. Other children in the
// household are found by their householdId (DOMAIN s.7: they are considered too).
struct Household
{
    QString id; // UUID text, never changes, never reused
    Source source = Source::Agency;
    QString address;
    QString postcode;
    QString notes;

    friend bool operator==(const Household &, const Household &) = default;
};

} // namespace hearth
