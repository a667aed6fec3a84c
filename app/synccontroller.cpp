#include "synccontroller.h"

#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include "sync/enrolment.h"
#include "sync/syncengine.h"

#include <QSysInfo>

#include <chrono>

namespace hearth {

namespace {
using Outcome = SyncAttempt::Outcome;

bool failed(const std::optional<SyncAttempt> &attempt)
{
    return attempt && attempt->outcome != Outcome::Success
        && attempt->outcome != Outcome::Cancelled;
}
} // namespace

SyncController::SyncController(SessionController &session, Workspace &workspace,
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
    connect(&m_session, &SessionController::aboutToLock, this, &SyncController::close);
    connect(&m_workspace, &Workspace::visitSigned, this, [this] {
        if (m_engine)
            m_engine->start(SyncTrigger::Signed);
    });
    m_clockTick.setInterval(std::chrono::seconds(30));
    connect(&m_clockTick, &QTimer::timeout, this, &SyncController::changed);
    if (m_workspace.ready())
        open();
}

SyncController::~SyncController()
{
    close();
}

void SyncController::suggestEnrolment(const QString &server, const QString &code)
{
    m_suggestedServer = server;
    m_suggestedCode = code;
}

void SyncController::open()
{
    Vault *vault = m_session.unlockedVault();
    if (m_engine || !vault)
        return;
    m_engine = std::make_unique<SyncEngine>(*vault, m_network, m_clock);
    if (VisitServices *services = m_workspace.services())
        m_engine->setCaseloadRepository(&services->caseload());
    connect(m_engine.get(), &SyncEngine::statusChanged, this, &SyncController::changed);
    connect(m_engine.get(), &SyncEngine::attemptFinished, this, &SyncController::refresh);
    connect(m_engine.get(), &SyncEngine::caseloadChanged, &m_workspace, &Workspace::refreshLists);
    m_enrolment = std::make_unique<Enrolment>(*vault, m_network, m_clock);
    connect(m_enrolment.get(), &Enrolment::probed, this, [this](const QString &pin) {
        m_probedPin = pin;
        setEnrolStep(EnrolConfirm);
    });
    connect(m_enrolment.get(), &Enrolment::failed, this,
        [this](const QString &message) { setEnrolStep(EnrolIdle, message); });
    connect(m_enrolment.get(), &Enrolment::enrolled, this, [this] {
        setEnrolStep(EnrolIdle);
        m_suggestedCode.clear();              // single use
        m_engine->start(SyncTrigger::Manual); // reads the new enrolment, then sends
        applyEnrolment();
        refresh();
        Q_EMIT enrolledNow();
    });
    m_clockTick.start();
    applyEnrolment();
    refresh();
    m_engine->start(SyncTrigger::Unlock);
}

void SyncController::close()
{
    if (!m_engine)
        return;
    // Enrolment and engine abort what they have in flight; nothing they hold survives the lock.
    m_enrolment.reset();
    m_engine.reset();
    m_clockTick.stop();
    m_history->reset({});
    m_probedPin.clear();
    m_enrolServer.clear();
    m_enrolCode.clear();
    m_enrolStep = EnrolIdle;
    m_enrolError.clear();
    m_screenOpen = false;
    Q_EMIT screenOpenChanged();
    Q_EMIT enrolChanged();
    Q_EMIT changed();
}

void SyncController::refresh()
{
    if (m_engine)
        m_history->reset(m_engine->history(50));
    Q_EMIT changed();
}

// What enrolment fixes for the whole app: who signs the records, and the agency's idle lock.
void SyncController::applyEnrolment()
{
    const auto enrolment = info();
    if (!enrolment)
        return;
    m_workspace.setAuthor(enrolment->practitionerId);
    if (enrolment->lockTimeoutSeconds > 0)
        m_session.setIdleTimeout(std::chrono::seconds(enrolment->lockTimeoutSeconds));
}

std::optional<EnrolmentInfo> SyncController::info() const
{
    return m_engine ? m_engine->enrolment() : std::nullopt;
}

bool SyncController::enrolled() const
{
    return info().has_value();
}

bool SyncController::revoked() const
{
    const auto enrolment = info();
    return enrolment && enrolment->revoked;
}

bool SyncController::running() const
{
    return m_engine && m_engine->isRunning();
}

int SyncController::waiting() const
{
    return m_engine ? m_engine->waitingCount() : 0;
}

QString SyncController::serverAddress() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->server.toDisplayString() : QString();
}

QString SyncController::practitionerName() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->practitionerName : QString();
}

QString SyncController::deviceId() const
{
    const auto enrolment = info();
    return enrolment ? enrolment->deviceId : QString();
}

QString SyncController::fingerprint() const
{
    const auto enrolment = info();
    return enrolment ? Enrolment::formatFingerprint(enrolment->pinHex) : QString();
}

QString SyncController::lastSuccess() const
{
    const auto when = m_engine ? m_engine->lastSuccessUtc() : std::nullopt;
    return when ? SyncHistoryModel::whenText(*when) : QString();
}

QString SyncController::nextAttempt() const
{
    if (!m_engine || running())
        return {};
    const QDateTime next = m_engine->nextAttemptUtc();
    return next.isValid() ? SyncHistoryModel::whenText(next) : QString();
}

QString SyncController::problem() const
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

QString SyncController::problemDetail() const
{
    const auto attempt = m_engine ? m_engine->lastAttempt() : std::nullopt;
    return failed(attempt) ? attempt->message : QString();
}

QString SyncController::tone() const
{
    if (!m_engine || !enrolled())
        return QStringLiteral("neutral");
    if (revoked())
        return QStringLiteral("error");
    if (running())
        return QStringLiteral("working");
    const auto attempt = m_engine->lastAttempt();
    if (failed(attempt))
        return SyncHistoryModel::tone(attempt->outcome);
    return waiting() > 0 ? QStringLiteral("attention") : QStringLiteral("ok");
}

QString SyncController::statusText() const
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

void SyncController::openScreen()
{
    if (!m_engine || m_screenOpen)
        return;
    refresh();
    m_screenOpen = true;
    Q_EMIT screenOpenChanged();
}

void SyncController::closeScreen()
{
    if (!m_screenOpen)
        return;
    m_screenOpen = false;
    Q_EMIT screenOpenChanged();
}

void SyncController::syncNow()
{
    if (m_engine)
        m_engine->start(SyncTrigger::Manual);
}

void SyncController::beginEnrolment(const QString &server, const QString &code)
{
    if (!m_enrolment || m_enrolStep != EnrolIdle || enrolled())
        return;
    QUrl url;
    QString enrolCode = code.trimmed();
    const QString text = server.trimmed();
    if (text.startsWith(QStringLiteral("hearth-enrol:"))) {
        auto payload = Enrolment::parsePayload(text);
        if (!payload)
            return setEnrolStep(EnrolIdle, payload.error());
        url = payload->first;
        enrolCode = payload->second;
    } else {
        if (text.isEmpty())
            return setEnrolStep(EnrolIdle, tr("Please type your agency's server address."));
        // People type "sync.agency.gov.uk"; only an explicit http:// is ever plain text.
        url = QUrl(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text,
            QUrl::StrictMode);
    }
    if (enrolCode.isEmpty())
        return setEnrolStep(EnrolIdle, tr("Please type the enrolment code your agency gave you."));
    auto checked = Enrolment::checkServerUrl(url);
    if (!checked)
        return setEnrolStep(EnrolIdle, checked.error());
    m_enrolServer = checked.value();
    m_enrolCode = enrolCode;
    m_probedPin.clear();
    if (m_enrolServer.scheme() == QLatin1String("http")) {
        // Loopback only (checkServerUrl): there is no certificate to confirm.
        sendEnrolment({});
        return;
    }
    setEnrolStep(EnrolProbing);
    m_enrolment->probe(m_enrolServer);
}

void SyncController::confirmFingerprint()
{
    if (m_enrolStep != EnrolConfirm || m_probedPin.isEmpty())
        return;
    sendEnrolment(m_probedPin);
}

void SyncController::sendEnrolment(const QString &pin)
{
    setEnrolStep(EnrolEnrolling);
    const QString host = QSysInfo::machineHostName();
    m_enrolment->enrol(m_enrolServer, m_enrolCode,
        host.isEmpty() ? QStringLiteral("Hearth tablet") : QStringLiteral("Hearth on ") + host,
        pin);
}

void SyncController::cancelEnrolment()
{
    if (m_enrolment)
        m_enrolment->cancel();
    m_probedPin.clear();
    setEnrolStep(EnrolIdle);
}

QString SyncController::probedFingerprint() const
{
    return m_probedPin.isEmpty() ? QString() : Enrolment::formatFingerprint(m_probedPin);
}

void SyncController::setEnrolStep(EnrolStep step, const QString &error)
{
    m_enrolStep = step;
    m_enrolError = error;
    Q_EMIT enrolChanged();
}

} // namespace hearth
