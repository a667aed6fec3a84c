#include "testsupport.h"
#include "vault/database.h"
#include "vault/migrations.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;

// Every schema version migrates to the latest, keeping what was there.
class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromEachVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from %d", v) << v;
    }
    void fromEachVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        const QString path = dir.filePath(QStringLiteral("m.db"));
        {
            auto db = Database::open(path, key, Database::OpenMode::CreateNew, 0);
            QVERIFY(db);
            QVERIFY(Migrations::migrate(*db, from));
            QCOMPARE(Migrations::currentVersion(*db).value(), from);
            if (from >= 1)
                QVERIFY(
                    db->exec(QStringLiteral("INSERT INTO vault_meta VALUES ('vault_id', 'abc')")));
        }
        auto db = Database::open(path, key, Database::OpenMode::ExistingOnly, 3);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db));
        QCOMPARE(Migrations::currentVersion(*db).value(), Migrations::latestVersion());
        if (from >= 1)
            QCOMPARE(db->scalarText(QStringLiteral("SELECT value FROM vault_meta")).value(),
                QStringLiteral("abc"));
        QVERIFY(db->exec(
            QStringLiteral("INSERT INTO draft VALUES ('d1', 'visit', '{}', 'now', 'now')")));
        QCOMPARE(
            db->scalarText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
    }

    void newerSchemaIsRefusedUntouched()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = Database::open(
            dir.filePath(QStringLiteral("m.db")), key, Database::OpenMode::CreateNew, 0);
        QVERIFY(db);
        QVERIFY(db->exec(QStringLiteral("PRAGMA user_version = 999")));
        auto result = Migrations::migrate(*db);
        QVERIFY(!result);
        QCOMPARE(result.error().code, VaultError::Code::SchemaTooNew);
        QCOMPARE(Migrations::currentVersion(*db).value(), 999);
    }

    void failedStepLeavesPreviousVersion()
    {
        QTemporaryDir dir;
        DataKey key;
        key.randomise();
        auto db = Database::open(
            dir.filePath(QStringLiteral("m.db")), key, Database::OpenMode::CreateNew, 0);
        QVERIFY(db);
        QVERIFY(Migrations::migrate(*db, 2));
        // A clashing table makes step 3 fail half-way: its transaction must undo it all.
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE draft (x)")));
        QVERIFY(!Migrations::migrate(*db));
        QCOMPARE(Migrations::currentVersion(*db).value(), 2);
        QCOMPARE(
            db->scalar(QStringLiteral(
                           "SELECT count(*) FROM sqlite_master WHERE name = 'draft_by_updated'"))
                .value(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
