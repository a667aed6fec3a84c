#pragma once

#include "common/clock.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "vault/vault.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

// The device clock, off by a chosen number of seconds from the real one (the server checks
// request times against its own real clock).
class OffsetClock final : public hearth::Clock
{
public:
    qint64 offsetSeconds = 0;
    QDateTime nowUtc() const override
    {
        return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds);
    }
};

// A real tablet for sync tests: a vault in a temporary folder (interactive KDF cost for speed),
// its signed records, its own network access manager, and an engine made on demand.
class SyncServer;

class Tablet
{
public:
    Tablet();
    ~Tablet();

    QString create(); // empty on success; the vault is left unlocked
    bool unlock();
    void lock(); // destroys the engine first, as the app does
    hearth::Vault &vault() { return *m_vault; }
    QString deviceId();
    bool sign(int count);
    qint64 head();           // signed records on the tablet
    qint64 waiting();        // outbox rows
    qint64 lastReceiptSeq(); // 0 when none
    QList<QByteArray> envelopes();

    // Probe then enrol (accepting the probed pin unless one is given); empty on success.
    QString enrol(const QUrl &server, const QString &code, const QString &pin = QString());
    QString probe(const QUrl &server); // the pin, or "error: ..."

    hearth::SyncEngine &engine();
    void dropEngine() { m_engine.reset(); }
    // start(Manual) and wait for the attempt to finish.
    hearth::SyncAttempt sync(int timeoutMs = 60000);

    QString dir() const { return m_dir.path(); }
    OffsetClock clock;
    QNetworkAccessManager network;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<hearth::Vault> m_vault;
    std::unique_ptr<hearth::SyncEngine> m_engine;
    int m_visits = 0;
};

// The tablet's signed records are on the server exactly once, byte for byte, the outbox is
// empty and the newest receipt covers the whole chain (QTest failures are reported in the
// calling test).
void checkAgree(Tablet &tablet, SyncServer &server);
