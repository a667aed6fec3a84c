#include "tablet.h"

#include "syncserver.h"

#include "sync/syncstore.h"
#include "vault/database.h"
#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/recoverykey.h"

#include <QSignalSpy>
#include <QTest>

using namespace hearth;

namespace {
const QByteArray Passcode = QByteArrayLiteral("kettle-orchard-42");
}

Tablet::Tablet() = default;

Tablet::~Tablet()
{
    m_engine.reset();
}

QString Tablet::create()
{
    m_vault = std::make_unique<Vault>(m_dir.path(), clock);
    const RecoveryKeyPair recovery = RecoveryKeyPair::generate();
    if (auto ok = m_vault->create(Passcode, recovery.publicKey, KdfCost::interactive()); !ok)
        return ok.error().message + ok.error().detail;
    return unlock() ? QString() : QStringLiteral("unlock failed");
}

bool Tablet::unlock()
{
    if (m_vault->isUnlocked())
        return true;
    return bool(m_vault->unlock(Passcode));
}

void Tablet::lock()
{
    m_engine.reset();
    m_vault->lock();
}

QString Tablet::deviceId()
{
    RecordStore store(m_vault->database(), clock);
    return store.open() ? store.deviceId() : QString();
}

bool Tablet::sign(int count)
{
    RecordStore store(m_vault->database(), clock);
    if (!store.open())
        return false;
    for (int i = 0; i < count; ++i) {
        ++m_visits;
        JsonValue body
            = JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("visitId"), QStringLiteral("visit-%1").arg(m_visits) },
                { QStringLiteral("notes"), QStringLiteral("Fictional test visit.") } });
        if (!store.append(RecordKind::Visit, QStringLiteral("hv-0042"),
                { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") }, body))
            return false;
    }
    return true;
}

qint64 Tablet::head()
{
    return m_vault->database().scalar(QStringLiteral("SELECT count(*) FROM signed_record")).value();
}

qint64 Tablet::waiting()
{
    return m_vault->database().scalar(QStringLiteral("SELECT count(*) FROM outbox")).value();
}

qint64 Tablet::lastReceiptSeq()
{
    return m_vault->database()
        .scalar(QStringLiteral("SELECT coalesce(max(seq), 0) FROM sync_receipt"))
        .value();
}

QList<QByteArray> Tablet::envelopes()
{
    RecordStore store(m_vault->database(), clock);
    if (!store.open())
        return {};
    auto all = store.envelopes();
    return all ? all.value() : QList<QByteArray>();
}

QString Tablet::probe(const QUrl &server)
{
    Enrolment enrolment(*m_vault, network, clock);
    QSignalSpy probed(&enrolment, &Enrolment::probed);
    QSignalSpy failed(&enrolment, &Enrolment::failed);
    enrolment.probe(server);
    if (!QTest::qWaitFor([&] { return probed.size() + failed.size() > 0; }, 30000))
        return QStringLiteral("error: probe timed out");
    return probed.isEmpty() ? QStringLiteral("error: ") + failed.first().first().toString()
                            : probed.first().first().toString();
}

QString Tablet::enrol(const QUrl &server, const QString &code, const QString &pin)
{
    QString usePin = pin;
    if (usePin.isEmpty() && server.scheme() == QLatin1String("https")) {
        usePin = probe(server);
        if (usePin.startsWith(QStringLiteral("error: ")))
            return usePin;
    }
    Enrolment enrolment(*m_vault, network, clock);
    QSignalSpy enrolled(&enrolment, &Enrolment::enrolled);
    QSignalSpy failed(&enrolment, &Enrolment::failed);
    enrolment.enrol(server, code, QStringLiteral("Test tablet"), usePin);
    if (!QTest::qWaitFor([&] { return enrolled.size() + failed.size() > 0; }, 30000))
        return QStringLiteral("enrolment timed out");
    return enrolled.isEmpty() ? failed.first().first().toString() : QString();
}

SyncEngine &Tablet::engine()
{
    if (!m_engine) {
        m_engine = std::make_unique<SyncEngine>(*m_vault, network, clock);
        m_engine->setRetryAutomatically(false);
        m_engine->setTransferTimeout(std::chrono::seconds(10));
    }
    return *m_engine;
}

SyncAttempt Tablet::sync(int timeoutMs)
{
    SyncEngine &e = engine();
    QSignalSpy finished(&e, &SyncEngine::attemptFinished);
    e.start(SyncTrigger::Manual);
    if (!finished.wait(timeoutMs) && finished.isEmpty()) {
        SyncAttempt timedOut;
        timedOut.outcome = SyncAttempt::Outcome::Cancelled;
        timedOut.message = QStringLiteral("the test gave up waiting");
        return timedOut;
    }
    return finished.first().first().value<SyncAttempt>();
}

void checkAgree(Tablet &tablet, SyncServer &server)
{
    const QString id = tablet.deviceId();
    const QList<QByteArray> local = tablet.envelopes();
    QCOMPARE(server.exported(id), local);
    QCOMPARE(server.device(id).value(QStringLiteral("headSeq")).toInteger(), qint64(local.size()));
    QCOMPARE(tablet.waiting(), 0);
    QCOMPARE(tablet.lastReceiptSeq(), qint64(local.size()));
}
