// The console's supervision: the review queue and the records a supervisor signs (server/README.md,
// "Supervision"). Who may do what is decided here, as in consoleviews.cpp.
#include "consolehandler.h"
#include "consolequeue.h"
#include "consolevisit.h"

#include "record/supervisionbody.h"
#include "staffrepository.h"
#include "supervisionrecords.h"

#include <QJsonDocument>
#include <QUrl>

#include <algorithm>

namespace hearth::server {

namespace {
// Form text as it is signed: NFC (the record format requires it), trimmed.
QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded)
        .normalized(QString::NormalizationForm_C)
        .trimmed();
}

JsonValue flagsJson(const ChildFlags &judged)
{
    JsonValue flags = JsonValue::array();
    for (const PatternFlag &flag : judged.flags) {
        JsonValue evidence = JsonValue::array();
        for (const QString &id : flag.evidence)
            evidence.append(id);
        flags.append(JsonValue::object(
            { { QStringLiteral("rule"), flag.ruleId }, { QStringLiteral("evidence"), evidence } }));
    }
    return flags;
}

JsonValue reviewBody(const QUrlQuery &form, const JsonValue &flags)
{
    JsonValue actions = JsonValue::array();
    for (int i = 0; i < SupervisionPages::actionRows; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QString action = field(form, ("action" + n).constData());
        const QString owner = field(form, ("owner" + n).constData());
        const QString due = field(form, ("due" + n).constData());
        if (action.isEmpty() && owner.isEmpty() && due.isEmpty())
            continue; // a row left blank is no action
        actions.append(JsonValue::object({ { QStringLiteral("action"), action },
            { QStringLiteral("owner"), owner }, { QStringLiteral("due"), due } }));
    }
    JsonValue body
        = JsonValue::object({ { QStringLiteral("discussion"), field(form, "discussion") },
            { QStringLiteral("decision"), field(form, "decision") },
            { QStringLiteral("rationale"), field(form, "rationale") },
            { QStringLiteral("actions"), actions } });
    if (!flags.items().empty())
        body.insert(QStringLiteral("flags"), flags);
    return body;
}

// The professional differences of a child still open: opened and not yet closed by a record
// naming them.
QList<const ConsoleRecord *> openDifferences(const QList<ConsoleRecord> &records)
{
    QSet<QString> closed;
    for (const ConsoleRecord &record : records)
        if (record.kind == u"professional-difference"
            && record.body.value(QLatin1String("status")).toString() == u"closed")
            closed.insert(record.body.value(QLatin1String("opened")).toString());
    QList<const ConsoleRecord *> open;
    for (const ConsoleRecord &record : records)
        if (record.kind == u"professional-difference"
            && record.body.value(QLatin1String("status")).toString() == u"open"
            && !closed.contains(record.stored.id))
            open.append(&record);
    return open;
}
} // namespace

bool ConsoleHandler::maySupervise(const Visit &visit) const
{
    return visit.session
        && (visit.session->role == u"supervisor" || visit.session->role == u"manager");
}

HttpReply ConsoleHandler::childPage(Visit &visit, const ChildSummary &child,
    const QList<ConsoleRecord> &records, int status, const SupervisionForm &form) const
{
    // The same chronology and pattern rules as the tablet, judged at the server's clock.
    const ChildFlags judged
        = m_context.flags.evaluate(child.id, child.payload, records, m_context.clock.nowUtc());
    // The records in full, a page at a time (a year of a busy family is thousands), or all of
    // them in short on one page (per=all).
    RecordPage paging { 1, int((records.size() + childPageRecords - 1) / childPageRecords),
        int(records.size()), childPageRecords };
    paging.pages = std::max(paging.pages, 1);
    paging.all = visit.request.query.queryItemValue(QStringLiteral("per")) == u"all";
    // No page, or not a number: the first; past the end: the last.
    paging.page = paging.all
        ? 1
        : std::clamp(
            visit.request.query.queryItemValue(QStringLiteral("page")).toInt(), 1, paging.pages);
    audit(visit, QStringLiteral("view-child"), child.id,
        QStringLiteral("%1 records, %2 open flags, %3")
            .arg(records.size())
            .arg(judged.openCount())
            .arg(paging.all ? QStringLiteral("all on one page")
                            : QStringLiteral("page %1").arg(paging.page)));
    const QList<ConsoleRecord> shown = paging.all
        ? records
        : records.mid((paging.page - 1) * childPageRecords, childPageRecords);
    Html main
        = SupervisionPages::flags(visit.language, judged, records, child.id, childPageRecords);
    main.append(ConsolePages::child(visit.language, child, shown, paging));
    // The records a supervisor can countersign from this page: those it shows in full (the
    // first page's worth when it shows all), so the list stays one page long.
    if (maySupervise(visit))
        main.append(SupervisionPages::forms(visit.language, visit.session->csrfToken, child.id,
            shown.mid(0, childPageRecords), judged, openDifferences(records), form));
    return page(visit, status, child.displayName(), main);
}

HttpReply ConsoleHandler::queue(Visit &visit) const
{
    visit.section = QStringLiteral("queue");
    if (!maySupervise(visit))
        return message(visit, 403, "queueTitle", "supervisorsOnly");
    auto user = StaffRepository(m_context.database).find(visit.session->userName);
    if (!user)
        return storeFailed(visit, user.error());
    QList<ChildSummary> children;
    for (const QString &practitioner : (*user)->practitioners) {
        auto rows = m_context.database.exec(
            QStringLiteral("SELECT id, payload FROM children WHERE practitioner_id = ?"),
            { practitioner });
        if (!rows)
            return storeFailed(visit, rows.error());
        while (rows->next())
            children.append({ rows->value(0).toString(), practitioner,
                QJsonDocument::fromJson(rows->value(1).toString().toUtf8()).object() });
    }
    QSet<QString> ids;
    for (const ChildSummary &child : std::as_const(children))
        ids.insert(child.id);
    auto records = ConsoleChildRecords::forChildren(m_context.database, ids);
    if (!records)
        return storeFailed(visit, records.error());
    auto reviews = SupervisionRecords(m_context.database).lastReviews();
    if (!reviews)
        return storeFailed(visit, reviews.error());
    const QDateTime now = m_context.clock.nowUtc();
    QList<QueueRow> rows;
    for (const ChildSummary &child : std::as_const(children)) {
        const ChildFlags judged
            = m_context.flags.evaluate(child.id, child.payload, records->value(child.id), now);
        QueueRow row = ConsoleQueue::judge(
            child, judged, reviews->value(child.id), now, m_context.limits.queue);
        if (row.inQueue())
            rows.append(row);
    }
    ConsoleQueue::order(rows);
    audit(visit, QStringLiteral("view-queue"), {}, QStringLiteral("%1 children").arg(rows.size()));
    return page(visit, 200, ConsoleStrings::get(visit.language, "queueTitle"),
        SupervisionPages::queue(visit.language, rows, m_context.limits.queue));
}

HttpReply ConsoleHandler::supervise(Visit &visit) const
{
    const QString action = visit.request.path.mid(QStringLiteral("/console/supervision/").size());
    const QString childId = field(visit.form, "child");
    if (!maySupervise(visit)) {
        audit(visit, QStringLiteral("refused-supervision"), childId, action);
        return message(visit, 403, "forbiddenTitle", "supervisorsOnly");
    }
    auto child = findConsoleChild(m_context.database, childId);
    if (!child)
        return storeFailed(visit, child.error());
    if (!child->has_value())
        return message(visit, 404, "notFoundTitle", "notFoundText");
    auto allowed = StaffRepository(m_context.database)
                       .mayRead(visit.session->userName, (*child)->practitionerId);
    if (!allowed)
        return storeFailed(visit, allowed.error());
    if (!*allowed) {
        audit(visit, QStringLiteral("refused-supervision"), childId, action);
        return message(visit, 403, "forbiddenTitle", "forbiddenText");
    }
    auto records = ConsoleChildRecords::forChild(m_context.database, childId);
    if (!records)
        return storeFailed(visit, records.error());
    SupervisionForm form { action, {}, visit.form };
    const auto refuse = [&](const QString &why) {
        form.error = why;
        return childPage(visit, **child, *records, 422, form);
    };

    RecordKind kind = RecordKind::SupervisorReview;
    JsonValue body;
    if (action == u"review") {
        const ChildFlags judged = m_context.flags.evaluate(
            childId, (*child)->payload, *records, m_context.clock.nowUtc());
        body = reviewBody(visit.form, flagsJson(judged));
    } else if (action == u"countersign") {
        kind = RecordKind::Countersignature;
        // "device/id" of a practitioner's record about this child: nothing else can be
        // countersigned.
        const QString chosen = field(visit.form, "record");
        const ConsoleRecord *target = nullptr;
        for (const ConsoleRecord &record : std::as_const(*records))
            if (record.stored.device + u'/' + record.stored.id == chosen
                && record.stored.device != QLatin1String(SupervisionRecords::serverDevice))
                target = &record;
        if (!target)
            return refuse(ConsoleStrings::get(visit.language, "chooseRecord"));
        body = JsonValue::object({ { QStringLiteral("device"), target->stored.device },
            { QStringLiteral("record"), target->stored.id },
            { QStringLiteral("note"), field(visit.form, "note") } });
    } else if (action == u"difference-open") {
        kind = RecordKind::ProfessionalDifference;
        body = JsonValue::object({ { QStringLiteral("status"), QStringLiteral("open") },
            { QStringLiteral("raisedBy"), field(visit.form, "raisedBy") },
            { QStringLiteral("disagreesWith"), field(visit.form, "disagreesWith") },
            { QStringLiteral("about"), field(visit.form, "about") },
            { QStringLiteral("escalationStep"), field(visit.form, "escalationStep") } });
    } else if (action == u"difference-close") {
        kind = RecordKind::ProfessionalDifference;
        const QString opened = field(visit.form, "opened");
        bool isOpen = false;
        for (const ConsoleRecord *record : openDifferences(*records))
            isOpen = isOpen || record->stored.id == opened;
        if (!isOpen)
            return refuse(ConsoleStrings::get(visit.language, "chooseDifference"));
        body = JsonValue::object({ { QStringLiteral("status"), QStringLiteral("closed") },
            { QStringLiteral("opened"), opened },
            { QStringLiteral("outcome"), field(visit.form, "outcome") } });
    } else {
        return message(visit, 404, "notFoundTitle", "notFoundText");
    }
    body.insert(QStringLiteral("format"), SupervisionBody::Format);
    body.insert(QStringLiteral("child"), childId);
    body.insert(QStringLiteral("supervisor"), visit.session->userName);

    auto signed_ = SupervisionRecords(m_context.database)
                       .sign(kind, childId, visit.session->userName, m_context.flags.pack(), body,
                           m_context.serverKey, m_context.clock);
    if (!signed_) {
        if (signed_.error().kind == StoreError::Kind::Invalid)
            return refuse(
                ConsoleStrings::get(visit.language, "notSigned") + u' ' + signed_.error().message);
        if (signed_.error().kind == StoreError::Kind::Conflict)
            return refuse(ConsoleStrings::get(visit.language, "signConflict"));
        return storeFailed(visit, signed_.error());
    }
    audit(visit, QStringLiteral("sign-") + recordKindName(kind), childId, signed_->envelope.id);
    HttpReply reply;
    reply.status = 303;
    reply.contentType = "text/plain; charset=utf-8";
    reply.headers.append({ QByteArray("Location"),
        "/console/child?id=" + QUrl::toPercentEncoding(childId) + "#supervision" });
    return reply;
}

} // namespace hearth::server
