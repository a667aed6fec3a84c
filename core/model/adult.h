#pragma once

#include "model/source.h"

#include <QString>

namespace hearth {

// An adult in a child's life: a parent, a partner, a father figure, a grandparent, a visitor.
// Fathers and other men were repeatedly "invisible" in serious case reviews (DOMAIN s.4), so
// every adult met or named is recorded as a first-class entry, not as a note on the child.
struct Adult
{
    QString id;
    Source source = Source::Agency;
    QString householdId; // empty when the adult lives elsewhere or it is not known
    QString givenName;
    QString familyName;
    QString notes;

    QString displayName() const { return (givenName + QLatin1Char(' ') + familyName).trimmed(); }

    friend bool operator==(const Adult &, const Adult &) = default;
};

} // namespace hearth
