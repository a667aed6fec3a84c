// Issue 11's flags survive a re-sync: a year of a family's visits (docs/examples/history-maya.json)
// signed into a real vault by hearthctl, sent to the real hearth-server (SQLite and PostgreSQL),
// and judged again there by the console's own call: the agency sees the same flags, about the
// same subjects, naming the same records, as the tablet. The caseload feed does not bring a
// practitioner's own records back to another tablet, so the agency is where they travel to.
// Syncing again, each time from a vault hearthctl opens afresh, sends nothing twice and changes
// neither side.
#include "syncserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Passcode = QByteArrayLiteral("kettle-orchard-42");
const QString Maya = QStringLiteral("8a4e6c12-0d3b-4f5a-b7e1-2c9d5f3a7b10");
// The day after the last visit in the history, as docs/history-format.md reads it.
const QString At = QStringLiteral("2026-11-05T09:00:00.000Z");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// A flag as both sides must agree on it: its rule, its subject and the records behind it.
QStringList flagKeys(const QJsonArray &flags)
{
    QStringList keys;
    for (const QJsonValue &flag : flags) {
        QStringList evidence;
        for (const QJsonValue &id : flag[QLatin1String("evidence")].toArray())
            evidence.append(id.toString());
        keys.append(flag[QLatin1String("rule")].toString() + u'|'
            + flag[QLatin1String("subject")].toString() + u'|' + evidence.join(u','));
    }
    keys.sort();
    return keys;
}

QSet<QString> recordIds(const QList<QByteArray> &envelopes)
{
    QSet<QString> ids;
    for (const QByteArray &envelope : envelopes)
        ids.insert(QJsonDocument::fromJson(envelope)[QLatin1String("id")].toString());
    return ids;
}

} // namespace

class TestSyncFlags : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    QTemporaryDir m_keys;
    QTemporaryDir m_vault;

    Run ctl(const QStringList &arguments)
    {
        return run(QStringLiteral(HEARTH_CTL),
            arguments + QStringList { QStringLiteral("--dir"), m_vault.path() }, Passcode + '\n');
    }
    QJsonArray tabletFlags()
    {
        const Run shown = ctl({ QStringLiteral("chronology"), QStringLiteral("--child"), Maya,
            QStringLiteral("--at"), At, QStringLiteral("--json") });
        if (shown.exitCode != 0)
            qWarning() << shown.err;
        return QJsonDocument::fromJson(shown.out.toUtf8())[QLatin1String("flags")].toArray();
    }
    QJsonArray agencyFlags()
    {
        const Run judged = run(QStringLiteral(HEARTH_TEST_AGENCYFLAGS),
            m_server->storeArguments() << Maya << At, QByteArray());
        if (judged.exitCode != 0)
            qWarning() << judged.err;
        return QJsonDocument::fromJson(judged.out.toUtf8())[QLatin1String("flags")].toArray();
    }
    QList<QByteArray> localEnvelopes()
    {
        QList<QByteArray> lines
            = ctl({ QStringLiteral("records"), QStringLiteral("export") }).out.toUtf8().split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
    QString deviceId()
    {
        for (const QString &line :
            ctl({ QStringLiteral("device"), QStringLiteral("show") }).out.split(u'\n'))
            if (line.startsWith(QStringLiteral("device id: ")))
                return line.mid(11);
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
    }
    void cleanup() { m_server.reset(); }

    void theAgencyJudgesTheSameFlags()
    {
        // The agency's caseload holds the children as the history's own caseload member has them
        // (the dates of birth and disabilities the age and condition rules read). The adults
        // added on the tablet reach the agency as profile records, not as caseload entries.
        QFile history(QStringLiteral(HEARTH_HISTORY));
        QVERIFY(history.open(QIODevice::ReadOnly));
        const QJsonObject family
            = QJsonDocument::fromJson(history.readAll())[QLatin1String("caseload")].toObject();
        const QJsonObject caseload { { QStringLiteral("households"),
                                         family[QLatin1String("households")] },
            { QStringLiteral("children"), family[QLatin1String("children")] } };
        QVERIFY(!caseload[QLatin1String("children")].toArray().isEmpty());
        QFile file(m_keys.filePath(QStringLiteral("caseload.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(caseload).toJson());
        file.close();
        const AdminResult imported = m_server->admin({ QStringLiteral("import"), file.fileName(),
            QStringLiteral("--assign-to"), QStringLiteral("hv-0042") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        const Run keygen = run(QStringLiteral(HEARTH_CTL),
            { QStringLiteral("vault"), QStringLiteral("keygen"), QStringLiteral("--public"),
                m_keys.filePath(QStringLiteral("agency.pub")), QStringLiteral("--secret"),
                m_keys.filePath(QStringLiteral("agency.secret")) },
            QByteArray());
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        const Run made = ctl({ QStringLiteral("vault"), QStringLiteral("init"),
            QStringLiteral("--kdf"), QStringLiteral("interactive"),
            QStringLiteral("--recovery-key"), m_keys.filePath(QStringLiteral("agency.pub")) });
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const Run demo = ctl({ QStringLiteral("demo"), QStringLiteral("--history"),
            QStringLiteral(HEARTH_HISTORY) });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run enrolled = ctl({ QStringLiteral("enrol"), QStringLiteral("--server"),
            m_server->url().toString(), QStringLiteral("--code"), m_server->newCode() });
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));

        const QList<QByteArray> local = localEnvelopes();
        QVERIFY(local.size() >= 10); // ten visits at least
        const Run first = ctl({ QStringLiteral("sync") });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("sent: %1\n").arg(local.size())),
            qPrintable(first.out));
        QVERIFY(first.out.contains(QStringLiteral("waiting: 0\n")));
        const QString device = deviceId();
        QVERIFY(!device.isEmpty());
        QCOMPARE(m_server->exported(device), local);

        // The tablet's flags: the seven docs/history-format.md names, each with its records.
        const QJsonArray onTablet = tabletFlags();
        const QStringList tabletKeys = flagKeys(onTablet);
        QVERIFY2(onTablet.size() >= 7, qPrintable(tabletKeys.join(u'\n')));
        const QSet<QString> held = recordIds(local);
        for (const QJsonValue &flag : onTablet) {
            const QJsonArray evidence = flag[QLatin1String("evidence")].toArray();
            QVERIFY(!evidence.isEmpty());
            for (const QJsonValue &id : evidence)
                QVERIFY2(held.contains(id.toString()), qPrintable(id.toString()));
        }
        // The agency's: the same rules, subjects and evidence, and the same words.
        QCOMPARE(flagKeys(agencyFlags()), tabletKeys);
        QCOMPARE(agencyFlags(), onTablet);

        // Again with nothing new, then once more: each hearthctl run unlocks the vault afresh,
        // as the app does after it was locked. Nothing is sent twice, neither side changes.
        for (int again = 0; again < 2; ++again) {
            const Run next = ctl({ QStringLiteral("sync") });
            QVERIFY2(next.exitCode == 0, qPrintable(next.err));
            QVERIFY2(next.out.contains(QStringLiteral("sent: 0\n")), qPrintable(next.out));
            QVERIFY(next.out.contains(QStringLiteral("waiting: 0\n")));
            QCOMPARE(localEnvelopes(), local);
            QCOMPARE(m_server->exported(device), local);
            QCOMPARE(m_server->device(device).value(QStringLiteral("headSeq")).toInteger(),
                qint64(local.size()));
            QCOMPARE(tabletFlags(), onTablet);
            QCOMPARE(agencyFlags(), onTablet);
        }
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncFlags)
#include "tst_syncflags.moc"
