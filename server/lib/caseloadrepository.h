#pragma once

#include "caseloadvalidator.h"
#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QList>
#include <QString>

namespace hearth::server {

struct ImportSummary
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
    int assigned = 0;
};

// Writes the caseload: upserts imported entries and assigns children to practitioners. Every
// row it changes gets a new revision from the one counter (each row its own, so a page can end
// anywhere), which is what the device's cursor follows; see CaseloadFeed.
class CaseloadRepository
{
public:
    explicit CaseloadRepository(const Database &database)
        : m_database(database)
    { }

    // One transaction; references (householdId, childId, adultId) must exist in the file or the
    // store. Errors are "file:line: message"; on any error nothing is written.
    [[nodiscard]] Expected<ImportSummary, QString> import(const QList<CaseloadEntity> &entities,
        const QString &assignTo, const QString &fileName) const;
    // One transaction. Makes the child, its household, the household's adults and the child's
    // links and summaries new to the practitioner; the previous one gets a removal.
    [[nodiscard]] Expected<bool, QString> assign(
        const QString &childId, const QString &practitionerId) const;

private:
    class Revisions;
    Expected<bool, QString> assignWithin(
        Revisions &revisions, const QString &childId, const QString &practitionerId) const;

    const Database &m_database;
};

} // namespace hearth::server
