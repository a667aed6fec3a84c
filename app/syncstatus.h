#pragma once

#include "synchistorymodel.h"
#include "synctone.h"

#include "common/clock.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <tuple>

class QNetworkAccessManager;

namespace hearth {

class SessionController;
class SyncEngine;
class Workspace;
struct EnrolmentInfo;

// What the practitioner sees of sync once it runs: the status line at the foot of every
// unlocked screen (records waiting, last success, what is wrong in plain words) and the sync
// screen's state, history and "sync now". It owns the SyncEngine while the vault is unlocked
// and destroys it before the vault locks; signed visits and downloads are wired through the
// Workspace. Each property has its own NOTIFY, emitted only when what it shows changed, so the
// line on every screen is not redrawn by a tick that changed nothing. QML reaches it as the
// singleton `SyncStatus`; enrolment is EnrolmentWizard's.
class SyncStatus : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool enrolled READ enrolled NOTIFY enrolmentChanged)
    Q_PROPERTY(bool revoked READ revoked NOTIFY enrolmentChanged)
    Q_PROPERTY(QString serverAddress READ serverAddress NOTIFY enrolmentChanged)
    Q_PROPERTY(QString practitionerName READ practitionerName NOTIFY enrolmentChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY enrolmentChanged)
    Q_PROPERTY(QString fingerprint READ fingerprint NOTIFY enrolmentChanged)
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY waitingChanged)
    Q_PROPERTY(QString lastSuccess READ lastSuccess NOTIFY lastSuccessChanged)
    Q_PROPERTY(QString nextAttempt READ nextAttempt NOTIFY nextAttemptChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusTextChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The server's own words about the failure, for the agency's IT support.
    Q_PROPERTY(QString errorDetail READ errorDetail NOTIFY errorTextChanged)
    Q_PROPERTY(hearth::SyncTone::Tone tone READ tone NOTIFY toneChanged)
    Q_PROPERTY(hearth::SyncHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(bool screenOpen READ screenOpen NOTIFY screenOpenChanged)

public:
    SyncStatus(SessionController &session, Workspace &workspace, QNetworkAccessManager &network,
        const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~SyncStatus() override;

    bool available() const { return m_engine != nullptr; }
    bool enrolled() const;
    bool revoked() const;
    QString serverAddress() const;
    QString practitionerName() const;
    QString deviceId() const;
    QString fingerprint() const;
    bool running() const;
    int waiting() const;
    QString lastSuccess() const;
    QString nextAttempt() const;
    QString statusText() const;
    QString errorText() const;
    QString errorDetail() const;
    SyncTone::Tone tone() const;
    SyncHistoryModel *history() const { return m_history; }
    bool screenOpen() const { return m_screenOpen; }
    SyncEngine *engine() const { return m_engine.get(); }

    // The tablet has just been enrolled (EnrolmentWizard): adopt the new author and idle lock,
    // and send straight away.
    void adoptEnrolment();

    Q_INVOKABLE void openScreen();
    Q_INVOKABLE void closeScreen();
    Q_INVOKABLE void syncNow();

Q_SIGNALS:
    void availableChanged();
    void enrolmentChanged();
    void runningChanged();
    void waitingChanged();
    void lastSuccessChanged();
    void nextAttemptChanged();
    void statusTextChanged();
    void errorTextChanged();
    void toneChanged();
    void screenOpenChanged();

private:
    // What was last announced, to tell which properties a refresh really changed.
    struct Shown
    {
        bool available = false;
        std::tuple<bool, bool, QString, QString, QString, QString> enrolment;
        bool running = false;
        int waiting = 0;
        QString lastSuccess;
        QString nextAttempt;
        QString statusText;
        std::tuple<QString, QString> error;
        SyncTone::Tone tone = SyncTone::Neutral;
    };

    void open();
    void close();
    void refresh();
    void publish();
    void applyEnrolment();
    std::optional<EnrolmentInfo> info() const;
    Shown shown() const;

    SessionController &m_session;
    Workspace &m_workspace;
    QNetworkAccessManager &m_network;
    const Clock &m_clock;
    std::unique_ptr<SyncEngine> m_engine;
    SyncHistoryModel *m_history;
    QTimer m_clockTick; // "next try in..." and "last sent" stay current on screen
    bool m_screenOpen = false;
    Shown m_shown;
};

} // namespace hearth
