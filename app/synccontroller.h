#pragma once

#include "synchistorymodel.h"

#include "common/clock.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QNetworkAccessManager;

namespace hearth {

class Enrolment;
class SessionController;
class SyncEngine;
class Workspace;
struct EnrolmentInfo;

// What the practitioner sees of sync: the status line that is always on screen (records
// waiting, last success, what is wrong in plain words), the sync screen with its history and
// "sync now", and enrolment with the agency (address and code, or the QR text; the
// certificate fingerprint shown for confirmation before anything is sent). It owns the
// SyncEngine while the vault is unlocked and destroys it before the vault locks; signed
// visits and downloads are wired through the Workspace. QML reaches it as the singleton `Sync`.
class SyncController : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY changed)
    Q_PROPERTY(bool revoked READ revoked NOTIFY changed)
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(int waiting READ waiting NOTIFY changed)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY changed)
    Q_PROPERTY(QString practitionerName READ practitionerName NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY changed)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY changed)
    Q_PROPERTY(QString nextAttempt READ nextAttempt NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY changed)
    Q_PROPERTY(QString tone READ tone NOTIFY changed)
    Q_PROPERTY(hearth::SyncHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(bool screenOpen READ screenOpen NOTIFY screenOpenChanged)
    Q_PROPERTY(EnrolStep enrolStep READ enrolStep NOTIFY enrolChanged)
    Q_PROPERTY(QString enrolError READ enrolError NOTIFY enrolChanged)
    Q_PROPERTY(QString probedFingerprint READ probedFingerprint NOTIFY enrolChanged)
    Q_PROPERTY(QString suggestedServer READ suggestedServer CONSTANT)
    Q_PROPERTY(QString suggestedCode READ suggestedCode CONSTANT)

public:
    enum EnrolStep
    {
        EnrolIdle,     // the form
        EnrolProbing,  // looking at the server's certificate
        EnrolConfirm,  // the fingerprint is shown: does it match the agency's?
        EnrolEnrolling // sending the code
    };
    Q_ENUM(EnrolStep)

    SyncController(SessionController &session, Workspace &workspace, QNetworkAccessManager &network,
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncController() override;

    // Pre-fills the enrolment form (scripts/run's demo server; an MDM could do the same).
    void suggestEnrolment(const QString &server, const QString &code);

    bool available() const { return m_engine != nullptr; }
    bool enrolled() const;
    bool revoked() const;
    bool running() const;
    int waiting() const;
    QString serverAddress() const;
    QString practitionerName() const;
    QString deviceId() const;
    QString fingerprint() const;
    QString lastSuccess() const;
    QString nextAttempt() const;
    QString statusText() const;
    QString problem() const;
    QString problemDetail() const;
    QString tone() const;
    SyncHistoryModel *history() const { return m_history; }
    bool screenOpen() const { return m_screenOpen; }
    EnrolStep enrolStep() const { return m_enrolStep; }
    QString enrolError() const { return m_enrolError; }
    QString probedFingerprint() const;
    QString suggestedServer() const { return m_suggestedServer; }
    QString suggestedCode() const { return m_suggestedCode; }
    SyncEngine *engine() const { return m_engine.get(); }

    Q_INVOKABLE void openScreen();
    Q_INVOKABLE void closeScreen();
    Q_INVOKABLE void syncNow();
    // `server` may instead hold the whole QR text ("hearth-enrol:v1?..."), `code` then empty.
    Q_INVOKABLE void beginEnrolment(const QString &server, const QString &code);
    Q_INVOKABLE void confirmFingerprint();
    Q_INVOKABLE void cancelEnrolment();

Q_SIGNALS:
    void changed();
    void screenOpenChanged();
    void enrolChanged();
    void enrolledNow();

private:
    void open();
    void close();
    void refresh();
    void applyEnrolment();
    void sendEnrolment(const QString &pin);
    void setEnrolStep(EnrolStep step, const QString &error = {});
    std::optional<EnrolmentInfo> info() const;

    SessionController &m_session;
    Workspace &m_workspace;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    std::unique_ptr<SyncEngine> m_engine;
    std::unique_ptr<Enrolment> m_enrolment;
    SyncHistoryModel *m_history;
    QTimer m_clockTick; // "next try in..." and "last sent" stay current on screen
    bool m_screenOpen = false;
    EnrolStep m_enrolStep = EnrolIdle;
    QString m_enrolError;
    QUrl m_enrolServer;
    QString m_enrolCode;
    QString m_probedPin;
    QString m_suggestedServer;
    QString m_suggestedCode;
};

} // namespace hearth
