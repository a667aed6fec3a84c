#pragma once

#include "common/clock.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

class Enrolment;
class SessionController;
class SyncStatus;

// The sync screen's enrolment form as a small state machine: address and one-time code (or
// the QR text), then the server's certificate fingerprint shown for the practitioner to
// compare before anything is sent, then the code is sent. It lives while SyncStatus has an
// engine (the vault is unlocked) and hands a finished enrolment to it. QML reaches it as the
// singleton `EnrolmentWizard`.
class EnrolmentWizard : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Step step READ step NOTIFY stepChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString probedFingerprint READ probedFingerprint NOTIFY probedFingerprintChanged)
    Q_PROPERTY(QString suggestedServer READ suggestedServer CONSTANT)
    Q_PROPERTY(QString suggestedCode READ suggestedCode NOTIFY suggestedCodeChanged)

public:
    enum Step
    {
        Idle,     // the form
        Probing,  // looking at the server's certificate
        Confirm,  // the fingerprint is shown: does it match the agency's?
        Enrolling // sending the code
    };
    Q_ENUM(Step)

    EnrolmentWizard(SyncStatus &status, SessionController &session, QNetworkAccessManager &network,
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~EnrolmentWizard() override;

    // Pre-fills the form (scripts/run's demo server; an MDM could do the same).
    void suggestEnrolment(const QString &server, const QString &code);

    Step step() const { return m_step; }
    QString errorText() const { return m_errorText; }
    QString probedFingerprint() const;
    QString suggestedServer() const { return m_suggestedServer; }
    QString suggestedCode() const { return m_suggestedCode; }

    // `server` may instead hold the whole QR text ("hearth-enrol:v1?..."), `code` then empty.
    Q_INVOKABLE void begin(const QString &server, const QString &code);
    Q_INVOKABLE void confirmFingerprint();
    Q_INVOKABLE void cancel();

Q_SIGNALS:
    void stepChanged();
    void errorTextChanged();
    void probedFingerprintChanged();
    void suggestedCodeChanged();

private:
    void open();
    void close();
    void send(const QString &pin);
    void setStep(Step step, const QString &error = {});
    void setProbedPin(const QString &pin);

    SyncStatus &m_status;
    SessionController &m_session;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    std::unique_ptr<Enrolment> m_enrolment;
    Step m_step = Idle;
    QString m_errorText;
    QUrl m_server;
    QString m_code;
    QString m_probedPin;
    QString m_suggestedServer;
    QString m_suggestedCode;
};

} // namespace hearth
