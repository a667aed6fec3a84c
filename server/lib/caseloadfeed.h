#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QString>

namespace hearth::server {

// One page of a practitioner's caseload, already serialised.
struct CaseloadPage
{
    QByteArray json;
    qint64 nextCursor = 0;
    bool more = false;
};

// Reads what changed in a practitioner's caseload after a cursor. Every caseload row carries a
// revision from one counter, and assignment bumps the revisions of everything it makes visible,
// so "rows visible to this practitioner with rev > cursor, in rev order" is a complete
// incremental feed; removals are rows of their own. The cursor is the last revision sent.
class CaseloadFeed
{
public:
    static constexpr int summariesPerChild = 5;

    explicit CaseloadFeed(const Database &database)
        : m_database(database)
    { }

    [[nodiscard]] Expected<CaseloadPage, StoreError> page(
        const QString &practitioner, qint64 cursor, int limit) const;

private:
    const Database &m_database;
};

} // namespace hearth::server
