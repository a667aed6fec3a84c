// The console's pages behind sign-in: what each role may read, and the audit rows for it.
#include "consolehandler.h"
#include "consolevisit.h"

#include "attachmentrepository.h"
#include "practitionerrepository.h"
#include "staffrepository.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace hearth::server {

Expected<std::optional<ChildSummary>, StoreError> findConsoleChild(
    const Database &database, const QString &id)
{
    auto query = database.exec(
        QStringLiteral("SELECT practitioner_id, payload FROM children WHERE id = ?"), { id });
    if (!query)
        return unexpected(query.error());
    if (!query->next())
        return std::optional<ChildSummary>();
    return std::optional<ChildSummary>(ChildSummary { id, query->value(0).toString(),
        QJsonDocument::fromJson(query->value(1).toString().toUtf8()).object() });
}

HttpReply ConsoleHandler::practitioners(Visit &visit) const
{
    visit.section = QStringLiteral("practitioners");
    auto user = StaffRepository(m_context.database).find(visit.session->userName);
    if (!user)
        return storeFailed(visit, user.error());
    auto devices = DeviceRepository(m_context.database).list();
    if (!devices)
        return storeFailed(visit, devices.error());
    const PractitionerRepository practitioners(m_context.database);
    QList<PractitionerTablets> list;
    for (const QString &id : (*user)->practitioners) {
        auto found = practitioners.find(id);
        if (!found)
            return storeFailed(visit, found.error());
        PractitionerTablets entry { id, found->has_value() ? (*found)->name : id,
            found->has_value() ? (*found)->role : PractitionerRole::HealthVisitor, {} };
        for (const DeviceRow &device : *devices) {
            if (device.practitionerId == id)
                entry.devices.append(device);
        }
        list.append(entry);
    }
    return page(visit, 200, ConsoleStrings::get(visit.language, "practitionersTitle"),
        ConsolePages::practitioners(visit.language, list));
}

HttpReply ConsoleHandler::search(Visit &visit) const
{
    visit.section = QStringLiteral("search");
    const QString query
        = visit.request.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded).trimmed();
    auto user = StaffRepository(m_context.database).find(visit.session->userName);
    if (!user)
        return storeFailed(visit, user.error());
    QList<ChildSummary> found;
    for (const QString &practitioner : (*user)->practitioners) {
        auto rows = m_context.database.exec(
            QStringLiteral("SELECT id, payload FROM children WHERE practitioner_id = ?"
                           " ORDER BY id"),
            { practitioner });
        if (!rows)
            return storeFailed(visit, rows.error());
        while (rows->next() && found.size() < searchLimit) {
            ChildSummary child { rows->value(0).toString(), practitioner,
                QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).object() };
            if (query.isEmpty() || child.id == query
                || child.displayName().contains(query, Qt::CaseInsensitive))
                found.append(child);
        }
    }
    std::sort(found.begin(), found.end(), [](const ChildSummary &a, const ChildSummary &b) {
        return a.displayName().localeAwareCompare(b.displayName()) < 0;
    });
    return page(visit, 200, ConsoleStrings::get(visit.language, "searchTitle"),
        ConsolePages::search(visit.language, query, found));
}

// The one path by which a child's records are read for a page or an export: the caseload
// grant decides, and both answers are audited.
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
        audit(visit, QLatin1String(readable.refusal), id, (*child)->practitionerId);
        return message(visit, 403, "forbiddenTitle", "forbiddenText");
    }
    auto records = ConsoleChildRecords::forChild(m_context.database, id);
    if (!records)
        return storeFailed(visit, records.error());
    if (readable.auditRead)
        audit(visit, QLatin1String(readable.action), id,
            QStringLiteral("%1 records").arg(records->size()));
    readable.child = **child;
    readable.records = std::move(*records);
    return std::nullopt;
}

HttpReply ConsoleHandler::child(Visit &visit) const
{
    ReadableChild readable { "view-child", "refused-child", {}, {} };
    readable.auditRead = false; // childPage's row also names the flags and the page
    if (auto refused = readChild(visit, readable))
        return *refused;
    return childPage(visit, readable.child, readable.records, 200, {});
}

HttpReply ConsoleHandler::record(Visit &visit) const
{
    const QString device
        = visit.request.query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    const QString id = visit.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    auto found = ConsoleChildRecords::find(m_context.database, device, id);
    if (!found)
        return storeFailed(visit, found.error());
    if (!found->has_value())
        return message(visit, 404, "notFoundTitle", "notFoundText");
    const QString childId = (*found)->childId;
    auto child = findConsoleChild(m_context.database, childId);
    if (!child)
        return storeFailed(visit, child.error());
    bool allowed = false;
    if (child->has_value()) {
        auto granted = StaffRepository(m_context.database)
                           .mayRead(visit.session->userName, (*child)->practitionerId);
        if (!granted)
            return storeFailed(visit, granted.error());
        allowed = *granted;
    }
    const QString detail = device + u'/' + id;
    if (!allowed) {
        audit(visit, QStringLiteral("refused-record"), childId, detail);
        return message(visit, 403, "forbiddenTitle", "forbiddenText");
    }
    audit(visit, QStringLiteral("download-record"), childId, detail);
    HttpReply reply;
    reply.contentType = "application/json";
    // Byte for byte as the tablet signed and sent it, so the download can be verified anywhere.
    reply.body = (*found)->stored.envelope;
    reply.headers.append({ QByteArray("Content-Disposition"),
        "attachment; filename=\"record-" + QUrl::toPercentEncoding(id) + ".json\"" });
    return reply;
}

HttpReply ConsoleHandler::audit(Visit &visit) const
{
    visit.section = QStringLiteral("audit");
    if (visit.session->role != u"auditor")
        return message(visit, 403, "auditTitle", "auditOnly");
    auto entries = ConsoleAudit(m_context.database).list(auditPageRows);
    if (!entries)
        return storeFailed(visit, entries.error());
    return page(visit, 200, ConsoleStrings::get(visit.language, "auditTitle"),
        ConsolePages::audit(visit.language, *entries));
}

HttpReply ConsoleHandler::auditCsv(Visit &visit) const
{
    if (visit.session->role != u"auditor")
        return message(visit, 403, "auditTitle", "auditOnly");
    auto entries = ConsoleAudit(m_context.database).list(std::numeric_limits<int>::max());
    if (!entries)
        return storeFailed(visit, entries.error());
    audit(
        visit, QStringLiteral("export-audit"), {}, QStringLiteral("%1 rows").arg(entries->size()));
    HttpReply reply;
    reply.contentType = "text/csv; charset=utf-8";
    reply.body = ConsoleAudit::toCsv(*entries);
    reply.headers.append({ QByteArray("Content-Disposition"),
        QByteArray("attachment; filename=\"hearth-console-audit.csv\"") });
    return reply;
}

// A photograph of a visit, from the server's store: only one the record names, only to staff who
// may read that child's records, and every view is audited like a record download.
HttpReply ConsoleHandler::photo(Visit &visit) const
{
    const QString device
        = visit.request.query.queryItemValue(QStringLiteral("device"), QUrl::FullyDecoded);
    const QString id = visit.request.query.queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    const QString hash
        = visit.request.query.queryItemValue(QStringLiteral("hash"), QUrl::FullyDecoded);
    auto found = ConsoleChildRecords::find(m_context.database, device, id);
    if (!found)
        return storeFailed(visit, found.error());
    const QJsonArray photos = found->has_value()
        ? (*found)->body.value(QLatin1String("photos")).toArray()
        : QJsonArray();
    const bool named
        = std::any_of(photos.cbegin(), photos.cend(), [&hash](const QJsonValue &photo) {
              return photo.toObject().value(QLatin1String("hash")).toString() == hash;
          });
    if (!named)
        return message(visit, 404, "notFoundTitle", "notFoundText");
    const QString childId = (*found)->childId;
    auto child = findConsoleChild(m_context.database, childId);
    if (!child)
        return storeFailed(visit, child.error());
    bool allowed = false;
    if (child->has_value()) {
        auto granted = StaffRepository(m_context.database)
                           .mayRead(visit.session->userName, (*child)->practitionerId);
        if (!granted)
            return storeFailed(visit, granted.error());
        allowed = *granted;
    }
    const QString detail = device + u'/' + id + u'/' + hash;
    if (!allowed) {
        audit(visit, QStringLiteral("refused-photo"), childId, detail);
        return message(visit, 403, "forbiddenTitle", "forbiddenText");
    }
    auto stored = AttachmentRepository(m_context.database).read(device, hash);
    if (!stored)
        return storeFailed(visit, stored.error());
    if (!stored->has_value())
        return message(visit, 404, "notFoundTitle", "notFoundText");
    audit(visit, QStringLiteral("view-photo"), childId, detail);
    HttpReply reply;
    reply.contentType = "image/jpeg";
    reply.body = (*stored)->content;
    return reply;
}

} // namespace hearth::server
