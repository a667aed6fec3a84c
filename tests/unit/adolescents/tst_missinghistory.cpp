#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The adolescent example history (docs/examples/history-missing.json) signed by `hearthctl demo
// --history` into a real vault, then read back by `hearthctl chronology` in another process: the
// two adolescent flags with the records behind them, in English and Welsh, and neither before
// the history warrants it. A history whose interview names no episode is refused whole.
class TestMissingHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_vault;
    const QByteArray m_passcode = "missing-kettle-9\n";
    const QString m_kai = QStringLiteral("6e3f9a51-8b2c-4d4e-9f0a-1b2c3d4e5f61");

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
    QJsonObject kaiAt(const QString &at, const QString &language = QStringLiteral("en"))
    {
        const Run r = run({ QStringLiteral("chronology"), QStringLiteral("--dir"), m_vault,
                              QStringLiteral("--child"), m_kai, QStringLiteral("--json"),
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
    // Record ids of the entries of `kind`, oldest first.
    static QStringList recordsOf(const QJsonObject &chronology, const QString &kind)
    {
        QStringList out;
        for (const QJsonValue &entry : chronology.value(QStringLiteral("entries")).toArray())
            if (entry[QStringLiteral("kind")] == kind)
                out.prepend(entry[QStringLiteral("record")].toString());
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
        QVERIFY(signedRun.out.contains("4 dated records"));
    }

    void exampleRaisesBothFlags()
    {
        const QJsonObject kai = kaiAt(QStringLiteral("2026-05-01T09:00:00Z"));
        const QStringList episodes = recordsOf(kai, QStringLiteral("going-missing"));
        QCOMPARE(episodes.size(), 2);
        QCOMPARE(recordsOf(kai, QStringLiteral("return-home-interview")).size(), 2);
        QCOMPARE(recordsOf(kai, QStringLiteral("exploitation-context")).size(), 4);
        const auto flags = flagsByRule(kai);
        QCOMPARE(flags.keys(),
            (QStringList {
                QStringLiteral("missing-repeat"), QStringLiteral("return-interview-late") }));
        QCOMPARE(strings(flags.value(QStringLiteral("missing-repeat"))[QStringLiteral("evidence")]),
            episodes);
        QCOMPARE(flags.value(QStringLiteral("missing-repeat"))[QStringLiteral("says")].toString(),
            QStringLiteral("Missing 2 times within 90 days (02/02/2026 to 12/04/2026): going "
                           "missing is often the first step towards harm."));
        // Offered 78.5 hours after Kai came back the second time; the first was in time.
        const QJsonObject late = flags.value(QStringLiteral("return-interview-late"));
        QCOMPARE(strings(late[QStringLiteral("evidence")]), QStringList { episodes.at(1) });
        QCOMPARE(late[QStringLiteral("from")].toString(), QStringLiteral("2026-04-12"));

        const auto cy
            = flagsByRule(kaiAt(QStringLiteral("2026-05-01T09:00:00Z"), QStringLiteral("cy")));
        QVERIFY(cy.value(QStringLiteral("return-interview-late"))[QStringLiteral("says")]
                    .toString()
                    .startsWith(QStringLiteral("Dim cyfweliad dychwelyd adref")));
        // Another process, the vault opened again: the same chronology and flags.
        QCOMPARE(kaiAt(QStringLiteral("2026-05-01T09:00:00Z")), kai);
    }

    void notBeforeItHappened()
    {
        // After the first episode and its timely interview: nothing.
        QVERIFY(flagsByRule(kaiAt(QStringLiteral("2026-03-01T09:00:00Z"))).isEmpty());
        // Back the second time 71 hours ago, interview not yet offered: not late yet.
        const auto flags = flagsByRule(kaiAt(QStringLiteral("2026-04-15T06:30:00Z")));
        QVERIFY(flags.contains(QStringLiteral("missing-repeat")));
        QVERIFY(!flags.contains(QStringLiteral("return-interview-late")));
    }

    void interviewWithoutEpisodeIsRefused()
    {
        QFile file(QStringLiteral(HISTORY_EXAMPLE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject history = QJsonDocument::fromJson(file.readAll()).object();
        QJsonArray entries = history.value(QStringLiteral("entries")).toArray();
        QJsonObject interview = entries.at(1).toObject();
        QJsonObject body = interview.value(QStringLiteral("body")).toObject();
        body.insert(QStringLiteral("episode"), QStringLiteral("$.entries[1]"));
        interview.insert(QStringLiteral("body"), body);
        entries.replace(1, interview);
        history.insert(QStringLiteral("entries"), entries);
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QJsonDocument(history).toJson());
        bad.close();
        const QString other = m_dir.filePath(QStringLiteral("other"));
        const Run r = run({ QStringLiteral("demo"), QStringLiteral("--dir"), other,
                              QStringLiteral("--history"), path },
            m_passcode);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("$.entries[1].body.episode")), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("nothing was signed")));
    }
};

QTEST_GUILESS_MAIN(TestMissingHistory)
#include "tst_missinghistory.moc"
