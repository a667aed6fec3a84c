#pragma once

#include <QDate>
#include <QString>

namespace hearth {

// A short summary of an earlier visit by anyone at the agency, downloaded with the caseload
// so the practitioner sees the history past "the concern of the moment" (DOMAIN s.6).
struct VisitSummary
{
    QString id;
    QString childId;
    QDate date;
    QString author;
    QString summary;

    friend bool operator==(const VisitSummary &, const VisitSummary &) = default;
};

} // namespace hearth
