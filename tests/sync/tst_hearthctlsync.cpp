// hearthctl enrol and sync, end to end: the real hearthctl binary on a real vault against the
// real hearth-server (SQLite and PostgreSQL), over plain loopback HTTP and over TLS. The test
// process never opens the vault itself; it asks hearthctl, as a support person would.
#include "syncserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray Passcode = QByteArrayLiteral("kettle-orchard-42");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// "AB:CD:..." written out independently of the code under test.
QString fingerprint(const QString &pinHex)
{
    QString grouped;
    for (qsizetype i = 0; i < pinHex.size(); i += 2)
        grouped += (i ? QStringLiteral(":") : QString()) + pinHex.mid(i, 2).toUpper();
    return grouped;
}

} // namespace

class TestHearthctlSync : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<QTemporaryDir> m_keys;
    bool m_leaked = false;

    Run ctl(const QStringList &arguments, const QByteArray &input = Passcode + '\n')
    {
        QProcess process;
        process.start(QStringLiteral(HEARTH_CTL), arguments);
        Run run;
        if (!process.waitForStarted(10000))
            return run;
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        if (run.out.contains(QString::fromUtf8(Passcode))
            || run.err.contains(QString::fromUtf8(Passcode)))
            m_leaked = true;
        return run;
    }

    // A new vault in `dir` with two signed demo visits for each of `children` children.
    QString makeVault(const QString &dir, int children = 0)
    {
        const Run init = ctl({ QStringLiteral("vault"), QStringLiteral("init"),
            QStringLiteral("--dir"), dir, QStringLiteral("--kdf"), QStringLiteral("interactive"),
            QStringLiteral("--recovery-key"), m_keys->filePath(QStringLiteral("agency.pub")) });
        if (init.exitCode != 0)
            return QStringLiteral("vault init: ") + init.err;
        if (children == 0)
            return {};
        const Run demo = ctl(
            { QStringLiteral("demo"), QStringLiteral("--dir"), dir, QStringLiteral("--children"),
                QString::number(children), QStringLiteral("--visits"), QStringLiteral("2") });
        return demo.exitCode == 0 ? QString() : QStringLiteral("demo: ") + demo.err;
    }

    QString deviceId(const QString &dir)
    {
        const Run show = ctl(
            { QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("--dir"), dir });
        for (const QString &line : show.out.split(u'\n'))
            if (line.startsWith(QStringLiteral("device id: ")))
                return line.mid(11);
        return {};
    }

    QList<QByteArray> localEnvelopes(const QString &dir)
    {
        const Run exported = ctl(
            { QStringLiteral("records"), QStringLiteral("export"), QStringLiteral("--dir"), dir });
        QList<QByteArray> lines = exported.out.toUtf8().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    Run enrol(const QString &dir, const QStringList &more)
    {
        return ctl(QStringList { QStringLiteral("enrol"), QStringLiteral("--dir"), dir } + more);
    }

    Run sync(const QString &dir, const QByteArray &input = Passcode + '\n')
    {
        return ctl({ QStringLiteral("sync"), QStringLiteral("--dir"), dir,
                       QStringLiteral("--timeout"), QStringLiteral("60") },
            input);
    }

    // The pin of the server's certificate as dev-certificate computes it, with openssl.
    QString opensslPin(const QString &certificate)
    {
        QProcess shell;
        shell.start(QStringLiteral("bash"),
            { QStringLiteral("-c"),
                QStringLiteral("openssl x509 -in \"$0\" -noout -pubkey | openssl pkey -pubin "
                               "-outform DER | openssl dgst -sha256 -hex | sed 's/^.*= *//'"),
                certificate });
        shell.waitForFinished(30000);
        return QString::fromLatin1(shell.readAllStandardOutput()).trimmed();
    }

    static bool oneLine(const QString &text)
    {
        return text.count(u'\n') == 1 && text.endsWith(u'\n')
            && text.startsWith(QStringLiteral("hearthctl: "));
    }

private Q_SLOTS:
    void init()
    {
        m_leaked = false;
        m_keys = std::make_unique<QTemporaryDir>();
        const Run keygen
            = ctl({ QStringLiteral("vault"), QStringLiteral("keygen"), QStringLiteral("--public"),
                      m_keys->filePath(QStringLiteral("agency.pub")), QStringLiteral("--secret"),
                      m_keys->filePath(QStringLiteral("agency.secret")) },
                QByteArray());
        QCOMPARE(keygen.exitCode, 0);
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
    }

    void cleanup()
    {
        m_server.reset();
        QVERIFY2(!m_leaked, "hearthctl printed the passcode");
    }

    void enrolOverTlsNeedsTheConfirmedPin()
    {
        QCOMPARE(m_server->start(true), QString());
        const QString pin = opensslPin(m_server->dir() + QStringLiteral("/a.crt"));
        QCOMPARE(pin.size(), 64);
        QTemporaryDir dir;
        QCOMPARE(makeVault(dir.path(), 2), QString());
        const QString code = m_server->newCode();
        const QStringList target { QStringLiteral("--server"), m_server->url().toString(),
            QStringLiteral("--code"), code };

        const Run unconfirmed = enrol(dir.path(), target);
        QCOMPARE(unconfirmed.exitCode, 1);
        QVERIFY2(oneLine(unconfirmed.err), qPrintable(unconfirmed.err));
        QVERIFY2(unconfirmed.err.contains(fingerprint(pin)), qPrintable(unconfirmed.err));
        QVERIFY(unconfirmed.err.contains(QStringLiteral("check it with your agency")));
        QVERIFY(unconfirmed.err.contains(QStringLiteral("pass it with --pin")));
        QCOMPARE(unconfirmed.out, QString());

        QString wrongPin = pin;
        wrongPin[0] = wrongPin[0] == u'0' ? u'1' : u'0';
        const Run wrong
            = enrol(dir.path(), target + QStringList { QStringLiteral("--pin"), wrongPin });
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(oneLine(wrong.err), qPrintable(wrong.err));
        QVERIFY(wrong.err.contains(fingerprint(pin)));
        QVERIFY(wrong.err.contains(fingerprint(wrongPin)));
        // Refused by hearthctl before it connects again, not by the library's pinned request.
        QVERIFY2(wrong.err.contains(QStringLiteral("not the --pin")), qPrintable(wrong.err));
        QVERIFY(sync(dir.path()).err.contains(QStringLiteral("not enrolled")));

        // The same code still works: the refusals sent nothing to the server. The pin is
        // accepted as people copy it, in capitals with colons.
        const QString id = deviceId(dir.path());
        QVERIFY(!id.isEmpty());
        QVERIFY(m_server->device(id).isEmpty());
        const Run enrolled
            = enrol(dir.path(), target + QStringList { QStringLiteral("--pin"), fingerprint(pin) });
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        const QStringList facts = enrolled.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(facts.contains(QStringLiteral("device id: ") + id));
        QVERIFY(facts.contains(QStringLiteral("practitioner: Pat Example (hv-0042)")));
        QVERIFY(facts.contains(QStringLiteral("server: ") + m_server->url().toString()));
        QVERIFY(facts.contains(QStringLiteral("certificate fingerprint: ") + fingerprint(pin)));
        QVERIFY(!m_server->device(id).isEmpty());

        // Over TLS the pinned key carries the records.
        const Run synced = sync(dir.path());
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.err));
        QVERIFY(synced.out.contains(QStringLiteral("sent: 4\n")));
        QCOMPARE(m_server->exported(id), localEnvelopes(dir.path()));
    }

    void syncSendsEverySignedRecordOnce()
    {
        QCOMPARE(m_server->start(), QString());
        QTemporaryDir caseloadDir;
        const QString household = QStringLiteral("3f1c2a4e-0000-4000-8000-000000000001");
        const QJsonObject caseload {
            { QStringLiteral("households"),
                QJsonArray { QJsonObject { { QStringLiteral("id"), household },
                    { QStringLiteral("address"), QStringLiteral("1 Example Row") },
                    { QStringLiteral("postcode"), QStringLiteral("EX1 2MP") } } } },
            { QStringLiteral("children"),
                QJsonArray {
                    QJsonObject { { QStringLiteral("id"),
                                      QStringLiteral("3f1c2a4e-0000-4000-8000-000000000002") },
                        { QStringLiteral("source"), QStringLiteral("agency") },
                        { QStringLiteral("householdId"), household },
                        { QStringLiteral("givenName"), QStringLiteral("Ada") },
                        { QStringLiteral("familyName"), QStringLiteral("Example") },
                        { QStringLiteral("dateOfBirth"), QStringLiteral("2025-03-14") },
                        { QStringLiteral("sex"), QStringLiteral("not-recorded") } } } },
        };
        QFile file(caseloadDir.filePath(QStringLiteral("caseload.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(caseload).toJson());
        file.close();
        const AdminResult imported = m_server->admin({ QStringLiteral("import"), file.fileName(),
            QStringLiteral("--assign-to"), QStringLiteral("hv-0042") });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        QTemporaryDir dir;
        QCOMPARE(makeVault(dir.path(), 3), QString());
        // The QR code's text form, as the agency prints it: the server address percent-encoded.
        const QString payload = QStringLiteral("hearth-enrol:v1?server=")
            + QString::fromLatin1(QUrl::toPercentEncoding(m_server->url().toString()))
            + QStringLiteral("&code=") + m_server->newCode();
        QVERIFY(payload.contains(QStringLiteral("server=http%3A%2F%2F127.0.0.1%3A")));
        const Run enrolled = enrol(dir.path(), { QStringLiteral("--payload"), payload });
        QVERIFY2(enrolled.exitCode == 0, qPrintable(enrolled.err));
        QVERIFY(enrolled.out.contains(QStringLiteral("server: ") + m_server->url().toString()));
        const QString id = deviceId(dir.path());
        QVERIFY(enrolled.out.contains(QStringLiteral("device id: ") + id + u'\n'));

        const Run first = sync(dir.path());
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.err, QString());
        const QStringList facts = first.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(facts.contains(QStringLiteral("sent: 6")), qPrintable(first.out));
        QVERIFY(facts.contains(QStringLiteral("acknowledged: 6")));
        QVERIFY(facts.contains(QStringLiteral("downloaded: 2")));
        QVERIFY(facts.contains(QStringLiteral("waiting: 0")));
        const QList<QByteArray> local = localEnvelopes(dir.path());
        QCOMPARE(local.size(), 6);
        QCOMPARE(m_server->exported(id), local);
        QCOMPARE(m_server->device(id).value(QStringLiteral("headSeq")).toInteger(), 6);

        const Run second = sync(dir.path());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("sent: 0\n")), qPrintable(second.out));
        QVERIFY(second.out.contains(QStringLiteral("downloaded: 0\n")));
        QCOMPARE(m_server->exported(id), local);

        // Signed while the server is away: kept, counted as waiting, sent when it is back.
        m_server->stop();
        QCOMPARE(ctl({ QStringLiteral("demo"), QStringLiteral("--dir"), dir.path(),
                         QStringLiteral("--children"), QStringLiteral("1") })
                     .exitCode,
            0);
        const Run offline = sync(dir.path());
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(oneLine(offline.err), qPrintable(offline.err));
        QVERIFY(offline.err.contains(QStringLiteral("could not be reached")));
        QVERIFY(offline.out.contains(QStringLiteral("waiting: 2\n")));
        QCOMPARE(m_server->start(), QString());
        const Run back = sync(dir.path());
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY(back.out.contains(QStringLiteral("sent: 2\n")));
        QVERIFY(back.out.contains(QStringLiteral("waiting: 0\n")));
        QCOMPARE(m_server->exported(id), localEnvelopes(dir.path()));
    }

    void refusalsAreOneClearLine()
    {
        QCOMPARE(m_server->start(), QString());
        QTemporaryDir dir;
        QCOMPARE(makeVault(dir.path(), 1), QString());

        const Run notEnrolled = sync(dir.path());
        QCOMPARE(notEnrolled.exitCode, 1);
        QVERIFY2(oneLine(notEnrolled.err), qPrintable(notEnrolled.err));
        QVERIFY(notEnrolled.err.contains(QStringLiteral("not enrolled")));
        QVERIFY(notEnrolled.err.contains(QStringLiteral("hearthctl enrol")));
        QCOMPARE(notEnrolled.out, QString());

        const QString code = m_server->newCode();
        const QStringList target { QStringLiteral("--server"), m_server->url().toString(),
            QStringLiteral("--code"), code };
        const Run wrongPasscode = ctl(
            QStringList { QStringLiteral("enrol"), QStringLiteral("--dir"), dir.path() } + target,
            QByteArrayLiteral("not-the-passcode-1\n"));
        QCOMPARE(wrongPasscode.exitCode, 1);
        QVERIFY2(oneLine(wrongPasscode.err), qPrintable(wrongPasscode.err));
        QVERIFY(wrongPasscode.err.contains(QStringLiteral("passcode is not right")));
        QVERIFY(!wrongPasscode.err.contains(QStringLiteral("not-the-passcode-1")));
        const Run wrongSync = sync(dir.path(), QByteArrayLiteral("not-the-passcode-1\n"));
        QCOMPARE(wrongSync.exitCode, 1);
        QVERIFY(wrongSync.err.contains(QStringLiteral("passcode is not right")));

        QVERIFY(enrol(dir.path(), target).exitCode == 0); // the code was still unused
        const Run again = enrol(dir.path(), target);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already enrolled")), qPrintable(again.err));

        QTemporaryDir other;
        QCOMPARE(makeVault(other.path()), QString());
        const Run used = enrol(other.path(), target);
        QCOMPARE(used.exitCode, 1);
        QVERIFY2(oneLine(used.err), qPrintable(used.err));
        QVERIFY2(used.err.contains(QStringLiteral("already been used")), qPrintable(used.err));
        QVERIFY(sync(other.path()).err.contains(QStringLiteral("not enrolled")));

        const QString id = deviceId(dir.path());
        QCOMPARE(m_server->admin({ QStringLiteral("revoke"), id }).exitCode, 0);
        for (int i = 0; i < 2; ++i) { // told by the server, then remembered by the device
            const Run revoked = sync(dir.path());
            QCOMPARE(revoked.exitCode, 1);
            QVERIFY2(oneLine(revoked.err), qPrintable(revoked.err));
            QVERIFY(revoked.err.contains(QStringLiteral("withdrawn")));
        }
        QVERIFY(m_server->exported(id).isEmpty());
    }

    void usageErrors_data()
    {
        // DIR stands for a real vault's folder; usage errors are reported before it is opened.
        QTest::addColumn<QString>("arguments");
        const QString pin(64, u'a');
        QTest::newRow("enrol without --dir")
            << QStringLiteral("enrol --server http://127.0.0.1:1 --code ABCD");
        QTest::newRow("enrol without a code")
            << QStringLiteral("enrol --dir DIR --server http://127.0.0.1:1");
        QTest::newRow("enrol payload and server")
            << QStringLiteral("enrol --dir DIR --payload hearth-enrol:v1?server=x&code=y --server "
                              "http://127.0.0.1:1");
        QTest::newRow("enrol bad payload") << QStringLiteral("enrol --dir DIR --payload hello");
        QTest::newRow("enrol not https")
            << QStringLiteral("enrol --dir DIR --server http://example.org --code ABCD");
        QTest::newRow("enrol short pin") << QStringLiteral(
            "enrol --dir DIR --server https://example.org --code ABCD --pin ab:cd");
        QTest::newRow("enrol pin over http") << QString(
            QStringLiteral("enrol --dir DIR --server http://127.0.0.1:1 --code ABCD --pin ") + pin);
        QTest::newRow("enrol bad timeout") << QStringLiteral(
            "enrol --dir DIR --server http://127.0.0.1:1 --code ABCD --timeout 99999");
        QTest::newRow("sync without --dir") << QStringLiteral("sync");
        QTest::newRow("sync bad timeout") << QStringLiteral("sync --dir DIR --timeout soon");
        QTest::newRow("sync zero timeout") << QStringLiteral("sync --dir DIR --timeout 0");
        QTest::newRow("sync unknown option")
            << QStringLiteral("sync --dir DIR --sever http://127.0.0.1:1");
    }

    void usageErrors()
    {
        QFETCH(QString, arguments);
        QTemporaryDir dir;
        QCOMPARE(makeVault(dir.path()), QString());
        QStringList split = arguments.split(u' ');
        split.replaceInStrings(QRegularExpression(QStringLiteral("^DIR$")), dir.path());
        const Run run = ctl(split);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("hearthctl: ")), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("usage:")));
        QCOMPARE(run.out, QString());
    }
};

HEARTH_SERVER_TEST_MAIN(TestHearthctlSync)
#include "tst_hearthctlsync.moc"
