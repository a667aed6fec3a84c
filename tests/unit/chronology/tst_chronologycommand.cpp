#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `hearthctl chronology` over the example history, signed into a real vault by `hearthctl demo
// --history`: the flags the example is written to raise, each with the records behind it, the
// same after the vault is closed and opened again.
class TestChronologyCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    const QByteArray m_passcode = "chronology-kettle-9\n";
    const QString m_maya = QStringLiteral("8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b10");

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    static Run run(const QStringList &args, const QByteArray &input)
    {
        QProcess process;
        process.start(QStringLiteral(HEARTHCTL), args);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError()) };
    }
    Run chronology(const QStringList &more, const QByteArray &passcode)
    {
        return run(
            QStringList { QStringLiteral("chronology"), QStringLiteral("--dir"), m_vault } + more,
            passcode);
    }
    QJsonObject mayaAt(const QString &at, const QString &language = QStringLiteral("en"))
    {
        const Run r
            = chronology({ QStringLiteral("--child"), m_maya, QStringLiteral("--json"),
                             QStringLiteral("--at"), at, QStringLiteral("--language"), language },
                m_passcode);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object();
    }
    static QMap<QString, QJsonObject> flagsByRule(const QJsonObject &chronology)
    {
        QMap<QString, QJsonObject> out;
        for (const QJsonValue &flag : chronology.value(QStringLiteral("flags")).toArray())
            out.insert(flag[QStringLiteral("rule")].toString(), flag.toObject());
        return out;
    }
    static QStringList strings(const QJsonValue &array)
    {
        QStringList out;
        for (const QJsonValue &v : array.toArray())
            out.append(v.toString());
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_vault = m_dir.filePath(QStringLiteral("vault"));
        const Run signedRun
            = run({ QStringLiteral("demo"), QStringLiteral("--dir"), m_vault,
                      QStringLiteral("--history"), QStringLiteral(HISTORY_EXAMPLE) },
                m_passcode);
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));
    }

    void exampleRaisesItsFlags()
    {
        const QJsonObject maya = mayaAt(QStringLiteral("2026-11-05T09:00:00Z"));
        const QJsonObject built = maya.value(QStringLiteral("builtFrom")).toObject();
        // Ten visits and the life event Jade told of on 8 July.
        QCOMPARE(built.value(QStringLiteral("records")).toInt(), 11);
        QCOMPARE(built.value(QStringLiteral("verified")).toInt(), 11);
        const auto flags = flagsByRule(maya);
        QCOMPARE(QSet<QString>(flags.keyBegin(), flags.keyEnd()),
            (QSet<QString> { QStringLiteral("was-not-brought-second"),
                QStringLiteral("was-not-brought-third"), QStringLiteral("not-seen-running"),
                QStringLiteral("co-operation-falling"), QStringLiteral("adversities"),
                QStringLiteral("repeated-concern"), QStringLiteral("life-event-after-concern") }));

        // The evidence is the records that say so: the two visits where Maya was not seen.
        QStringList notSeen;
        const QJsonArray entries = maya.value(QStringLiteral("entries")).toArray();
        QString previous = QStringLiteral("9999-12-31");
        for (const QJsonValue &entry : entries) {
            const QString date = entry[QStringLiteral("date")].toString();
            QVERIFY2(date <= previous, "entries are newest first");
            previous = date;
            QCOMPARE(entry[QStringLiteral("signature")].toString(), QStringLiteral("verified"));
            if (entry[QStringLiteral("kind")] == QStringLiteral("visit")
                && entry[QStringLiteral("seen")] == false)
                notSeen.prepend(entry[QStringLiteral("record")].toString());
        }
        QCOMPARE(notSeen.size(), 2);
        const QJsonObject running = flags.value(QStringLiteral("not-seen-running"));
        QCOMPARE(strings(running.value(QStringLiteral("evidence"))), notSeen);
        QCOMPARE(running.value(QStringLiteral("says")).toString(),
            QStringLiteral(
                "The child was not seen at 2 visits running (15/04/2026 to 28/04/2026)."));
        QVERIFY(!running.value(QStringLiteral("acknowledged")).toBool());
        QVERIFY(flags.value(QStringLiteral("life-event-after-concern"))
                    .value(QStringLiteral("says"))
                    .toString()
                    .contains(QStringLiteral("Carol died")));
        // The new partner, dated the day he moved in, not the visit that heard of it.
        bool partner = false;
        for (const QJsonValue &entry : entries)
            partner |= entry[QStringLiteral("kind")] == QStringLiteral("life-event")
                && entry[QStringLiteral("category")] == QStringLiteral("new-partner")
                && entry[QStringLiteral("date")] == QStringLiteral("2026-04-10");
        QVERIFY(partner);
        bool quoted = false;
        for (const QJsonValue &entry : entries)
            quoted |= entry[QStringLiteral("kind")] == QStringLiteral("childs-words")
                && entry[QStringLiteral("text")] == QStringLiteral("dog");
        QVERIFY(quoted);

        // Closed and opened again: the same chronology and flags, byte for byte.
        QCOMPARE(mayaAt(QStringLiteral("2026-11-05T09:00:00Z")), maya);
        // In Welsh, from the pack.
        const auto cy
            = flagsByRule(mayaAt(QStringLiteral("2026-11-05T09:00:00Z"), QStringLiteral("cy")));
        QCOMPARE(
            cy.value(QStringLiteral("not-seen-running")).value(QStringLiteral("says")).toString(),
            QStringLiteral(
                "Ni welwyd y plentyn mewn 2 ymweliad yn olynol (15/04/2026 i 28/04/2026)."));
    }

    // Judged before the second visit where Maya was not seen, the pattern is not there yet.
    void notBeforeItHappened()
    {
        const auto flags = flagsByRule(mayaAt(QStringLiteral("2026-04-20T09:00:00Z")));
        QVERIFY(!flags.contains(QStringLiteral("not-seen-running")));
        QVERIFY(!flags.contains(QStringLiteral("life-event-after-concern")));
        QVERIFY(flags.contains(QStringLiteral("was-not-brought-third")));
    }

    // Between the visit where Ryan first appears and the one where he is spoken to.
    void newAdultUntilSpokenTo()
    {
        const QJsonObject maya = mayaAt(QStringLiteral("2026-06-01T09:00:00Z"));
        const QJsonObject flag = flagsByRule(maya).value(QStringLiteral("new-adult-not-seen"));
        QVERIFY2(flag.value(QStringLiteral("says")).toString().contains(QStringLiteral("Ryan")),
            QJsonDocument(flag).toJson().constData());
        QCOMPARE(flag.value(QStringLiteral("from")).toString(), QStringLiteral("2026-05-13"));
        QCOMPARE(strings(flag.value(QStringLiteral("evidence"))).size(), 1);
        QVERIFY(!flagsByRule(mayaAt(QStringLiteral("2026-07-09T09:00:00Z")))
                     .contains(QStringLiteral("new-adult-not-seen")));
    }

    void caseloadFlags()
    {
        const Run r = chronology({ QStringLiteral("--flags"), QStringLiteral("--at"),
                                     QStringLiteral("2026-11-05T09:00:00Z") },
            m_passcode);
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(
            out.contains(QStringLiteral("Maya Fenwick-Example (%1): 7 flags, 7 not acknowledged")
                             .arg(m_maya)),
            qPrintable(out));
        QVERIFY(out.contains(QStringLiteral(
            "Tyler Fenwick-Example (8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b11): 0 flags")));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("passcode");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        const QByteArray good = "chronology-kettle-9\n";
        QTest::newRow("unknown child")
            << QStringList { QStringLiteral("--child"), QStringLiteral("nobody") } << good << 1
            << "no child nobody";
        QTest::newRow("wrong passcode") << QStringList { QStringLiteral("--flags") }
                                        << QByteArray("not-the-passcode-1\n") << 1 << "";
        QTest::newRow("neither child nor flags")
            << QStringList {} << good << 2 << "--child ID or --flags";
        QTest::newRow("time not UTC") << QStringList { QStringLiteral("--flags"),
            QStringLiteral("--at"), QStringLiteral("2026-11-05T09:00:00") }
                                      << good << 2 << "--at must be a UTC time";
        QTest::newRow("unknown language") << QStringList { QStringLiteral("--flags"),
            QStringLiteral("--language"), QStringLiteral("fr") }
                                          << good << 2 << "--language must be en or cy";
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, passcode);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const Run r = chronology(args, passcode);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChronologyCommand)
#include "tst_chronologycommand.moc"
