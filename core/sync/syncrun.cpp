#include "sync/syncrun.h"

#include "model/caseloadjson.h"
#include "model/caseloadrepository.h"
#include "receipt.h"
#include "record/canonicaljson.h"
#include "record/photobody.h"
#include "record/photohash.h"
#include "recordbatch.h"
#include "requestsigner.h"
#include "sync/backoff.h"
#include "sync/pinnedclient.h"
#include "sync/supervisionintake.h"
#include "sync/syncmessages.h"
#include "vault/recordstore.h"
#include "vault/rolestore.h"
#include "vault/supervisionstore.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

namespace {
using Outcome = SyncAttempt::Outcome;

// Resends after "sequence-gap" that may happen in one attempt: one is normal (the server lost
// or never had earlier records), more means the two sides disagree in a way a loop won't fix.
constexpr int maxGapResends = 3;

bool isDigits(const QString &text)
{
    return !text.isEmpty() && text.size() <= 18
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString receiptProblem(const QString &what)
{
    return QStringLiteral("The agency server's receipt could not be trusted (%1), so no record "
                          "was marked as delivered. Everything stays on this tablet; please "
                          "tell your agency's IT support.")
        .arg(what);
}

struct PageMeta
{
    QString nextCursor;
    bool more = false;
    QStringList removedChildren;
    std::optional<PractitionerRole> role; // absent from servers older than roles
    bool supervision = false;             // the page carries supervision records
};

Expected<PageMeta, QString> readPageMeta(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    PageMeta meta;
    const QJsonValue next = root.value(QStringLiteral("nextCursor"));
    const QJsonValue more = root.value(QStringLiteral("more"));
    const QJsonValue removed = root.value(QStringLiteral("removed"));
    if (!next.isString() || !isDigits(next.toString()) || !more.isBool() || !removed.isArray())
        return unexpected(QStringLiteral("nextCursor, more or removed is missing or malformed"));
    meta.nextCursor = next.toString();
    meta.more = more.toBool();
    meta.supervision = !root.value(QStringLiteral("supervisionRecords")).toArray().isEmpty();
    const QJsonValue role = root.value(QStringLiteral("practitioner"))[QStringLiteral("role")];
    if (!role.isUndefined()) {
        meta.role = PractitionerRoles::fromSlug(role.toString());
        if (!meta.role)
            return unexpected(
                QStringLiteral("the practitioner's role \"%1\" is not one this app "
                               "knows (%2); the app may need updating")
                    .arg(role.toString().left(40), PractitionerRoles::allSlugsText()));
    }
    for (const QJsonValue &entry : removed.toArray()) {
        const QJsonObject object = entry.toObject();
        const QString id = object.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return unexpected(QStringLiteral("a removal without an id"));
        // Only children leave a caseload; other kinds are for newer tablets.
        if (object.value(QStringLiteral("type")).toString() == QLatin1String("child"))
            meta.removedChildren << id;
    }
    return meta;
}
} // namespace

SyncRun::SyncRun(Context context, Settings settings, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_settings(settings)
{ }

bool SyncRun::stillUnlocked()
{
    if (m_context.vault.isUnlocked())
        return true;
    // The app destroys the engine before locking; this is the guard if it ever does not.
    finish(Outcome::Cancelled, QStringLiteral("The tablet locked during sync."));
    return false;
}

QUrl SyncRun::endpoint(const QString &path, const QString &query) const
{
    QUrl url = m_context.enrolment.info.server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

void SyncRun::start()
{
    if (!stillUnlocked())
        return;
    auto first = m_context.store.firstWaitingSeq();
    if (!first)
        return finish(Outcome::Refused, first.error().message);
    if (!first.value())
        return requestPage();
    m_from = *first.value() - 1;
    sendBatch();
}

void SyncRun::abort()
{
    m_done = true;
    m_context.client.abort();
}

void SyncRun::send(
    const QByteArray &method, const QUrl &url, const QByteArray &body, Handler handler)
{
    m_method = method;
    m_url = url;
    m_body = body;
    m_handler = std::move(handler);
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    const QDateTime now = m_context.clock.nowUtc().addSecs(m_context.clockOffset);
    QList<PinnedClient::Header> headers = RequestSigner::authHeaders(m_context.records.deviceKey(),
        m_context.enrolment.info.deviceId, method, target, body, now);
    if (method == "POST")
        headers.append(PinnedClient::Header("Content-Type", RecordBatch::contentType));
    if (method == "PUT")
        headers.append(PinnedClient::Header("Content-Type", PhotoHash::mediaType().toLatin1()));
    m_context.client.send(method, url, m_context.enrolment.info.pinHex, headers, body,
        [this](const HttpOutcome &outcome) {
            // A copy: the handler may send again, replacing m_handler.
            if (Handler current = m_handler; !m_done)
                current(outcome);
        });
}

bool SyncRun::handledAsFailure(const HttpOutcome &outcome)
{
    using Failure = HttpOutcome::Failure;
    switch (outcome.failure) {
    case Failure::PinMismatch:
        finish(Outcome::PinMismatch,
            SyncMessages::pinMismatch(m_context.enrolment.info.pinHex, outcome.presentedPin));
        return true;
    case Failure::Tls:
        // Usually a network in the way (a hotel or captive portal), so tried again later.
        finish(Outcome::Offline, SyncMessages::tlsFailed(outcome), true);
        return true;
    case Failure::Network:
    case Failure::Timeout:
        finish(Outcome::Offline, SyncMessages::unreachable(outcome), true);
        return true;
    case Failure::None:
        break;
    }
    if (outcome.status == 200)
        return false;
    const ServerProblem problem = ServerProblem::parse(outcome.body);
    if (outcome.status == 401 && problem.is("clock-skew") && problem.serverTime && !m_skewRetried) {
        // Only request timestamps use the offset; records keep the time they were signed.
        m_skewRetried = true;
        m_context.clockOffset = *problem.serverTime - m_context.clock.nowUtc().toSecsSinceEpoch();
        send(m_method, m_url, m_body, m_handler);
        return true;
    }
    if (outcome.status == 403 && problem.is("device-revoked")) {
        if (stillUnlocked()) {
            if (auto marked = m_context.store.markRevoked(); !marked)
                qWarning("sync: could not mark the enrolment revoked: %s",
                    qPrintable(marked.error().detail));
            finish(Outcome::Revoked, SyncMessages::revoked());
        }
        return true;
    }
    if (outcome.status >= 500 || outcome.status == 429 || outcome.status == 408) {
        m_result.retryAfter
            = Backoff::parseRetryAfter(outcome.retryAfter, m_context.clock.nowUtc());
        finish(Outcome::ServerError, SyncMessages::serverTrouble(outcome.status, problem), true);
        return true;
    }
    if (problem.slug.isEmpty())
        finish(Outcome::Refused, SyncMessages::notAHearthServer(outcome.status));
    else
        finish(Outcome::Refused, SyncMessages::refused(outcome.status, problem));
    return true;
}

void SyncRun::sendBatch()
{
    if (!stillUnlocked())
        return;
    auto batch = m_context.store.recordsAfter(m_from, m_settings.batchSize);
    if (!batch)
        return finish(Outcome::Refused, batch.error().message);
    if (batch->isEmpty())
        return requestPage();
    QList<QByteArray> envelopes;
    envelopes.reserve(batch->size());
    m_batchPhotos.clear();
    QStringList named;
    for (const OutgoingRecord &record : std::as_const(batch.value())) {
        envelopes.append(record.envelope);
        // The tablet signed these bytes itself; one that does not parse names no photo and the
        // server will say what is wrong with it.
        auto envelope = CanonicalJson::parse(record.envelope);
        const QStringList hashes
            = envelope ? PhotoBody::hashes((*envelope)[u"body"]) : QStringList();
        if (!hashes.isEmpty())
            m_batchPhotos.insert(record.seq, hashes);
        named += hashes;
    }
    auto accepted = m_context.store.acceptedPhotos(named);
    if (!accepted)
        return finish(Outcome::Refused, accepted.error().message);
    m_photos.clear();
    for (const OutgoingRecord &record : std::as_const(batch.value())) {
        for (const QString &hash : m_batchPhotos.value(record.seq)) {
            if (!accepted->contains(hash))
                m_photos.append({ hash, record.seq });
            accepted->insert(hash); // a photo named twice is sent once
        }
    }
    m_result.sent += int(envelopes.size());
    m_batch = RecordBatch::build(envelopes);
    sendNextPhoto();
}

void SyncRun::postBatch()
{
    m_skewRetried = false;
    send("POST", endpoint(QStringLiteral("/v1/records"), waitingQuery()), m_batch,
        [this](const HttpOutcome &outcome) { onRecordsAnswer(outcome); });
}

QString SyncRun::waitingQuery() const
{
    // A report for the agency's console only: when the vault cannot count, the batch goes
    // without it, as from a tablet older than the report.
    auto waiting = m_context.store.waitingCount();
    return waiting ? QStringLiteral("waiting=%1").arg(*waiting) : QString();
}

void SyncRun::onRecordsAnswer(const HttpOutcome &outcome)
{
    if (handledAsFailure(outcome) || !stillUnlocked())
        return;
    auto json = CanonicalJson::parse(outcome.body, JsonLimits { 4 * 1024 * 1024, 8 });
    if (!json || !json->isObject() || !(*json)[u"receipt"].isObject()
        || !(*json)[u"results"].isArray())
        return finish(Outcome::Refused, receiptProblem(QStringLiteral("the answer is malformed")));
    auto receipt = Receipt::fromJson((*json)[u"receipt"]);
    if (!receipt)
        return finish(Outcome::Refused, receiptProblem(receipt.error().toString()));
    if (!receipt->verify(m_context.enrolment.serverKey))
        return finish(Outcome::Refused,
            receiptProblem(QStringLiteral("its signature does not verify with the key "
                                          "received at enrolment")));
    if (receipt->device != m_context.enrolment.info.deviceId)
        return finish(Outcome::Refused, receiptProblem(QStringLiteral("it is for another device")));
    auto ours = m_context.store.chainHashAt(receipt->seq);
    if (!ours)
        return finish(Outcome::Refused, ours.error().message);
    if (!ours.value())
        return finish(Outcome::Refused,
            receiptProblem(QStringLiteral("the agency holds %1 records from this "
                                          "tablet, more than the tablet has")
                               .arg(receipt->seq)));
    if (*ours.value() != receipt->chainHash)
        return finish(Outcome::Refused,
            receiptProblem(QStringLiteral("its chain hash at record %1 is not this "
                                          "tablet's")
                               .arg(receipt->seq)));
    auto removed = m_context.store.acknowledge(receipt.value());
    if (!removed)
        return finish(Outcome::Refused, removed.error().message);
    m_result.acknowledged += removed.value();
    Q_EMIT progressed();

    for (const JsonValue &entry : (*json)[u"results"].items()) {
        if (entry[u"status"].toString() != QLatin1String("rejected"))
            continue;
        const QString type = entry[u"problem"][u"type"].toString();
        if (type == QLatin1String("urn:hearth:problem:sequence-gap")) {
            // The server is missing records before these: send again from its receipt.
            if (++m_gapResends > maxGapResends)
                return finish(Outcome::Refused,
                    QStringLiteral("The agency server keeps asking for records this "
                                   "tablet has already sent. Everything stays on this "
                                   "tablet; please tell your agency's IT support."));
            m_from = receipt->seq;
            return sendBatch();
        }
        const qint64 rejectedSeq = entry[u"seq"].isInteger() ? entry[u"seq"].toInteger() : 0;
        if (type == QLatin1String("urn:hearth:problem:photo-missing")
            && m_batchPhotos.contains(rejectedSeq)) {
            // The server no longer holds a photo it once accepted (its store was restored from a
            // backup, or the upload outlived its window unreferenced): send them again.
            if (auto forgot
                = m_context.store.forgetPhotosAccepted(m_batchPhotos.value(rejectedSeq));
                !forgot)
                return finish(Outcome::Refused, forgot.error().message);
            if (++m_gapResends > maxGapResends)
                return finish(Outcome::Refused,
                    QStringLiteral("The agency server keeps asking for photographs this tablet "
                                   "has already sent. Everything stays on this tablet; please "
                                   "tell your agency's IT support."));
            m_from = receipt->seq;
            return sendBatch();
        }
        ServerProblem problem;
        problem.slug = type.mid(QStringLiteral("urn:hearth:problem:").size());
        problem.detail = entry[u"problem"][u"detail"].toString().simplified().left(300);
        if (auto noted = m_context.store.noteRejection(
                rejectedSeq, problem.slug + QStringLiteral(": ") + problem.detail);
            !noted)
            qWarning("sync: could not note a rejection: %s", qPrintable(noted.error().detail));
        return finish(Outcome::Refused,
            QStringLiteral("The agency server refused signed record %1 from this "
                           "tablet, so it and any after it were not sent. They are "
                           "kept safe; please tell your agency's IT support (%2).")
                .arg(rejectedSeq)
                .arg(problem.slug + QStringLiteral(": ") + problem.detail));
    }
    if (receipt->seq <= m_from)
        return finish(Outcome::Refused,
            receiptProblem(QStringLiteral("it does not cover the records just sent")));
    m_from = receipt->seq;
    sendBatch();
}

void SyncRun::requestPage()
{
    if (!stillUnlocked())
        return;
    if (m_cursor.isEmpty()) {
        auto cursor = m_context.store.caseloadCursor();
        if (!cursor)
            return finish(Outcome::Refused, cursor.error().message);
        m_cursor = cursor.value();
    }
    m_skewRetried = false;
    send("GET",
        endpoint(QStringLiteral("/v1/caseload"),
            QStringLiteral("cursor=%1&limit=%2").arg(m_cursor).arg(m_settings.pageSize)),
        {}, [this](const HttpOutcome &outcome) { onPage(outcome); });
}

void SyncRun::onPage(const HttpOutcome &outcome)
{
    if (handledAsFailure(outcome) || !stillUnlocked())
        return;
    auto meta = readPageMeta(outcome.body);
    auto page
        = meta ? CaseloadJson::parse(outcome.body) : Expected<Caseload, ModelError>(Caseload());
    if (!meta || !page) {
        const QString why = !meta ? meta.error() : page.error().toString();
        return finish(Outcome::Refused,
            QStringLiteral("The caseload from the agency server could not be read, so "
                           "nothing of it was stored (%1). Please tell your agency's "
                           "IT support.")
                .arg(why));
    }
    const QString next = meta->nextCursor;
    const std::optional<PractitionerRole> role = meta->role;
    SupervisionStore supervision(m_context.vault.database());
    const SupervisionIntake intake = meta->supervision
        ? SupervisionIntake::check(outcome.body, m_context.enrolment.serverKey, supervision)
        : SupervisionIntake();
    auto stored = m_context.caseload.storeAgencyPage(page.value(), meta->removedChildren,
        [this, &next, role, &supervision, &intake]() -> Expected<void, VaultError> {
            if (auto kept = supervision.add(intake.accepted, m_context.clock.nowUtc()); !kept)
                return kept;
            if (role) {
                if (auto kept
                    = RoleStore(m_context.vault.database(), m_context.clock).setAgencyRole(*role);
                    !kept)
                    return kept;
            }
            return m_context.store.writeCaseloadCursor(next);
        });
    if (!stored)
        return finish(Outcome::Refused,
            QStringLiteral("The caseload could not be stored on this tablet (%1).")
                .arg(stored.error().toString()));
    const UpsertReport &report = stored.value();
    m_result.downloaded += int(report.households + report.children + report.adults + report.links
        + report.visitSummaries + meta->removedChildren.size() + intake.accepted.size());
    m_supervisionRefused += intake.refused;
    Q_EMIT progressed();
    const bool advanced = next.toLongLong() > m_cursor.toLongLong();
    m_cursor = next;
    if (meta->more && !advanced)
        return finish(Outcome::Refused,
            QStringLiteral("The agency server's caseload did not move on; the rest "
                           "will be fetched next time."));
    if (meta->more)
        return requestPage();
    finish(Outcome::Success);
}

void SyncRun::finish(SyncAttempt::Outcome outcome, const QString &message, bool retry)
{
    if (m_done)
        return;
    m_done = true;
    m_result.outcome = outcome;
    m_result.message = message;
    // Refused supervision records are said whatever else happened: nobody else will.
    SupervisionIntake refused;
    refused.refused = m_supervisionRefused;
    if (const QString said = refused.message(); !said.isEmpty())
        m_result.message = message.isEmpty() ? said : message + u' ' + said;
    m_result.retry = retry;
    Q_EMIT finished(m_result);
}

} // namespace hearth
