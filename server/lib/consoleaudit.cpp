#include "consoleaudit.h"

#include "consoleexport.h"

namespace hearth::server {

Expected<void, StoreError> ConsoleAudit::append(const AuditEntry &entry) const
{
    // A null QString binds as SQL NULL, which the NOT NULL columns refuse: rows without a child
    // or detail (sign-in, sign-out, the review queue) are written with empty text instead.
    const auto text
        = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    auto inserted = m_database.exec(
        QStringLiteral("INSERT INTO console_audit (at, user_name, action, child_id, detail,"
                       " client) VALUES (?, ?, ?, ?, ?, ?)"),
        { text(entry.at), text(entry.userName), text(entry.action), text(entry.childId),
            text(entry.detail), text(entry.client) });
    if (!inserted)
        return unexpected(inserted.error());
    return {};
}

Expected<QList<AuditEntry>, StoreError> ConsoleAudit::list(int limit) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT at, user_name, action, child_id, detail, client FROM console_audit"
                       " ORDER BY at DESC LIMIT ?"),
        { limit });
    if (!query)
        return unexpected(query.error());
    QList<AuditEntry> entries;
    while (query->next()) {
        entries.append({ query->value(0).toString(), query->value(1).toString(),
            query->value(2).toString(), query->value(3).toString(), query->value(4).toString(),
            query->value(5).toString() });
    }
    return entries;
}

QByteArray ConsoleAudit::toCsv(const QList<AuditEntry> &entries)
{
    const auto csvCell = ConsoleExport::csvCell;
    QByteArray csv("\"at\",\"user\",\"action\",\"child\",\"detail\",\"client\"\r\n");
    for (const AuditEntry &entry : entries) {
        csv += csvCell(entry.at) + ',' + csvCell(entry.userName) + ',' + csvCell(entry.action) + ','
            + csvCell(entry.childId) + ',' + csvCell(entry.detail) + ',' + csvCell(entry.client)
            + "\r\n";
    }
    return csv;
}

} // namespace hearth::server
