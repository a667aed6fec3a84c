#include "sync/syncengine.h"

#include "model/caseloadrepository.h"
#include "sync/backoff.h"
#include "sync/pinnedclient.h"
#include "sync/syncrun.h"
#include "sync/syncstore.h"
#include "vault/recordstore.h"
#include "vault/vault.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QPointer>
#include <QTimer>

namespace hearth {

struct SyncEngine::Private
{
    Private(Vault &v, QNetworkAccessManager &n, const Clock &c)
        : vault(v)
        , clock(c)
        , client(n)
        , records(v.database(), c)
        , store(v.database(), c)
        , ownCaseload(v.database(), c)
    { }

    Vault &vault;
    const Clock &clock;
    PinnedClient client;
    RecordStore records;
    SyncStore store;
    CaseloadRepository ownCaseload;
    CaseloadRepository *caseload = &ownCaseload;
    bool recordsOpen = false;

    std::optional<StoredEnrolment> enrolment;
    int waiting = 0;
    std::optional<QDateTime> lastSuccess;
    std::optional<SyncAttempt> lastAttempt;

    SyncRun *run = nullptr;
    SyncAttempt current;
    bool rerun = false; // start() came while running

    QTimer periodic;
    QTimer retry;
    Backoff backoff;
    bool retryAutomatically = true;
    QDateTime notBeforeUtc; // a server's Retry-After
    qint64 clockOffset = 0;
    SyncRun::Settings settings;
    int transferTimeoutMs = 30000;
    QNetworkInformation::Reachability reachability = QNetworkInformation::Reachability::Unknown;
};

SyncEngine::SyncEngine(
    Vault &vault, QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
{
    Q_ASSERT(vault.isUnlocked());
    d = std::make_unique<Private>(vault, network, clock);
    d->client.setTransferTimeout(d->transferTimeoutMs);
    if (auto opened = d->records.open(); opened)
        d->recordsOpen = true;
    else
        qWarning(
            "sync: the device identity could not be read: %s", qPrintable(opened.error().detail));
    refresh();

    d->periodic.setInterval(std::chrono::minutes(5));
    connect(&d->periodic, &QTimer::timeout, this, [this] { start(SyncTrigger::Timer); });
    d->periodic.start();
    d->retry.setSingleShot(true);
    // A coarse timer may fire a little early, which would land just inside a Retry-After.
    d->retry.setTimerType(Qt::PreciseTimer);
    connect(&d->retry, &QTimer::timeout, this, [this] { start(SyncTrigger::Timer); });

    // Only a hint that now is a good moment: "online" is decided by the server answering. The
    // backend may be missing on a platform or in a container; then there is simply no hint.
    // Without NetworkManager the default backend fails to load; the glib one still reports
    // reachability from the default route.
    if (QNetworkInformation::instance() || QNetworkInformation::loadDefaultBackend()
        || QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            d->reachability = info->reachability();
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability now) {
                    const bool back = now == QNetworkInformation::Reachability::Online
                        && d->reachability != QNetworkInformation::Reachability::Online;
                    d->reachability = now;
                    if (back)
                        start(SyncTrigger::NetworkBack);
                });
        }
    }
}

SyncEngine::~SyncEngine()
{
    // The app destroys the engine before it locks the vault: stop the request and note the
    // attempt, so the history says it was cut short. No signals from a destructor.
    if (d->run) {
        d->run->abort();
        d->current.outcome = SyncAttempt::Outcome::Cancelled;
        d->current.finishedUtc = d->clock.nowUtc().toUTC();
        if (d->vault.isUnlocked())
            (void)d->store.recordAttempt(d->current);
        delete d->run;
        d->run = nullptr;
    }
    d->records.close();
}

void SyncEngine::refresh()
{
    if (!d->vault.isUnlocked())
        return;
    if (auto enrolment = d->store.enrolment(); enrolment)
        d->enrolment = enrolment.value();
    if (auto waiting = d->store.waitingCount(); waiting)
        d->waiting = int(waiting.value());
    if (auto success = d->store.lastSuccessUtc(); success)
        d->lastSuccess = success.value();
    if (auto latest = d->store.history(1); latest && !latest->isEmpty())
        d->lastAttempt = latest->first();
}

std::optional<EnrolmentInfo> SyncEngine::enrolment() const
{
    if (!d->enrolment)
        return std::nullopt;
    return d->enrolment->info;
}

int SyncEngine::waitingCount() const
{
    return d->waiting;
}

std::optional<QDateTime> SyncEngine::lastSuccessUtc() const
{
    return d->lastSuccess;
}

bool SyncEngine::isRunning() const
{
    return d->run != nullptr;
}

std::optional<SyncAttempt> SyncEngine::lastAttempt() const
{
    return d->lastAttempt;
}

QList<SyncAttempt> SyncEngine::history(int limit) const
{
    if (!d->vault.isUnlocked())
        return {};
    auto rows = d->store.history(limit);
    return rows ? rows.value() : QList<SyncAttempt>();
}

QDateTime SyncEngine::nextAttemptUtc() const
{
    if (d->enrolment && d->enrolment->info.revoked)
        return {};
    const QTimer &timer = d->retry.isActive() ? d->retry : d->periodic;
    if (!timer.isActive())
        return {};
    return d->clock.nowUtc().toUTC().addMSecs(timer.remainingTime());
}

void SyncEngine::start(SyncTrigger trigger)
{
    if (d->run) {
        d->rerun = true;
        return;
    }
    if (!d->vault.isUnlocked() || !d->recordsOpen)
        return;
    if (!d->enrolment)
        refresh(); // enrolled since this engine was made
    if (!d->enrolment || d->enrolment->info.revoked)
        return;
    const QDateTime now = d->clock.nowUtc().toUTC();
    // A server's Retry-After is honoured by everything automatic; a person pressing "sync
    // now" gets one try. A scheduled retry is not brought forward by the periodic timer.
    if (trigger != SyncTrigger::Manual && d->notBeforeUtc.isValid() && now < d->notBeforeUtc) {
        // Keep a retry armed for when the server said it would be ready.
        if (d->retryAutomatically && !d->retry.isActive())
            d->retry.start(int(now.msecsTo(d->notBeforeUtc)) + 1);
        return;
    }
    if (trigger == SyncTrigger::Timer && d->retry.isActive())
        return;
    d->retry.stop();
    d->rerun = false;
    d->current = SyncAttempt();
    d->current.trigger = trigger;
    d->current.startedUtc = now;

    d->client.setTransferTimeout(d->transferTimeoutMs);
    SyncRun::Context context { d->vault, d->client, d->clock, d->records, d->store, *d->caseload,
        *d->enrolment, d->clockOffset };
    d->run = new SyncRun(std::move(context), d->settings, this);
    connect(d->run, &SyncRun::progressed, this, [this] {
        if (auto waiting = d->store.waitingCount(); waiting && d->vault.isUnlocked())
            d->waiting = int(waiting.value());
        Q_EMIT statusChanged();
    });
    connect(d->run, &SyncRun::finished, this, &SyncEngine::onRunFinished);
    Q_EMIT statusChanged();
    d->run->start();
}

void SyncEngine::onRunFinished(const SyncRunResult &result)
{
    SyncRun *run = std::exchange(d->run, nullptr);
    run->deleteLater();
    SyncAttempt &attempt = d->current;
    attempt.finishedUtc = d->clock.nowUtc().toUTC();
    attempt.outcome = result.outcome;
    attempt.message = result.message;
    attempt.sent = result.sent;
    attempt.acknowledged = result.acknowledged;
    attempt.downloaded = result.downloaded;
    if (d->vault.isUnlocked()) {
        if (auto stored = d->store.recordAttempt(attempt); !stored)
            qWarning(
                "sync: the attempt could not be recorded: %s", qPrintable(stored.error().detail));
        refresh();
    }
    d->lastAttempt = attempt;

    if (result.outcome == SyncAttempt::Outcome::Success) {
        d->backoff.reset();
        d->notBeforeUtc = {};
    } else if (result.retry && d->retryAutomatically) {
        const auto delay = d->backoff.nextDelay(result.retryAfter);
        d->notBeforeUtc = result.retryAfter
            ? attempt.finishedUtc.addSecs(result.retryAfter->count())
            : QDateTime();
        d->retry.start(delay);
    }
    if (result.outcome == SyncAttempt::Outcome::Revoked) {
        d->periodic.stop();
        d->retry.stop();
    }
    Q_EMIT attemptFinished(attempt);
    if (attempt.downloaded > 0)
        Q_EMIT caseloadChanged();
    Q_EMIT statusChanged();
    // Something was signed (or asked for) while this attempt ran: one more pass picks it up.
    if (std::exchange(d->rerun, false) && result.outcome == SyncAttempt::Outcome::Success)
        QTimer::singleShot(0, this, [this] { start(SyncTrigger::Signed); });
}

void SyncEngine::cancel()
{
    d->retry.stop();
    if (!d->run)
        return;
    d->run->abort();
    SyncRunResult cancelled;
    cancelled.outcome = SyncAttempt::Outcome::Cancelled;
    d->rerun = false;
    onRunFinished(cancelled);
}

void SyncEngine::setTransferTimeout(std::chrono::milliseconds timeout)
{
    d->transferTimeoutMs = int(timeout.count());
}

void SyncEngine::setBatchSize(int records)
{
    d->settings.batchSize = qBound(1, records, 500);
}

void SyncEngine::setCaseloadPageSize(int rows)
{
    d->settings.pageSize = qBound(1, rows, 1000);
}

void SyncEngine::setBackoffPolicy(const BackoffPolicy &policy)
{
    d->backoff = Backoff(policy);
}

void SyncEngine::setRetryAutomatically(bool retry)
{
    d->retryAutomatically = retry;
    if (!retry)
        d->retry.stop();
}

void SyncEngine::setCaseloadRepository(CaseloadRepository *repository)
{
    d->caseload = repository ? repository : &d->ownCaseload;
}

} // namespace hearth
