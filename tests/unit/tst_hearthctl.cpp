#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    static QJsonObject example()
    {
        QFile file(QStringLiteral(HISTORY_EXAMPLE));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }
    static QStringList exportLines(const QString &dir, const QByteArray &passcode)
    {
        return run(
            { QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--dir"), dir },
            passcode)
            .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
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

    // The example history signs into a real vault: every record verifies, each created at its
    // entry's moment.
    void historyFromFile()
    {
        const QString dir = path("history");
        const QByteArray passcode = "history-teapot-7\n";
        const QStringList history { QStringLiteral("demo"), QStringLiteral("--dir"), dir,
            QStringLiteral("--history"), QStringLiteral(HISTORY_EXAMPLE) };
        Run signedRun = run(history, passcode);
        QCOMPARE(signedRun.exitCode, 0);
        QVERIFY2(signedRun.out.contains(QLatin1String("DEMO DATA: 11 dated records")),
            qPrintable(signedRun.out + signedRun.err));

        const QJsonArray entries = example().value(QStringLiteral("entries")).toArray();
        const QStringList lines = exportLines(dir, passcode);
        QCOMPARE(lines.size(), entries.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject envelope = QJsonDocument::fromJson(lines[i].toUtf8()).object();
            const QString at = entries[i].toObject().value(QStringLiteral("at")).toString();
            QCOMPARE(envelope.value(QStringLiteral("created")).toString(),
                at.left(19) + QStringLiteral(".000Z"));
            QCOMPARE(envelope.value(QStringLiteral("author")).toString(),
                entries[i].toObject().value(QStringLiteral("practitioner")).toString());
            const QJsonObject body = envelope.value(QStringLiteral("body")).toObject();
            QCOMPARE(body.value(QStringLiteral("demo")).toBool(), true);
            // The one life event (signed as the app signs one) among the visits.
            if (envelope.value(QStringLiteral("kind")) == QStringLiteral("life-event")) {
                QCOMPARE(body.value(QStringLiteral("format")).toInt(), 1);
                QCOMPARE(
                    body.value(QStringLiteral("type")).toString(), QStringLiteral("new-partner"));
                continue;
            }
            QCOMPARE(body.value(QStringLiteral("format")).toInt(), 4);
            QCOMPARE(body.value(QStringLiteral("review"))[QStringLiteral("status")].toString(),
                QStringLiteral("complete"));
        }

        // The child's words stay a quote, exactly as the app signs them.
        QVERIFY(lines.last().contains(
            QLatin1String("\"childsWords\":{\"by\":\"child\",\"quote\":\"dog\"}")));

        Run device = run(
            { QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--dir"), dir },
            passcode);
        const QString key
            = device.out.section(QLatin1String("public key: "), 1).section(QLatin1Char('\n'), 0, 0);
        const QString file = path("history.jsonl");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
        out.close();
        Run verified = run({ QStringLiteral("records"), QStringLiteral("verify"), file,
            QStringLiteral("--public-key"), key });
        QCOMPARE(verified.exitCode, 0);
        QVERIFY(verified.out.startsWith(QLatin1String("11 records verified")));

        // Signed again, the history would come before what the vault holds.
        Run again = run(history, passcode);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("$.entries[0].at")), qPrintable(again.err));
        QCOMPARE(exportLines(dir, passcode), lines);
    }

    // A bad history is refused whole, naming the entry and the member; the vault is unchanged.
    void historyRefusals_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("named");
        QTest::newRow("bad date") << "bad-date"
                                  << "$.entries[2].at";
        QTest::newRow("out of order") << "order"
                                      << "$.entries[3].at";
        QTest::newRow("invalid body member") << "seen"
                                             << "$.entries[1].body.seeing.seen";
        QTest::newRow("unknown member") << "typo"
                                        << "$.entries[4].body.seeing.seenAlon";
        QTest::newRow("incomplete visit") << "incomplete"
                                          << "$.entries[0].body.neglect.dental";
        QTest::newRow("unknown child") << "child"
                                       << "$.entries[5].child";
        QTest::newRow("future") << "future"
                                << "$.entries[10].at";
    }
    void historyRefusals()
    {
        QFETCH(QString, change);
        QFETCH(QString, named);
        const QString dir = path("refusals");
        const QByteArray passcode = "refusal-kettle-9\n";
        if (!QFile::exists(dir + QStringLiteral("/hearth.key"))) {
            QCOMPARE(
                run({ QStringLiteral("vault"), QStringLiteral("keygen"), QStringLiteral("--public"),
                        path("refusal.pub"), QStringLiteral("--secret"), path("refusal.secret") })
                    .exitCode,
                0);
            QCOMPARE(run({ QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf"),
                             QStringLiteral("interactive"), QStringLiteral("--recovery-key"),
                             path("refusal.pub"), QStringLiteral("--dir"), dir },
                         passcode)
                         .exitCode,
                0);
        }
        QJsonObject history = example();
        QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        auto edit = [&](qsizetype i, const std::function<void(QJsonObject &)> &how) {
            QJsonObject entry = entries[i].toObject();
            how(entry);
            entries[i] = entry;
        };
        auto editSeeing = [&](qsizetype i, const QString &key, const QJsonValue &value) {
            edit(i, [&](QJsonObject &entry) {
                QJsonObject body = entry.value(QStringLiteral("body")).toObject();
                QJsonObject seeing = body.value(QStringLiteral("seeing")).toObject();
                seeing.insert(key, value);
                body.insert(QStringLiteral("seeing"), seeing);
                entry.insert(QStringLiteral("body"), body);
            });
        };
        if (change == u"bad-date")
            edit(2, [](QJsonObject &e) {
                e.insert(QStringLiteral("at"), QStringLiteral("2026-02-30T10:00:00Z"));
            });
        else if (change == u"order")
            edit(3, [](QJsonObject &e) {
                e.insert(QStringLiteral("at"), QStringLiteral("2026-01-01T10:00:00Z"));
            });
        else if (change == u"seen")
            editSeeing(1, QStringLiteral("seen"), QStringLiteral("yes"));
        else if (change == u"typo")
            editSeeing(4, QStringLiteral("seenAlon"), false);
        else if (change == u"incomplete")
            edit(0, [](QJsonObject &e) {
                QJsonObject body = e.value(QStringLiteral("body")).toObject();
                QJsonObject neglect = body.value(QStringLiteral("neglect")).toObject();
                QJsonObject ratings = neglect.value(QStringLiteral("ratings")).toObject();
                ratings.remove(QStringLiteral("dental"));
                neglect.insert(QStringLiteral("ratings"), ratings);
                body.insert(QStringLiteral("neglect"), neglect);
                e.insert(QStringLiteral("body"), body);
            });
        else if (change == u"child")
            edit(5, [](QJsonObject &e) {
                e.insert(QStringLiteral("child"),
                    QStringLiteral("00000000-0000-4000-8000-000000000000"));
                QJsonObject body = e.value(QStringLiteral("body")).toObject();
                body.remove(QStringLiteral("child"));
                e.insert(QStringLiteral("body"), body);
            });
        else if (change == u"future") // the last entry
            edit(10, [](QJsonObject &e) {
                e.insert(QStringLiteral("at"), QStringLiteral("2999-01-01T10:00:00Z"));
            });
        history.insert(QStringLiteral("entries"), entries);
        const QString file = path("refused.json");
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(QJsonDocument(history).toJson());
        out.close();

        const QStringList check { QStringLiteral("vault"), QStringLiteral("check"),
            QStringLiteral("--dir"), dir };
        const QString before = run(check, passcode).out;
        Run refused = run({ QStringLiteral("demo"), QStringLiteral("--dir"), dir,
                              QStringLiteral("--history"), file },
            passcode);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(named), qPrintable(refused.err));
        QVERIFY2(
            refused.err.contains(QLatin1String("nothing was signed")), qPrintable(refused.err));
        QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
        QCOMPARE(run(check, passcode).out, before); // the same rows in every table
        QVERIFY(before.contains(QLatin1String("rows signed_record: 0")));
        QVERIFY(exportLines(dir, passcode).isEmpty());
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
