// The practitioner's role in the vault (core/vault/rolestore): chosen on the tablet, given by the
// agency (which wins), kept across reopening, carried through vault migration 10 from an
// enrolment made before roles, and a value changed outside Hearth reported, not guessed at.
#include "common/clock.h"
#include "testsupport.h"
#include "vault/database.h"
#include "vault/migrations.h"
#include "vault/rolestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

namespace {
class FixedClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC); }
};

const char *enrolmentBeforeRoles
    = "INSERT INTO sync_enrolment (id, server_url, pin, server_public_key, device_id,"
      " practitioner_id, practitioner_name, enrolled_utc) VALUES (1, 'https://a.example', 'p',"
      " x'00', 'dev-1', 'hv-1', 'Pat', '2026-01-01T00:00:00.000Z')";
} // namespace

class TestRoleStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    DataKey m_key;
    FixedClock m_clock;

    std::optional<Database> open(const QString &name, int version = -1)
    {
        const QString path = m_dir.filePath(name);
        const bool exists = QFile::exists(path);
        // As tst_migrations opens them: a new file, or an existing one of this SQLCipher.
        auto db = Database::open(path, m_key,
            exists ? Database::OpenMode::ExistingOnly : Database::OpenMode::CreateNew,
            exists ? 3 : 0);
        if (!db || !Migrations::migrate(*db, version))
            return std::nullopt;
        return std::move(*db);
    }

private Q_SLOTS:
    void initTestCase() { m_key.randomise(); }

    void chosenOnTheTabletUntilTheAgencySays()
    {
        {
            auto db = open(QStringLiteral("choice.db"));
            QVERIFY(db);
            RoleStore store(*db, m_clock);
            QVERIFY(!store.read()->effective()); // not enrolled, not asked yet: first run asks
            QVERIFY(store.chooseLocally(PractitionerRole::SchoolNurse));
            QCOMPARE(store.read()->effective(), PractitionerRole::SchoolNurse);
            // Not enrolled: there is no agency role to set, and nothing changes.
            QVERIFY(store.setAgencyRole(PractitionerRole::SocialWorker));
            QVERIFY(!store.read()->agency);
            QVERIFY(db->exec(QString::fromUtf8(enrolmentBeforeRoles)));
            QVERIFY(!store.read()->agency); // an agency that has not said leaves the choice
            QVERIFY(store.setAgencyRole(PractitionerRole::SocialWorker));
        }
        auto db = open(QStringLiteral("choice.db"));
        QVERIFY(db);
        const auto read = RoleStore(*db, m_clock).read();
        QVERIFY(read);
        QCOMPARE(read->local, PractitionerRole::SchoolNurse);
        QCOMPARE(read->agency, PractitionerRole::SocialWorker);
        QCOMPARE(read->effective(), PractitionerRole::SocialWorker);
    }

    void enrolmentFromBeforeRolesMigrates()
    {
        {
            auto db = open(QStringLiteral("v9.db"), 9);
            QVERIFY(db);
            QVERIFY(db->exec(QString::fromUtf8(enrolmentBeforeRoles)));
        }
        auto db = open(QStringLiteral("v9.db"));
        QVERIFY(db);
        QCOMPARE(Migrations::currentVersion(*db).value(), Migrations::latestVersion());
        QCOMPARE(
            db->scalarText(QStringLiteral("SELECT practitioner_id FROM sync_enrolment")).value(),
            QStringLiteral("hv-1"));
        RoleStore store(*db, m_clock);
        QVERIFY(!store.read()->effective());
        QVERIFY(store.setAgencyRole(PractitionerRole::HealthVisitor));
        QCOMPARE(store.read()->effective(), PractitionerRole::HealthVisitor);
    }

    void valueChangedOutsideHearthIsReported_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::newRow("local") << QStringLiteral(
            "INSERT INTO setting VALUES ('practitioner.role', 'doctor', 'now')");
        QTest::newRow("agency") << QStringLiteral(
            "UPDATE sync_enrolment SET practitioner_role = 'Health Visitor'");
    }
    void valueChangedOutsideHearthIsReported()
    {
        QFETCH(QString, statement);
        auto db = open(
            QStringLiteral("damaged-%1.db").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(db);
        QVERIFY(db->exec(QString::fromUtf8(enrolmentBeforeRoles)));
        QVERIFY(db->exec(statement));
        const auto read = RoleStore(*db, m_clock).read();
        QVERIFY(!read);
        QCOMPARE(read.error().code, VaultError::Code::DatabaseDamaged);
        QVERIFY2(read.error().detail.contains(QStringLiteral("not one Hearth knows")),
            qPrintable(read.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestRoleStore)
#include "tst_rolestore.moc"
