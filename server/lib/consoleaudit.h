#pragma once

#include "common/expected.h"
#include "database.h"
#include "storeerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace hearth::server {

struct AuditEntry
{
    QString at; // UTC, as records write it
    QString userName;
    QString action;  // "view-child", "download-record", "refused-child", "search", "sign-in", ...
    QString childId; // empty when the action is about no child
    QString detail;
    QString client;
};

// Who looked at which child's records, when and how, for the agency's auditors. Rows are only
// ever added; the console has no way to change or delete one.
class ConsoleAudit
{
public:
    explicit ConsoleAudit(const Database &database)
        : m_database(database)
    { }

    [[nodiscard]] Expected<void, StoreError> append(const AuditEntry &entry) const;
    // Newest first; at most limit rows.
    [[nodiscard]] Expected<QList<AuditEntry>, StoreError> list(int limit) const;

    // RFC 4180 CSV with a header row. A cell that a spreadsheet would run as a formula (starting
    // with = + - @ or a tab) is prefixed with an apostrophe: names and search text come from
    // people, and an auditor opens this file in a spreadsheet.
    static QByteArray toCsv(const QList<AuditEntry> &entries);

private:
    const Database &m_database;
};

} // namespace hearth::server
