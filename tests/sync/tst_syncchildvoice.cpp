// A child-voice session syncs like every record: signed on a real vault through the session
// store (the same path as the app), sent to the real hearth-server (SQLite and PostgreSQL), and
// held there byte for byte, the child's words exactly as they were said.
#include "childvoice/childvoicedraft.h"
#include "draft/quickdraftstore.h"
#include "syncserver.h"
#include "tablet.h"
#include "vault/recordstore.h"

#include <QTest>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;

class TestSyncChildVoice : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
    }
    void cleanup() { m_server.reset(); }

    void aSignedSessionReachesTheAgency()
    {
        Tablet tablet;
        QCOMPARE(tablet.create(), QString());
        QCOMPARE(tablet.enrol(m_server->url(), m_server->newCode()), QString());
        QVERIFY(tablet.sign(1)); // a visit first: the session continues the device's chain

        RecordStore records(tablet.vault().database(), tablet.clock);
        QVERIFY(records.open());
        QuickDraftStore<ChildVoiceDraft> sessions(tablet.vault().database(), tablet.clock);
        auto draft = sessions.create(QStringLiteral("uk-hv-core"), QStringLiteral("2024.2"));
        QVERIFY(draft);
        ChildVoiceDraft session = *draft;
        session.childId = QStringLiteral("child-7f3a9c2e");
        session.place = QStringLiteral("contact-centre");
        session.seenAlone = true;
        const QString words = QStringLiteral("  I miss my brother.\nCan he come next time? ");
        session.quotes = { { words, sessions.now(), QString() } };
        session.houses[2] = { QStringLiteral("living with my brother") };
        session.practitionerWillDo = QStringLiteral("Ask about sibling contact at the review");
        session.childToldNext = QStringLiteral("I will ask and tell you next week");
        auto signedId = sessions.sign(records, session, QStringLiteral("hv-0042"));
        QVERIFY2(signedId, qPrintable(signedId ? QString() : signedId.error()));
        QCOMPARE(tablet.head(), 2);

        const SyncAttempt attempt = tablet.sync();
        QCOMPARE(attempt.outcome, Outcome::Success);
        QCOMPARE(attempt.acknowledged, 2);
        checkAgree(tablet, *m_server);
        const QList<QByteArray> held = m_server->exported(tablet.deviceId());
        QCOMPARE(held.size(), 2);
        QVERIFY(held.last().contains("\"kind\":\"child-voice-session\""));
        QVERIFY(
            held.last().contains("\"quote\":\"  I miss my brother.\\nCan he come next time? \""));
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncChildVoice)
#include "tst_syncchildvoice.moc"
