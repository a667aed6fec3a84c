// The child's chronology as CSV and as the page a conference prints: the same caseload rule and
// the same audit as the child's page, because an export is a view that leaves the building.
#include "consoleexport.h"
#include "consolehandler.h"
#include "consolevisit.h"

#include "staffrepository.h"

namespace hearth::server {

struct ConsoleHandler::ReadableChild
{
    const char *action; // the audit row's action when the visitor may read the child
    ChildSummary child;
    QList<ConsoleRecord> records;
};

std::optional<HttpReply> ConsoleHandler::readChild(Visit &visit, ReadableChild &readable) const
{
    visit.section = QStringLiteral("search");
    const QString id = visit.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    auto child = findConsoleChild(m_context.database, id);
    if (!child)
        return storeFailed(visit, child.error());
    if (!child->has_value())
        return message(visit, 404, "notFoundTitle", "notFoundText");
    auto allowed = StaffRepository(m_context.database)
                       .mayRead(visit.session->userName, (*child)->practitionerId);
    if (!allowed)
        return storeFailed(visit, allowed.error());
    if (!*allowed) {
        audit(visit, QStringLiteral("refused-") + QLatin1String(readable.action), id,
            (*child)->practitionerId);
        return message(visit, 403, "forbiddenTitle", "forbiddenText");
    }
    auto records = ConsoleChildRecords::forChild(m_context.database, id);
    if (!records)
        return storeFailed(visit, records.error());
    audit(visit, QLatin1String(readable.action), id,
        QStringLiteral("%1 records").arg(records->size()));
    readable.child = **child;
    readable.records = std::move(*records);
    return std::nullopt;
}

HttpReply ConsoleHandler::childCsv(Visit &visit) const
{
    ReadableChild readable { "export-child-csv", {}, {} };
    if (auto refused = readChild(visit, readable))
        return *refused;
    HttpReply reply;
    reply.contentType = "text/csv; charset=utf-8";
    reply.body = ConsoleExport::chronologyCsv(visit.language, readable.records);
    // The id is a caseload id (any text the agency imported): only safe filename characters.
    QString name = readable.child.id;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-')
            c = u'_';
    }
    reply.headers.append({ QByteArray("Content-Disposition"),
        "attachment; filename=\"chronology-" + name.left(80).toLatin1() + ".csv\"" });
    return reply;
}

HttpReply ConsoleHandler::childPrint(Visit &visit) const
{
    ReadableChild readable { "print-child", {}, {} };
    if (auto refused = readChild(visit, readable))
        return *refused;
    const QString agency = m_context.limits.agencyName;
    PrintHeader header { visit.language, readable.child,
        agency.isEmpty() ? ConsoleStrings::get(visit.language, "app") : agency,
        visit.session->userName, ConsolePages::roleName(visit.language, visit.session->role),
        visit.nowText };
    HttpReply reply;
    reply.contentType = "text/html; charset=utf-8";
    reply.body = ConsoleExport::printDocument(header, readable.records);
    return reply;
}

} // namespace hearth::server
