// Network faults between tablet and server, made by the fault-injecting proxy in front of the
// real hearth-server: each ends with nothing lost, nothing duplicated, and both sides agreeing.
#include "faultproxy.h"
#include "sync/backoff.h"
#include "syncserver.h"
#include "tablet.h"

#include <QSignalSpy>
#include <QTest>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;

class TestSyncFaults : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Tablet> m_tablet;

    static QByteArray canned(int status, const char *reason, const QByteArray &extraHeaders)
    {
        const QByteArray body = "{\"status\":" + QByteArray::number(status)
            + ",\"title\":\"Busy\",\"type\":\"urn:hearth:problem:busy\"}";
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/problem+json\r\n" + extraHeaders
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
        m_proxy = std::make_unique<FaultProxy>(m_server->port());
        QVERIFY(m_proxy->start());
        m_tablet = std::make_unique<Tablet>();
        QCOMPARE(m_tablet->create(), QString());
        const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
        QCOMPARE(m_tablet->enrol(viaProxy, m_server->newCode()), QString());
        QVERIFY(m_tablet->sign(250));
        m_tablet->engine().setBatchSize(100);
    }
    void cleanup()
    {
        m_tablet.reset();
        m_proxy.reset();
        m_server.reset();
    }

    void answerLostAfterServerCommitted()
    {
        m_proxy->setMode(FaultProxy::Mode::CutAfterRequest);
        const SyncAttempt cut = m_tablet->sync();
        QCOMPARE(cut.outcome, Outcome::Offline);
        QVERIFY(m_proxy->requestsCut() >= 1);
        // The server stored the first batch; the tablet does not know it.
        QCOMPARE(m_server->exported(m_tablet->deviceId()).size(), 100);
        QCOMPARE(m_tablet->waiting(), 250);
        m_proxy->setMode(FaultProxy::Mode::Pass);
        const SyncAttempt resumed = m_tablet->sync();
        QCOMPARE(resumed.outcome, Outcome::Success);
        QCOMPARE(resumed.acknowledged, 250);
        checkAgree(*m_tablet, *m_server);
    }

    void serviceUnavailableWithRetryAfterIsHonoured()
    {
        SyncEngine &engine = m_tablet->engine();
        engine.setRetryAutomatically(true);
        engine.setBackoffPolicy(
            BackoffPolicy { std::chrono::milliseconds(10), std::chrono::milliseconds(20) });
        m_proxy->setCannedResponse(canned(503, "Service Unavailable", "Retry-After: 2\r\n"));
        m_proxy->setMode(FaultProxy::Mode::Respond, 1);
        QSignalSpy finished(&engine, &SyncEngine::attemptFinished);
        engine.start(SyncTrigger::Manual);
        QVERIFY(finished.wait(30000));
        const auto first = finished.first().first().value<SyncAttempt>();
        QCOMPARE(first.outcome, Outcome::ServerError);
        QVERIFY(first.message.contains(QStringLiteral("503")));
        QVERIFY(engine.nextAttemptUtc() >= m_tablet->clock.nowUtc().addMSecs(1500));
        // Automatic triggers wait for Retry-After.
        engine.start(SyncTrigger::Signed);
        QVERIFY(!engine.isRunning());
        QVERIFY(finished.wait(30000));
        const auto second = finished.at(1).first().value<SyncAttempt>();
        QCOMPARE(second.outcome, Outcome::Success);
        QVERIFY(first.finishedUtc.msecsTo(second.startedUtc) >= 1900);
        checkAgree(*m_tablet, *m_server);
    }

    void internalServerErrorIsRetried()
    {
        m_proxy->setCannedResponse(canned(500, "Internal Server Error", {}));
        m_proxy->setMode(FaultProxy::Mode::Respond, 1);
        const SyncAttempt failed = m_tablet->sync();
        QCOMPARE(failed.outcome, Outcome::ServerError);
        QCOMPARE(failed.acknowledged, 0);
        QCOMPARE(m_tablet->waiting(), 250);
        QCOMPARE(m_tablet->sync().outcome, Outcome::Success);
        checkAgree(*m_tablet, *m_server);
    }

    void stalledServerTimesOut()
    {
        m_tablet->engine().setTransferTimeout(std::chrono::milliseconds(800));
        m_proxy->setMode(FaultProxy::Mode::Stall);
        const SyncAttempt stalled = m_tablet->sync();
        QCOMPARE(stalled.outcome, Outcome::Offline);
        QVERIFY(stalled.message.contains(QStringLiteral("did not answer in time")));
        m_proxy->setMode(FaultProxy::Mode::Pass);
        QTest::qWait(300); // held requests go through now; the tablet has given up on them
        const SyncAttempt resumed = m_tablet->sync();
        QCOMPARE(resumed.outcome, Outcome::Success);
        checkAgree(*m_tablet, *m_server);
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
