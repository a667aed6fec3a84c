#include "syncstatus.h"

#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <chrono>
#include <utility>

namespace hearth {

namespace {
using Outcome = SyncAttempt::Outcome;

bool failed(const std::optional<SyncAttempt> &attempt)
{
    return attempt && attempt->outcome != Outcome::Success
        && attempt->outcome != Outcome::Cancelled;
}
} // namespace

SyncStatus::SyncStatus(SessionController &session, Workspace &workspace,
    QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_workspace(workspace)
    , m_network(network)
    , m_clock(clock)
    , m_history(new SyncHistoryModel(this))
{
    // The Workspace opens its services on unlock and drops them before the vault closes; the
    // engine follows it, so it always writes downloads through the Workspace's repository.
    connect(&m_workspace, &Workspace::readyChanged, this,
        [this] { m_workspace.ready() ? open() : close(); });
    connect(&m_session, &SessionController::aboutToLock, this, &SyncStatus::close);
    connect(&m_workspace, &Workspace::visitSigned, this, [this] {
        if (m_engine)
            m_engine->start(SyncTrigger::Signed);
        publish(); // one more waiting, even when not enrolled
    });
    m_clockTick.setInterval(std::chrono::seconds(30));
    connect(&m_clockTick, &QTimer::timeout, this, &SyncStatus::publish);
    if (m_workspace.ready())
        open();
}

SyncStatus::~SyncStatus()
{
    close();
}

void SyncStatus::open()
{
    Vault *vault = m_session.unlockedVault();
    if (m_engine || !vault)
        return;
    m_engine = std::make_unique<SyncEngine>(*vault, m_network, m_clock);
    if (VisitServices *services = m_workspace.services())
        m_engine->setCaseloadRepository(&services->caseload());
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncStatus::publish);
    connect(m_engine.get(), &SyncEngine::attemptFinished, this, &SyncStatus::refresh);
    connect(m_engine.get(), &SyncEngine::caseloadChanged, &m_workspace, &Workspace::refreshLists);
    connect(
        m_engine.get(), &SyncEngine::caseloadChanged, &m_workspace, &Workspace::caseloadArrived);
    m_clockTick.start();
    applyEnrolment();
    refresh();
    m_engine->start(SyncTrigger::Unlock);
}

void SyncStatus::close()
{
    if (!m_engine)
        return;
    // The engine aborts what it has in flight; nothing it holds survives the lock. Listeners
    // (EnrolmentWizard) hear availableChanged while the vault is still open.
    m_engine.reset();
    m_clockTick.stop();
    m_history->reset({});
    if (m_screenOpen) {
        m_screenOpen = false;
        Q_EMIT screenOpenChanged();
    }
    publish();
}

void SyncStatus::adoptEnrolment()
{
    if (!m_engine)
        return;
    m_engine->start(SyncTrigger::Manual); // reads the new enrolment, then sends
    applyEnrolment();
    refresh();
}

void SyncStatus::refresh()
{
    if (m_engine)
        m_history->reset(m_engine->history(50));
    publish();
}

SyncStatus::Shown SyncStatus::shown() const
{
    Shown now;
    now.available = available();
    now.enrolment
        = { enrolled(), revoked(), serverAddress(), practitionerName(), deviceId(), fingerprint() };
    now.running = running();
    now.waiting = waiting();
    now.lastSuccess = lastSuccess();
    now.nextAttempt = nextAttempt();
    now.statusText = statusText();
    now.error = { errorText(), errorDetail() };
    now.tone = tone();
    return now;
}

void SyncStatus::publish()
{
    const Shown now = shown();
    const Shown before = std::exchange(m_shown, now);
    if (now.available != before.available)
        Q_EMIT availableChanged();
    if (now.enrolment != before.enrolment)
        Q_EMIT enrolmentChanged();
    if (now.running != before.running)
        Q_EMIT runningChanged();
    if (now.waiting != before.waiting)
        Q_EMIT waitingChanged();
    if (now.lastSuccess != before.lastSuccess)
        Q_EMIT lastSuccessChanged();
    if (now.nextAttempt != before.nextAttempt)
        Q_EMIT nextAttemptChanged();
    if (now.statusText != before.statusText)
        Q_EMIT statusTextChanged();
    if (now.error != before.error)
        Q_EMIT errorTextChanged();
    if (now.tone != before.tone)
        Q_EMIT toneChanged();
}

// What enrolment fixes for the whole app: who signs the records, and the agency's idle lock.
void SyncStatus::applyEnrolment()
{
    const auto enrolment = info();
    if (!enrolment)
        return;
    m_workspace.setAuthor(enrolment->practitionerId, enrolment->practitionerName);
    if (enrolment->lockTimeoutSeconds > 0)
        m_session.setIdleTimeout(std::chrono::seconds(enrolment->lockTimeoutSeconds));
}

std::optional<EnrolmentInfo> SyncStatus::info() const
{
    return m_engine ? m_engine->enrolment() : std::nullopt;
}

bool SyncStatus::enrolled() const
{
    return info().has_value();
}

bool SyncStatus::revoked() const
{
    const auto enrolment = info();
    return enrolment && enrolment->revoked;
}

bool SyncStatus::running() const
{
    return m_engine && m_engine->isRunning();
}

int SyncStatus::waiting() const
{
    return m_engine ? m_engine->waitingCount() : 0;
}

QString SyncStatus::serverAddress() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->server.toDisplayString() : QString();
}

QString SyncStatus::practitionerName() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->practitionerName : QString();
}

QString SyncStatus::deviceId() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->deviceId : QString();
}

QString SyncStatus::fingerprint() const
{
    const auto enrolment = info();
    return enrolment ? Enrolment::formatFingerprint(enrolment->pinHex) : QString();
}

QString SyncStatus::lastSuccess() const
{
    const auto when = m_engine ? m_engine->lastSuccessUtc() : std::nullopt;
    return when ? SyncHistoryModel::whenText(*when) : QString();
}

QString SyncStatus::nextAttempt() const
{
    if (!m_engine || running())
        return {};
    const QDateTime next = m_engine->nextAttemptUtc();
    return next.isValid() ? SyncHistoryModel::whenText(next) : QString();
}

QString SyncStatus::errorText() const
{
    if (!m_engine)
        return {};
    if (revoked())
        return tr("Your agency has disconnected this tablet, so nothing more will be sent from "
                  "it. Everything recorded is still safe on it. Please contact your agency: "
                  "they can recover the records.");
    const auto attempt = m_engine->lastAttempt();
    if (!failed(attempt))
        return {};
    switch (attempt->outcome) {
    case Outcome::Offline:
        return tr("Hearth could not reach your agency. Your records are safe on this tablet and "
                  "will be sent when there is a connection.");
    case Outcome::ServerError:
        return tr("Your agency's server is having a problem. Your records are safe on this "
                  "tablet and Hearth will try again by itself.");
    case Outcome::Refused:
        return tr("Your agency's server refused what Hearth sent. Nothing has been lost. Please "
                  "show the details below to your agency's IT support.");
    case Outcome::PinMismatch:
        return tr("The server at your agency's address could not prove it is your agency's, so "
                  "nothing was sent. This can happen on hotel or public Wi-Fi. If it keeps "
                  "happening, tell your agency's IT support.");
    default:
        return SyncHistoryModel::outcomeText(attempt->outcome);
    }
}

QString SyncStatus::errorDetail() const
{
    const auto attempt = m_engine ? m_engine->lastAttempt() : std::nullopt;
    return failed(attempt) ? attempt->message : QString();
}

SyncTone::Tone SyncStatus::tone() const
{
    if (!m_engine || !enrolled())
        return SyncTone::Neutral;
    if (revoked())
        return SyncTone::Error;
    if (running())
        return SyncTone::Working;
    const auto attempt = m_engine->lastAttempt();
    if (failed(attempt))
        return SyncHistoryModel::tone(attempt->outcome);
    return waiting() > 0 ? SyncTone::Attention : SyncTone::Ok;
}

QString SyncStatus::statusText() const
{
    if (!m_engine)
        return {};
    if (!enrolled())
        return tr("Not connected to an agency yet: visits stay on this tablet");
    if (revoked())
        return tr("Disconnected by your agency");
    const int count = waiting();
    const QString waitingText = count > 0
        ? tr("%n signed record(s) waiting to be sent", nullptr, count)
        : tr("Everything signed has been sent");
    QString second;
    if (running())
        second = tr("sending now");
    else if (failed(m_engine->lastAttempt()))
        second = SyncHistoryModel::outcomeText(m_engine->lastAttempt()->outcome);
    else if (!lastSuccess().isEmpty())
        second = tr("last sent %1").arg(lastSuccess());
    else
        second = tr("not sent yet");
    return waitingText + QStringLiteral(" · ") + second;
}

void SyncStatus::openScreen()
{
    if (!m_engine || m_screenOpen)
        return;
    refresh();
    m_screenOpen = true;
    Q_EMIT screenOpenChanged();
}

void SyncStatus::closeScreen()
{
    if (!m_screenOpen)
        return;
    m_screenOpen = false;
    Q_EMIT screenOpenChanged();
}

void SyncStatus::syncNow()
{
    if (m_engine)
        m_engine->start(SyncTrigger::Manual);
}

} // namespace hearth
