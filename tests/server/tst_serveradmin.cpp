// hearth-admin against a real store: caseload import (JSON and CSV, errors with line numbers,
// nothing written on error), export byte for byte, verify-store finding damage, device listing
// and the schema migration from version 1.
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QFile>
#include <QTest>

#include <cstdio>

using namespace hearth;

namespace {
QString dataFile(const char *name)
{
    return QStringLiteral(HEARTH_SERVER_TEST_DATA "/") + QString::fromLatin1(name);
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
        if (file == u"reference.csv" || file == u"syntax.json") {
            QFile out(m_backend->dir() + u'/' + file);
            QVERIFY(out.open(QIODevice::WriteOnly));
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
        QCOMPARE(
            runAdmin(store,
                { QStringLiteral("add-practitioner"), QStringLiteral("hv-1"), QStringLiteral("A") })
                .exitCode,
            0);
        QCOMPARE(
            runAdmin(store, { QStringLiteral("migrate") }).out, QByteArray("schema version 2\n"));
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

    void initRefusesToRunTwice()
    {
        const AdminResult again = admin({ QStringLiteral("init") });
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("refusing to replace the server key")));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerAdmin)
#include "tst_serveradmin.moc"
