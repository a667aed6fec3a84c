// The child's chronology as CSV and as the page a conference prints: the same caseload rule and
// the same audit as the child's page, because an export is a view that leaves the building.
#include "consoleexport.h"
#include "consolehandler.h"
#include "consolevisit.h"

namespace hearth::server {

HttpReply ConsoleHandler::childCsv(Visit &visit) const
{
    ReadableChild readable { "export-child-csv", "refused-export-child-csv", {}, {} };
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
    ReadableChild readable { "print-child", "refused-print-child", {}, {} };
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
