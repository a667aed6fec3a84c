#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The support command end to end, as a separate process with passcodes on stdin.
class TestHearthctl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(QStringLiteral(HEARTHCTL), args);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError()) };
    }

private Q_SLOTS:
    void lifecycle()
    {
        const QString dir = path("vault");
        QCOMPARE(
            run({ QStringLiteral("vault"), QStringLiteral("keygen"), QStringLiteral("--public"),
                    path("agency.pub"), QStringLiteral("--secret"), path("agency.secret") })
                .exitCode,
            0);
        const QStringList common { QStringLiteral("--dir"), dir };
        const QStringList init = QStringList { QStringLiteral("vault"), QStringLiteral("init"),
            QStringLiteral("--kdf"), QStringLiteral("interactive"),
            QStringLiteral("--recovery-key"), path("agency.pub") }
            + common;

        Run weak = run(init, "12345678\n");
        QCOMPARE(weak.exitCode, 1);
        QVERIFY(weak.err.contains(QLatin1String("passcode rejected")));
        QVERIFY(!QDir(dir).exists(QStringLiteral("hearth.key")));

        QCOMPARE(run(init, "meadow-biscuit-9\n").exitCode, 0);
        Run again = run(init, "meadow-biscuit-9\n");
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.count(QLatin1Char('\n')), 1); // one-line reason

        const QStringList check
            = QStringList { QStringLiteral("vault"), QStringLiteral("check") } + common;
        Run ok = run(check, "meadow-biscuit-9\n");
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QLatin1String("integrity: ok")));
        QVERIFY(ok.out.contains(QLatin1String("schema version: ")));
        QVERIFY(ok.out.contains(QLatin1String("SQLCipher: ")));
        QVERIFY(ok.out.contains(QLatin1String("rows vault_meta: 2")));

        Run wrong = run(check, "not-the-passcode\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QLatin1String("not right")));

        QCOMPARE(run(QStringList { QStringLiteral("vault"), QStringLiteral("passcode") } + common,
                     "meadow-biscuit-9\nriver-teapot-31\n")
                     .exitCode,
            0);
        QCOMPARE(run(check, "meadow-biscuit-9\n").exitCode, 1);
        QCOMPARE(run(check, "river-teapot-31\n").exitCode, 0);

        QCOMPARE(run(QStringList { QStringLiteral("vault"), QStringLiteral("recover"),
                         QStringLiteral("--recovery-secret"), path("agency.pub") }
                         + common,
                     "garden-lamp-77\n")
                     .exitCode,
            1);
        Run recovered = run(QStringList { QStringLiteral("vault"), QStringLiteral("recover"),
                                QStringLiteral("--recovery-secret"), path("agency.secret") }
                + common,
            "garden-lamp-77\n");
        QCOMPARE(recovered.exitCode, 0);
        QCOMPARE(run(check, "garden-lamp-77\n").exitCode, 0);
    }

    void demoExportAndVerify()
    {
        const QString dir = path("demo");
        const QByteArray passcode = "demo-kettle-2026\n";
        Run demo = run(
            { QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--children"),
                QStringLiteral("3"), QStringLiteral("--visits"), QStringLiteral("2") },
            passcode);
        QCOMPARE(demo.exitCode, 0);
        QVERIFY(demo.out.contains(QLatin1String("DEMO DATA")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/demo-recovery/DEMO-ONLY-recovery.secret")));

        Run device = run(
            { QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--dir"), dir },
            passcode);
        QCOMPARE(device.exitCode, 0);
        const QString key
            = device.out.section(QLatin1String("public key: "), 1).section(QLatin1Char('\n'), 0, 0);
        QCOMPARE(key.size(), 64);
        QVERIFY(device.out.contains(QLatin1String("signed records: 6")));

        Run exported = run(
            { QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--dir"), dir },
            passcode);
        QCOMPARE(exported.exitCode, 0);
        QStringList lines = exported.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        // Demo visits are signed through the app's body builder: each carries the child's words
        // as a quote, exactly as the app signs them, and the export gives them byte for byte.
        for (const QString &line : lines)
            QVERIFY2(line.contains(QLatin1String("\"childsWords\":{\"by\":\"child\",\"quote\":"
                                                 "\"Demo words: I like the swings.\"}")),
                qPrintable(line.left(200)));
        Run since
            = run({ QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--dir"),
                      dir, QStringLiteral("--since"), QStringLiteral("4") },
                passcode);
        QCOMPARE(since.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts), lines.mid(4));

        const QString file = path("records.jsonl");
        auto verify = [&](const QStringList &records) {
            QFile out(file);
            out.open(QIODevice::WriteOnly | QIODevice::Truncate);
            out.write(records.join(QLatin1Char('\n')).toUtf8() + '\n');
            out.close();
            return run({ QStringLiteral("records"), QStringLiteral("verify"), file,
                QStringLiteral("--public-key"), key });
        };
        Run good = verify(lines);
        QCOMPARE(good.exitCode, 0);
        QVERIFY(good.out.startsWith(QLatin1String("6 records verified")));

        QStringList tampered = lines;
        tampered[2].replace(QLatin1String("DEMO DATA."), QLatin1String("DEMO DATA!"));
        Run bad = verify(tampered);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(QLatin1String("line 3")), qPrintable(bad.err));

        QStringList gap = lines;
        gap.removeAt(1);
        Run missing = verify(gap);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QLatin1String("line 2")), qPrintable(missing.err));

        Run wrongKey = run({ QStringLiteral("records"), QStringLiteral("verify"), file,
            QStringLiteral("--public-key"), QString(64, QLatin1Char('a')) });
        QCOMPARE(wrongKey.exitCode, 1);
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("vault"), QStringLiteral("check") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("vault"), QStringLiteral("frobnicate"),
                         QStringLiteral("--dir"), path("vault") })
                     .exitCode,
            2);
        Run missing = run({ QStringLiteral("vault"), QStringLiteral("check"),
            QStringLiteral("--dir"), path("nothing-here") });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.err.contains(QLatin1String("no Hearth vault")));
    }
};

QTEST_GUILESS_MAIN(TestHearthctl)
#include "tst_hearthctl.moc"
