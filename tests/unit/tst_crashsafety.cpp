#include "vault/database.h"
#include "vault/migrations.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

using namespace hearth;

// A writer killed with SIGKILL at random points never loses a row it reported committed and
// never leaves a damaged database.
class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        DataKey key;
        key.randomise();
        {
            auto db = Database::open(path, key, Database::OpenMode::CreateNew, 0);
            QVERIFY(db);
            QVERIFY(Migrations::migrate(*db));
        }
        char hex[65];
        sodium_bin2hex(hex, sizeof hex, key.data(), DataKey::size);
        const QByteArray keyLine = QByteArray(hex) + '\n';
        sodium_memzero(hex, sizeof hex);

        QSet<qint64> reported;
        qint64 nextId = 1;
        QRandomGenerator random(20261122); // fixed seed: a failure can be replayed
        constexpr int Runs = 200;
        for (int run = 0; run < Runs; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(HEARTH_VAULT_WRITER), { path, QString::number(nextId) });
            QVERIFY(writer.waitForStarted());
            writer.write(keyLine);
            QVERIFY(writer.waitForReadyRead(10000));
            QTest::qWait(int(random.bounded(1, 40)));
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = writer.readAllStandardOutput().split('\n');
            for (const QByteArray &line : lines) {
                bool ok = false;
                const qint64 id = line.toLongLong(&ok);
                if (ok) {
                    reported.insert(id);
                    nextId = std::max(nextId, id + 1);
                }
            }
            nextId += 1000; // a row committed but not yet reported must not collide
        }
        QVERIFY2(reported.size() > Runs, "the writer should have committed rows in most runs");

        auto db = Database::open(path, key, Database::OpenMode::ExistingOnly, 3);
        QVERIFY(db);
        QCOMPARE(
            db->scalarText(QStringLiteral("PRAGMA integrity_check")).value(), QStringLiteral("ok"));
        auto select = db->prepare(QStringLiteral("SELECT id FROM draft"));
        QVERIFY(select);
        QSet<qint64> stored;
        for (auto row = select->step(); row && row.value(); row = select->step())
            stored.insert(select->text(0).toLongLong());
        for (qint64 id : std::as_const(reported))
            QVERIFY2(stored.contains(id),
                qPrintable(QStringLiteral("row %1 was reported committed but is missing").arg(id)));
        qInfo("%lld rows reported committed across %d kills; all present", qint64(reported.size()),
            Runs);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
