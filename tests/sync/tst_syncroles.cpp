// The practitioner's role reaching the tablet: from enrolment, then from every caseload page
// (so hearth-admin set-role reaches a tablet already enrolled), winning over the role chosen on
// the tablet. An answer naming a role this app does not know is refused and changes nothing.
#include "faultproxy.h"
#include "record/devicekeypair.h"
#include "sync/syncstore.h"
#include "syncserver.h"
#include "tablet.h"
#include "vault/rolestore.h"
#include "vault/vault.h"

#include <QTest>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;

class TestSyncRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Tablet> m_tablet;

    RoleChoice roles()
    {
        auto read = RoleStore(m_tablet->vault().database(), m_tablet->clock).read();
        if (!read) {
            qWarning() << read.error().message;
            return {};
        }
        return *read;
    }
    QUrl viaProxy() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
    }
    static QByteArray ok(int status, const QByteArray &body)
    {
        return "HTTP/1.1 " + QByteArray::number(status)
            + " OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
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
    }
    void cleanup()
    {
        m_tablet.reset();
        m_proxy.reset();
        m_server.reset();
    }

    void agencyRoleWinsAndFollowsChanges()
    {
        // Chosen at first run, before enrolment.
        QVERIFY(RoleStore(m_tablet->vault().database(), m_tablet->clock)
                    .chooseLocally(PractitionerRole::SocialWorker));
        QCOMPARE(roles().effective(), PractitionerRole::SocialWorker);

        QCOMPARE(m_server
                     ->admin({ QStringLiteral("set-role"), QStringLiteral("hv-0042"),
                         QStringLiteral("school-nurse") })
                     .exitCode,
            0);
        QCOMPARE(m_tablet->enrol(viaProxy(), m_server->newCode()), QString());
        QCOMPARE(roles().agency, PractitionerRole::SchoolNurse);
        QCOMPARE(roles().local, PractitionerRole::SocialWorker);
        QCOMPARE(roles().effective(), PractitionerRole::SchoolNurse);

        QCOMPARE(m_server
                     ->admin({ QStringLiteral("set-role"), QStringLiteral("hv-0042"),
                         QStringLiteral("health-visitor") })
                     .exitCode,
            0);
        QCOMPARE(m_tablet->sync().outcome, Outcome::Success);
        QCOMPARE(roles().effective(), PractitionerRole::HealthVisitor);

        // A choice made on the tablet afterwards is kept but does not override the agency.
        QVERIFY(RoleStore(m_tablet->vault().database(), m_tablet->clock)
                    .chooseLocally(PractitionerRole::SchoolNurse));
        QCOMPARE(roles().effective(), PractitionerRole::HealthVisitor);
    }

    void unknownRoleInEnrolmentIsRefused()
    {
        const QByteArray answer = "{\"deviceId\":\"" + m_tablet->deviceId().toUtf8()
            + "\",\"practitioner\":{\"id\":\"hv-0042\",\"name\":\"Pat\",\"role\":\"doctor\"},"
              "\"serverPublicKey\":\""
            + DeviceKeyPair::toHex(DeviceKeyPair::generate().publicKey()).toUtf8()
            + "\",\"settings\":{\"lockTimeoutSeconds\":300,\"recoveryPublicKey\":null}}";
        m_proxy->setCannedResponse(ok(201, answer));
        m_proxy->setMode(FaultProxy::Mode::Respond, 1);
        const QString error = m_tablet->enrol(viaProxy(), m_server->newCode());
        QVERIFY2(error.contains(QStringLiteral("role \"doctor\" is not one this app knows")),
            qPrintable(error));
        QVERIFY(!roles().agency);
        auto enrolment = SyncStore(m_tablet->vault().database(), m_tablet->clock).enrolment();
        QVERIFY(enrolment);
        QVERIFY(!enrolment->has_value());
    }

    void unknownRoleInCaseloadIsRefused()
    {
        QCOMPARE(m_tablet->enrol(viaProxy(), m_server->newCode()), QString());
        QCOMPARE(roles().agency, PractitionerRole::HealthVisitor);
        m_proxy->setCannedResponse(ok(200,
            "{\"adults\":[],\"children\":[],\"cursor\":\"0\",\"households\":[],\"links\":[],"
            "\"more\":false,\"nextCursor\":\"0\",\"practitioner\":{\"role\":\"doctor\"},"
            "\"removed\":[],\"visitSummaries\":[]}"));
        m_proxy->setMode(FaultProxy::Mode::Respond, 1);
        const SyncAttempt refused = m_tablet->sync();
        QCOMPARE(refused.outcome, Outcome::Refused);
        QVERIFY2(
            refused.message.contains(QStringLiteral("\"doctor\"")), qPrintable(refused.message));
        QCOMPARE(roles().agency, PractitionerRole::HealthVisitor);
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncRoles)
#include "tst_syncroles.moc"
