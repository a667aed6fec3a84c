// A practitioner's role (health visitor, social worker, school nurse) on the agency server:
// hearth-admin adds, changes and lists it and refuses a role it does not know (changing
// nothing); enrolment and every caseload page carry it to the tablet, so a changed role reaches
// an enrolled one; a store from before roles keeps its practitioners, as health visitors.
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QTest>

using namespace hearth;

namespace {
// The schema version just before the roles step (server/lib/migrations.cpp); the supervision
// step after it is undone too, so the migration runs both again.
constexpr int BeforeRoles = 5;
} // namespace

class TestServerRoles : public ServerFixture
{
    Q_OBJECT

    QString roleOf(const QString &id)
    {
        const AdminResult listed
            = admin({ QStringLiteral("practitioners"), QStringLiteral("--json") });
        if (listed.exitCode != 0)
            return QStringLiteral("error: ") + listed.err;
        auto list = CanonicalJson::parse(listed.out.trimmed());
        if (!list)
            return QStringLiteral("error: not JSON");
        for (const JsonValue &row : list->items()) {
            if (row[u"id"].toString() == id)
                return row[u"role"].toString();
        }
        return QStringLiteral("missing");
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void addWithRoleAndChangeIt()
    {
        const AdminResult added = admin({ QStringLiteral("add-practitioner"),
            QStringLiteral("sn-1"), QStringLiteral("Sam Nurse"), QStringLiteral("--role"),
            QStringLiteral("school-nurse") });
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QCOMPARE(added.out, QByteArray("practitioner sn-1 (school-nurse)\n"));
        QCOMPARE(roleOf(QStringLiteral("sn-1")), QStringLiteral("school-nurse"));
        // Added without a role (by the fixture): a health visitor.
        QCOMPARE(roleOf(QStringLiteral("hv-0042")), QStringLiteral("health-visitor"));

        // Renaming without --role keeps the role.
        QCOMPARE(admin({ QStringLiteral("add-practitioner"), QStringLiteral("sn-1"),
                           QStringLiteral("Sam Nurse-Jones") })
                     .exitCode,
            0);
        QCOMPARE(roleOf(QStringLiteral("sn-1")), QStringLiteral("school-nurse"));

        const AdminResult changed = admin({ QStringLiteral("set-role"), QStringLiteral("sn-1"),
            QStringLiteral("social-worker") });
        QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
        QCOMPARE(roleOf(QStringLiteral("sn-1")), QStringLiteral("social-worker"));

        const AdminResult text = admin({ QStringLiteral("practitioners") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("sn-1           social-worker   Sam Nurse-Jones"),
            text.out.constData());
        QVERIFY(text.out.contains("hv-0042        health-visitor  Pat Example"));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("add with unknown role") << QStringList { QStringLiteral("add-practitioner"),
            QStringLiteral("x-1"), QStringLiteral("X"), QStringLiteral("--role"),
            QStringLiteral("doctor") } << QStringLiteral("unknown role \"doctor\"");
        QTest::newRow("add with a role spelt differently")
            << QStringList { QStringLiteral("add-practitioner"), QStringLiteral("hv-0042"),
                   QStringLiteral("Pat"), QStringLiteral("--role"), QStringLiteral("School Nurse") }
            << QStringLiteral("unknown role \"School Nurse\"");
        QTest::newRow("set unknown role") << QStringList {
            QStringLiteral("set-role"), QStringLiteral("hv-0042"), QStringLiteral("")
        } << QStringLiteral("health-visitor, social-worker or school-nurse");
        QTest::newRow("set role of unknown practitioner") << QStringList {
            QStringLiteral("set-role"), QStringLiteral("nobody"), QStringLiteral("school-nurse")
        } << QStringLiteral("no practitioner \"nobody\"");
        QTest::newRow("set-role without a role") << QStringList { QStringLiteral("set-role"),
            QStringLiteral("hv-0042") } << QStringLiteral("usage: set-role ID ROLE");
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QByteArray before = m_backend->fingerprint();
        const AdminResult result = admin(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QCOMPARE(m_backend->fingerprint(), before);
        QCOMPARE(roleOf(QStringLiteral("hv-0042")), QStringLiteral("health-visitor"));
    }

    void enrolmentAndCaseloadCarryTheRole()
    {
        QCOMPARE(admin({ QStringLiteral("set-role"), QStringLiteral("hv-0042"),
                           QStringLiteral("school-nurse") })
                     .exitCode,
            0);
        TestDevice device;
        const Reply enrolled = device.enrol(url(QStringLiteral("/v1/enrol")), newCode());
        QCOMPARE(enrolled.status, 201);
        QCOMPARE(
            enrolled.json[u"practitioner"][u"role"].toString(), QStringLiteral("school-nurse"));

        const QUrl caseload = url(QStringLiteral("/v1/caseload?limit=10"));
        Reply page = device.request("GET", caseload);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[u"practitioner"][u"role"].toString(), QStringLiteral("school-nurse"));
        // Still canonical JSON with the new member.
        QCOMPARE(CanonicalJson::serialize(page.json).value(), page.body);

        // A role changed after enrolment reaches the tablet with its next page, whatever its
        // cursor (nothing else changed, so the cursor does not move).
        const QString cursor = page.json[u"nextCursor"].toString();
        QCOMPARE(admin({ QStringLiteral("set-role"), QStringLiteral("hv-0042"),
                           QStringLiteral("social-worker") })
                     .exitCode,
            0);
        page = device.request(
            "GET", url(QStringLiteral("/v1/caseload?cursor=%1&limit=10").arg(cursor)));
        QCOMPARE(page.status, 200);
        QCOMPARE(page.json[u"practitioner"][u"role"].toString(), QStringLiteral("social-worker"));
    }

    // A store made before roles: its practitioners become health visitors, the only way of
    // working Hearth had, and the role can then be changed.
    void migrationGivesExistingPractitionersARole()
    {
        QVERIFY(m_backend->exec(QStringLiteral("ALTER TABLE practitioners DROP COLUMN role")));
        QVERIFY(m_backend->exec(QStringLiteral("DROP TABLE supervision_records")));
        QVERIFY(m_backend->exec(QStringLiteral("ALTER TABLE devices DROP COLUMN waiting")));
        QVERIFY(
            m_backend->exec(QStringLiteral("ALTER TABLE devices DROP COLUMN waiting_reported_at")));
        QVERIFY(m_backend->exec(
            QStringLiteral("UPDATE schema_version SET version = %1").arg(BeforeRoles)));
        const AdminResult migrated = admin({ QStringLiteral("migrate") });
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QCOMPARE(roleOf(QStringLiteral("hv-0042")), QStringLiteral("health-visitor"));
        QCOMPARE(admin({ QStringLiteral("set-role"), QStringLiteral("hv-0042"),
                           QStringLiteral("school-nurse") })
                     .exitCode,
            0);
        QCOMPARE(roleOf(QStringLiteral("hv-0042")), QStringLiteral("school-nurse"));
    }

    // A role edited into the store by hand is named, not passed on to a tablet.
    void damagedRoleIsRefusedNotSent()
    {
        QVERIFY(m_backend->exec(
            QStringLiteral("UPDATE practitioners SET role = 'doctor' WHERE id = 'hv-0042'")));
        const AdminResult listed = admin({ QStringLiteral("practitioners") });
        QCOMPARE(listed.exitCode, 1);
        QVERIFY2(
            listed.err.contains(QStringLiteral("unknown role \"doctor\"")), qPrintable(listed.err));
        TestDevice device;
        const Reply enrolled = device.enrol(url(QStringLiteral("/v1/enrol")), newCode());
        QCOMPARE(enrolled.status, 503);
        QCOMPARE(m_backend->count(QStringLiteral("devices")), 0);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
