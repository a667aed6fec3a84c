#include "enrolmentwizard.h"

#include "sessioncontroller.h"
#include "syncstatus.h"

#include "sync/enrolment.h"

#include <QSysInfo>

namespace hearth {

EnrolmentWizard::EnrolmentWizard(SyncStatus &status, SessionController &session,
    QNetworkAccessManager &network, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_status(status)
    , m_session(session)
    , m_network(network)
    , m_clock(clock)
{
    // SyncStatus announces its engine going while the vault is still open, so anything in
    // flight here is aborted before the lock.
    connect(&m_status, &SyncStatus::availableChanged, this,
        [this] { m_status.available() ? open() : close(); });
    if (m_status.available())
        open();
}

EnrolmentWizard::~EnrolmentWizard()
{
    close();
}

void EnrolmentWizard::suggestEnrolment(const QString &server, const QString &code)
{
    m_suggestedServer = server;
    m_suggestedCode = code;
    Q_EMIT suggestedCodeChanged();
}

void EnrolmentWizard::open()
{
    Vault *vault = m_session.unlockedVault();
    if (m_enrolment || !vault)
        return;
    m_enrolment = std::make_unique<Enrolment>(*vault, m_network, m_clock);
    connect(m_enrolment.get(), &Enrolment::probed, this, [this](const QString &pin) {
        setProbedPin(pin);
        setStep(Confirm);
    });
    connect(m_enrolment.get(), &Enrolment::failed, this,
        [this](const QString &message) { setStep(Idle, message); });
    connect(m_enrolment.get(), &Enrolment::enrolled, this, [this] {
        setStep(Idle);
        m_suggestedCode.clear(); // single use
        Q_EMIT suggestedCodeChanged();
        m_status.adoptEnrolment();
    });
}

void EnrolmentWizard::close()
{
    if (!m_enrolment)
        return;
    m_enrolment.reset(); // aborts what is in flight
    m_server.clear();
    m_code.clear();
    setProbedPin({});
    setStep(Idle);
}

void EnrolmentWizard::begin(const QString &server, const QString &code)
{
    if (!m_enrolment || m_step != Idle || m_status.enrolled())
        return;
    QUrl url;
    QString enrolCode = code.trimmed();
    const QString text = server.trimmed();
    if (text.startsWith(QStringLiteral("hearth-enrol:"))) {
        auto payload = Enrolment::parsePayload(text);
        if (!payload)
            return setStep(Idle, payload.error());
        url = payload->first;
        enrolCode = payload->second;
    } else {
        if (text.isEmpty())
            return setStep(Idle, tr("Please type your agency's server address."));
        // People type "sync.agency.gov.uk"; only an explicit http:// is ever plain text.
        url = QUrl(text.contains(QStringLiteral("://")) ? text : QStringLiteral("https://") + text,
            QUrl::StrictMode);
    }
    if (enrolCode.isEmpty())
        return setStep(Idle, tr("Please type the enrolment code your agency gave you."));
    auto checked = Enrolment::checkServerUrl(url);
    if (!checked)
        return setStep(Idle, checked.error());
    m_server = checked.value();
    m_code = enrolCode;
    setProbedPin({});
    if (m_server.scheme() == QLatin1String("http")) {
        // Loopback only (checkServerUrl): there is no certificate to confirm.
        send({});
        return;
    }
    setStep(Probing);
    m_enrolment->probe(m_server);
}

void EnrolmentWizard::confirmFingerprint()
{
    if (m_step != Confirm || m_probedPin.isEmpty())
        return;
    send(m_probedPin);
}

void EnrolmentWizard::send(const QString &pin)
{
    setStep(Enrolling);
    const QString host = QSysInfo::machineHostName();
    m_enrolment->enrol(m_server, m_code,
        host.isEmpty() ? QStringLiteral("Hearth tablet") : QStringLiteral("Hearth on ") + host,
        pin);
}

void EnrolmentWizard::cancel()
{
    if (m_enrolment)
        m_enrolment->cancel();
    setProbedPin({});
    setStep(Idle);
}

QString EnrolmentWizard::probedFingerprint() const
{
    return m_probedPin.isEmpty() ? QString() : Enrolment::formatFingerprint(m_probedPin);
}

void EnrolmentWizard::setStep(Step step, const QString &error)
{
    if (step != m_step) {
        m_step = step;
        Q_EMIT stepChanged();
    }
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}

void EnrolmentWizard::setProbedPin(const QString &pin)
{
    if (pin == m_probedPin)
        return;
    m_probedPin = pin;
    Q_EMIT probedFingerprintChanged();
}

} // namespace hearth
