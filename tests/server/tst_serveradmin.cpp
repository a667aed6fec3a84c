// hearth-admin against a real store: caseload import (JSON and CSV, errors with line numbers,
// nothing written on error), export byte for byte, verify-store finding damage, device listing
// the schema migrations from versions 1 and 2, and a store private to its owner.
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace hearth;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(HEARTH_SERVER_TEST_DATA "/") + QString::fromLatin1(name);
}

constexpr QFileDevice::Permissions groupOrOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// Runs statements on a SQLite store from this process; empty on success, else the error.
QString runSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("direct-") + path;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (error.isEmpty() && !query.exec(statement))
                error = statement + QStringLiteral(": ") + query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}
} // namespace

class TestServerAdmin : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void importJsonAndCsv()
    {
        AdminResult json = admin({ QStringLiteral("import"), dataFile("caseload.json"),
            QStringLiteral("--assign-to"), QStringLiteral("hv-0042") });
        QCOMPARE(json.exitCode, 0);
        QVERIFY2(json.out.contains("8 added"), json.out.constData());
        QVERIFY(json.out.contains("3 assigned"));
        QCOMPARE(m_backend->count(QStringLiteral("children")), 3);

        AdminResult csv = admin({ QStringLiteral("import"), dataFile("children.csv"),
            QStringLiteral("--kind"), QStringLiteral("children") });
        QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
        QCOMPARE(m_backend->count(QStringLiteral("children")), 5);

        // The same file again changes nothing.
        const QByteArray before = m_backend->fingerprint();
        AdminResult again = admin({ QStringLiteral("import"), dataFile("caseload.json") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains("0 added, 0 changed, 8 unchanged"));
        QCOMPARE(m_backend->fingerprint(), before);
        // A CSV needs its kind.
        QCOMPARE(admin({ QStringLiteral("import"), dataFile("households.csv") }).exitCode, 1);
        QCOMPARE(admin({ QStringLiteral("import"), dataFile("households.csv"),
                           QStringLiteral("--kind"), QStringLiteral("households") })
                     .exitCode,
            0);
    }

    void importErrorsNameTheLineAndWriteNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("json")
            << dataFile("caseload-bad.json") << QString()
            << QStringList { QStringLiteral("caseload-bad.json:8: children[1]: \"dateOfBirth\""),
                   QStringLiteral("caseload-bad.json:10: children[2]: \"sex\" must be one of") };
        QTest::newRow("csv")
            << dataFile("children-bad.csv") << QStringLiteral("children")
            << QStringList { QStringLiteral("children-bad.csv:3: \"dateOfBirth\" must be a date"),
                   QStringLiteral("children-bad.csv:4: 8 cells, but the header has 7") };
        QTest::newRow("csv reference")
            << QStringLiteral("reference.csv") << QStringLiteral("children")
            << QStringList { QStringLiteral("reference.csv:3: \"householdId\" refers to "
                                            "\"hh-404\"") };
        QTest::newRow("csv next contact date")
            << QStringLiteral("next-contact.csv") << QStringLiteral("children")
            << QStringList { QStringLiteral("next-contact.csv:3: \"nextContactDate\" must be a "
                                            "date YYYY-MM-DD or null") };
        QTest::newRow("json syntax") << QStringLiteral("syntax.json") << QString()
                                     << QStringList { QStringLiteral("syntax.json:3: byte") };
    }
    void importErrorsNameTheLineAndWriteNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        QCOMPARE(admin({ QStringLiteral("import"), dataFile("households.csv"),
                           QStringLiteral("--kind"), QStringLiteral("households") })
                     .exitCode,
            0);
        if (file == u"reference.csv" || file == u"syntax.json" || file == u"next-contact.csv") {
            QFile out(m_backend->dir() + u'/' + file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            if (file == u"next-contact.csv")
                out.write("id,householdId,givenName,familyName,dateOfBirth,sex,nextContactDate\n"
                          "ch-30,hh-1,Jo,Example,2023-05-06,female,2026-12-03\n"
                          "ch-31,hh-1,Ky,Example,2023-05-06,male,2026-02-30\n");
            else
                out.write(file == u"syntax.json"
                        ? "{\n  \"children\": [\n    { \"id\": }\n  ]\n}\n"
                        : "id,householdId,givenName,familyName,dateOfBirth,sex\n"
                          "ch-30,hh-1,Jo,Example,2023-05-06,female\n"
                          "ch-31,hh-404,Ky,Example,2023-05-06,male\n");
            out.close();
            file = out.fileName();
        }
        const QByteArray before = m_backend->fingerprint();
        QStringList arguments { QStringLiteral("import"), file };
        if (!kind.isEmpty())
            arguments << QStringLiteral("--kind") << kind;
        const AdminResult result = admin(arguments);
        QCOMPARE(result.exitCode, 1);
        for (const QString &line : expected)
            QVERIFY2(result.err.contains(line), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("nothing imported")));
        QCOMPARE(m_backend->fingerprint(), before);
    }

    void exportIsByteExactAndVerifyStoreFindsDamage()
    {
        auto first = enrolled();
        auto second = enrolled();
        const QList<QByteArray> a = first->makeRecords(4);
        const QList<QByteArray> b = second->makeRecords(3);
        QCOMPARE(first->upload(url(QStringLiteral("/v1/records")), a).status, 200);
        QCOMPARE(second->upload(url(QStringLiteral("/v1/records")), b).status, 200);

        const AdminResult exported
            = admin({ QStringLiteral("export"), QStringLiteral("--device"), first->id });
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, a.join('\n') + '\n');
        const QString file = m_backend->dir() + QStringLiteral("/all.jsonl");
        QCOMPARE(admin({ QStringLiteral("export"), QStringLiteral("--out"), file }).exitCode, 0);
        QFile all(file);
        QVERIFY(all.open(QIODevice::ReadOnly));
        QCOMPARE(all.readAll().size(), (a.join('\n') + '\n' + b.join('\n') + '\n').size());

        const AdminResult devices = admin({ QStringLiteral("devices"), QStringLiteral("--json") });
        auto list = CanonicalJson::parse(devices.out.trimmed());
        QVERIFY(list && list->isArray());
        QCOMPARE(list->items().size(), std::size_t(2));
        qint64 total = 0;
        for (const JsonValue &device : list->items())
            total += device[u"records"].toInteger();
        QCOMPARE(total, 7);

        const AdminResult ok = admin({ QStringLiteral("verify-store") });
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains("7 records from 2 devices"));

        // Someone edits a stored record in the database: verify-store names it.
        QByteArray damaged = a[2];
        damaged.replace("Fictional", "Fictitious");
        QVERIFY(m_backend->exec(
            QStringLiteral("UPDATE records SET envelope = '%1' WHERE device_id = '%2' AND seq = 3")
                .arg(QString::fromUtf8(damaged), first->id)));
        const AdminResult bad = admin({ QStringLiteral("verify-store") });
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QStringLiteral("device %1, record seq 3").arg(first->id)),
            qPrintable(bad.err));
    }

    void migratesFromVersionOne()
    {
        QTemporaryDir dir;
        const QStringList store { QStringLiteral("--data"), dir.path() };
        QCOMPARE(runAdmin(store,
                     { QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("1") })
                     .out,
            QByteArray("schema version 1\n"));
        // Written directly: today's add-practitioner also writes the role, which version 1 lacks.
        QCOMPARE(runSql(dir.filePath(QStringLiteral("hearth.sqlite")),
                     { QStringLiteral("INSERT INTO practitioners VALUES ('hv-1', 'A', 'now')") }),
            QString());
        QCOMPARE(
            runAdmin(store, { QStringLiteral("migrate") }).out, QByteArray("schema version 8\n"));
        QCOMPARE(runAdmin(store,
                     { QStringLiteral("enrol-code"), QStringLiteral("--practitioner"),
                         QStringLiteral("hv-1") })
                     .exitCode,
            0);
        // A server refuses a store that is not at the latest schema.
        QTemporaryDir old;
        const QStringList oldStore { QStringLiteral("--data"), old.path() };
        QCOMPARE(runAdmin(oldStore,
                     { QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("1") })
                     .exitCode,
            0);
        ServerProcess server;
        QVERIFY(server.start(oldStore).contains(QStringLiteral("schema 1")));
    }

    // Step 3 scopes record ids to their device: records and chain heads survive it, the head's
    // record id is filled in, and another device may then store the same id.
    void migratesFromVersionTwo()
    {
        QTemporaryDir dir;
        const QStringList store { QStringLiteral("--data"), dir.path() };
        QCOMPARE(runAdmin(store,
                     { QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("2") })
                     .out,
            QByteArray("schema version 2\n"));
        const QString path = dir.filePath(QStringLiteral("hearth.sqlite"));
        const QString id1 = QStringLiteral("018f766f-f5c0-7000-8000-000000000001");
        const QString id2 = QStringLiteral("018f766f-f5c0-7000-8000-000000000002");
        QCOMPARE(runSql(path,
                     { QStringLiteral("INSERT INTO practitioners VALUES ('hv-1', 'A', 'now')"),
                         QStringLiteral("INSERT INTO devices (id, public_key, name, "
                                        "practitioner_id, enrolled_at, head_seq, head_hash) "
                                        "VALUES ('d1', 'k1', 'T', 'hv-1', 'now', 2, 'h2')"),
                         QStringLiteral("INSERT INTO devices (id, public_key, name, "
                                        "practitioner_id, enrolled_at, head_seq, head_hash) "
                                        "VALUES ('d2', 'k2', 'T', 'hv-1', 'now', 0, 'g')"),
                         QStringLiteral("INSERT INTO records VALUES ('%1', 'd1', 1, 'h1', "
                                        "'one', 'now')")
                             .arg(id1),
                         QStringLiteral("INSERT INTO records VALUES ('%1', 'd1', 2, 'h2', "
                                        "'two', 'now')")
                             .arg(id2) }),
            QString());
        QCOMPARE(
            runAdmin(store, { QStringLiteral("migrate") }).out, QByteArray("schema version 8\n"));
        QCOMPARE(runSql(path,
                     { QStringLiteral("INSERT INTO records VALUES ('%1', 'd2', 1, 'x', 'other', "
                                      "'now')")
                             .arg(id1) }),
            QString());
        QVERIFY(!runSql(path,
            { QStringLiteral("INSERT INTO records VALUES ('%1', 'd1', 3, 'x', 'again', 'now')")
                    .arg(id1) })
                     .isEmpty());
        const QString name = QStringLiteral("check-v3");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("SELECT id, head_id FROM devices ORDER BY id")));
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), id2);
            QVERIFY(query.next());
            QCOMPARE(query.value(1).toString(), QString());
            QVERIFY(query.exec(QStringLiteral(
                "SELECT envelope FROM records WHERE device_id = 'd1' ORDER BY seq")));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toByteArray(), QByteArray("one"));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toByteArray(), QByteArray("two"));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void initMakesThePrivateStore()
    {
        QTemporaryDir dir;
        // One folder init makes, one the operator made beforehand with the usual 0755.
        const QString made = dir.filePath(QStringLiteral("made/store"));
        const QString premade = dir.filePath(QStringLiteral("premade"));
        QVERIFY(QDir().mkpath(premade));
        QVERIFY(QFile::setPermissions(premade,
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther));
        for (const QString &folder : { made, premade }) {
            const QStringList store { QStringLiteral("--data"), folder };
            const AdminResult init = runAdmin(store, { QStringLiteral("init") });
            QVERIFY2(init.exitCode == 0, qPrintable(init.err));
            QCOMPARE(runAdmin(store,
                         { QStringLiteral("add-practitioner"), QStringLiteral("hv-1"),
                             QStringLiteral("A") })
                         .exitCode,
                0);
            QCOMPARE(QFileInfo(folder).permissions() & groupOrOthers, QFileDevice::Permissions());
            const QFileInfoList files = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
            QVERIFY(files.size() >= 2); // the database and the key, at least
            for (const QFileInfo &file : files) {
                QVERIFY2(!(file.permissions() & groupOrOthers), qPrintable(file.filePath()));
                QVERIFY(file.permissions() & QFileDevice::ReadOwner);
            }
            ServerProcess server;
            QCOMPARE(server.start(store), QString());
        }
    }

    void serverRefusesAnOpenStore_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("key readable by others") << "key";
        if (TestBackend::selected() == TestBackend::Kind::Sqlite) {
            QTest::newRow("data folder open to group") << "folder";
            QTest::newRow("database readable by group") << "database";
        }
    }
    void serverRefusesAnOpenStore()
    {
        QFETCH(QString, what);
        m_server->stop();
        const QString path = what == u"key"
            ? m_backend->dir() + QStringLiteral("/server-signing.key")
            : what == u"folder" ? m_backend->dir()
                                : m_backend->dir() + QStringLiteral("/hearth.sqlite");
        const QFileDevice::Permissions before = QFileInfo(path).permissions();
        QVERIFY(QFile::setPermissions(path, before | QFileDevice::ReadGroup));
        ServerProcess server;
        const QString refused = server.start(m_backend->storeArguments());
        QVERIFY2(refused.contains(QStringLiteral("chmod ")), qPrintable(refused));
        QVERIFY2(refused.contains(path), qPrintable(refused));
        QVERIFY(QFile::setPermissions(path, before));
        QCOMPARE(server.start(m_backend->storeArguments()), QString());
    }

    void initRefusesToRunTwice()
    {
        const AdminResult again = admin({ QStringLiteral("init") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("refusing to replace the server key")));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
