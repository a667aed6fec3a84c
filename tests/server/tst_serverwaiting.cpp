// Records waiting per tablet (PROTOCOL.md, "POST /v1/records", `?waiting=N`): what a tablet
// reports it still holds, less what the same request accepted, shown on the console's
// practitioners page; older tablets that send no count go on syncing and show "Not reported";
// a malformed count refuses the request and changes nothing.
#include "rawconnection.h"
#include "serverfixture.h"
#include "testbackend.h"

#include <QProcess>
#include <QTest>

using namespace hearth;

class TestServerWaiting : public ServerFixture
{
    Q_OBJECT

    // The console's cookies are Secure, which Qt's cookie jar keeps from a plain-HTTP test
    // server, so they are carried by hand on a raw connection.
    QByteArray console(const QByteArray &method, const QByteArray &target, const QByteArray &cookie,
        const QByteArray &form = {})
    {
        RawConnection connection(quint16(m_server->url(QStringLiteral("/")).port()));
        Headers headers { { "Connection", "close" } };
        if (!cookie.isEmpty())
            headers.append({ "Cookie", cookie });
        if (method == "POST")
            headers.append(
                { QByteArray("Content-Type"), QByteArray("application/x-www-form-urlencoded") });
        connection.send(rawRequest(method, target, headers, form));
        return connection.read(30000).bytes;
    }

    static QByteArray cookie(const QByteArray &answer, const QByteArray &name)
    {
        for (const QByteArray &line : answer.left(answer.indexOf("\r\n\r\n")).split('\n')) {
            const QByteArray value = line.trimmed();
            if (value.toLower().startsWith("set-cookie:")
                && value.mid(11).trimmed().startsWith(name + '='))
                return value.mid(11).trimmed().split(';').first();
        }
        return {};
    }

    // The practitioners page as a supervisor granted hv-0042's caseload sees it.
    QByteArray practitionersPage(const QByteArray &language = "en")
    {
        if (m_session.isEmpty()) {
            QProcess process;
            process.start(QStringLiteral(HEARTH_ADMIN),
                m_backend->storeArguments()
                    << QStringLiteral("add-user") << QStringLiteral("sup")
                    << QStringLiteral("--role") << QStringLiteral("supervisor"));
            process.write("sup-password-long\n");
            process.closeWriteChannel();
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return {};
            if (admin({ QStringLiteral("grant-user"), QStringLiteral("sup"),
                          QStringLiteral("--practitioner"), QStringLiteral("hv-0042") })
                    .exitCode
                != 0)
                return {};
            const QByteArray token
                = cookie(console("GET", "/console/sign-in", {}), "hearth-sign-in");
            m_session
                = cookie(console("POST", "/console/sign-in", token,
                             "csrf=" + token.mid(15) + "&name=sup&password=sup-password-long"),
                    "hearth-session");
        }
        return console(
            "GET", "/console/practitioners", m_session + "; hearth-language=" + language);
    }

    // The table row of this device on the page.
    static QByteArray row(const QByteArray &page, const QString &deviceId)
    {
        const qsizetype at = page.indexOf(deviceId.toUtf8());
        if (at < 0)
            return {};
        return page.mid(at, page.indexOf("</tr>", at) - at);
    }

    QUrl records(const QByteArray &query = {}) const
    {
        QUrl target = url(QStringLiteral("/v1/records"));
        if (!query.isEmpty())
            target.setQuery(QString::fromLatin1(query));
        return target;
    }

    QByteArray m_session;

private Q_SLOTS:
    void init()
    {
        m_session.clear();
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    // Five records signed, two sent: three still wait on the tablet, and the page says so.
    void partialBatchShowsWhatRemains()
    {
        auto device = enrolled();
        const QList<QByteArray> signedRecords = device->makeRecords(5);
        const Reply first = device->upload(records("waiting=5"), signedRecords.mid(0, 2));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json[u"receipt"][u"seq"].toInteger(), 2);
        const QByteArray page = practitionersPage();
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.left(200).constData());
        QVERIFY(page.contains("Records waiting"));
        const QByteArray shown = row(page, device->id);
        QVERIFY2(shown.contains("<td class=\"waiting\">3 (reported "), shown.constData());

        const QByteArray welsh = row(practitionersPage("cy"), device->id);
        QVERIFY2(welsh.contains("<td class=\"waiting\">3 (adroddwyd "), welsh.constData());

        // The rest, sent again from the start: the two already stored come back as duplicates
        // and count as accepted too.
        const Reply rest = device->upload(records("waiting=5"), signedRecords);
        QCOMPARE(rest.status, 200);
        QCOMPARE(rest.json[u"receipt"][u"seq"].toInteger(), 5);
        QVERIFY(
            row(practitionersPage(), device->id).contains("<td class=\"waiting\">0 (reported "));
    }

    // A tablet older than the report: its batch is stored as before and the page says the count
    // was never reported; a later report does not vanish when an old-style request follows.
    void requestWithoutCountStillWorks()
    {
        auto device = enrolled();
        const Reply sent = device->upload(records(), device->makeRecords(3));
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json[u"receipt"][u"seq"].toInteger(), 3);
        QVERIFY(row(practitionersPage(), device->id).contains("Not reported"));
        QVERIFY(row(practitionersPage("cy"), device->id).contains("Heb ei adrodd"));

        QCOMPARE(device->upload(records("waiting=4"), device->makeRecords(1)).status, 200);
        QCOMPARE(device->upload(records(), device->makeRecords(1)).status, 200);
        QVERIFY(
            row(practitionersPage(), device->id).contains("<td class=\"waiting\">3 (reported "));
    }

    // A store made before the report (version 7) keeps its tablets, which show "Not reported"
    // until they next report.
    void migrationLeavesExistingTabletsNotReported()
    {
        auto device = enrolled();
        const QList<QByteArray> signedRecords = device->makeRecords(3);
        QCOMPARE(device->upload(records(), signedRecords.mid(0, 1)).status, 200);
        QVERIFY(m_backend->exec(QStringLiteral("ALTER TABLE devices DROP COLUMN waiting")));
        QVERIFY(
            m_backend->exec(QStringLiteral("ALTER TABLE devices DROP COLUMN waiting_reported_at")));
        QVERIFY(m_backend->exec(QStringLiteral("UPDATE schema_version SET version = 7")));
        const AdminResult migrated = admin({ QStringLiteral("migrate") });
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        QVERIFY(row(practitionersPage(), device->id).contains("Not reported"));
        QCOMPARE(device->upload(records("waiting=2"), signedRecords.mid(1)).status, 200);
        QVERIFY(
            row(practitionersPage(), device->id).contains("<td class=\"waiting\">0 (reported "));
    }

    void malformedCountIsRefused_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("negative") << QByteArray("waiting=-1");
        QTest::newRow("not a number") << QByteArray("waiting=many");
        QTest::newRow("fraction") << QByteArray("waiting=2.5");
        QTest::newRow("empty") << QByteArray("waiting=");
        QTest::newRow("sixteen digits") << QByteArray("waiting=1000000000000000");
        QTest::newRow("given twice") << QByteArray("waiting=1&waiting=2");
        QTest::newRow("unknown parameter") << QByteArray("pending=1");
    }
    // The count is in the signed target: a bad one is the tablet's fault, refused whole with
    // nothing stored, so the records come in unchanged with the next, well-formed request.
    void malformedCountIsRefused()
    {
        QFETCH(QByteArray, query);
        auto device = enrolled();
        const QList<QByteArray> signedRecords = device->makeRecords(2);
        const QByteArray before = m_backend->fingerprint();
        const Reply refused = device->upload(records(query), signedRecords);
        QCOMPARE(refused.status, 400);
        QCOMPARE(refused.problemType(), type(ProblemType::InvalidRequest));
        QCOMPARE(m_backend->fingerprint(), before);
        const Reply sent = device->upload(records("waiting=2"), signedRecords);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.json[u"receipt"][u"seq"].toInteger(), 2);
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerWaiting)
#include "tst_serverwaiting.moc"
