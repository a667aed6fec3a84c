#pragma once

#include "model/adult.h"
#include "model/adultlink.h"
#include "model/child.h"
#include "model/household.h"
#include "model/visitsummary.h"

#include <QList>

namespace hearth {

// One caseload document as the agency sends it (docs/caseload-format.md), after validation.
struct Caseload
{
    QList<Household> households;
    QList<Child> children;
    QList<Adult> adults;
    QList<AdultLink> links;
    QList<VisitSummary> visitSummaries;
};

} // namespace hearth
