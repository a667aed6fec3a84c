// The console's security pieces on their own, against a real SQLite store: Argon2id password
// hashing, session expiry with time given by the test, the CSRF token check, the sign-in
// throttle's policy, the one HTML escaping function with hostile names, the audit CSV.
#include "consoleaudit.h"
#include "consolehtml.h"
#include "consolepages.h"
#include "consolestrings.h"
#include "database.h"
#include "migrations.h"
#include "practitionerrepository.h"
#include "staffpassword.h"
#include "staffrepository.h"
#include "staffsessions.h"
#include "staffthrottle.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth::server;

class TestConsoleSecurity : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    QString m_hash;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<Database>(StoreConfig::sqliteIn(m_dir.path()));
        QCOMPARE(Migrations::migrate(*m_database).value(), Migrations::latestVersion());
        QVERIFY(PractitionerRepository(*m_database)
                    .upsert(QStringLiteral("hv-1"), QStringLiteral("A"), QStringLiteral("now")));
        auto hash = StaffPassword::hash("correct horse battery");
        QVERIFY(hash);
        m_hash = *hash;
        QVERIFY(StaffRepository(*m_database)
                    .add({ QStringLiteral("sup"), QStringLiteral("supervisor"), m_hash,
                        QStringLiteral("now"), {}, {} })
                    .value());
    }

    void passwordHashIsArgon2idInteractive()
    {
        QVERIFY(m_hash.startsWith(QLatin1String("$argon2id$v=19$m=65536,t=2,p=1$")));
        QVERIFY(StaffPassword::verify(m_hash, "correct horse battery"));
        QVERIFY(!StaffPassword::verify(m_hash, "correct horse batterY"));
        QVERIFY(!StaffPassword::verify(m_hash, ""));
        // A fresh salt every time: the same password never gives the same string.
        QVERIFY(StaffPassword::hash("correct horse battery").value() != m_hash);
        QVERIFY(!StaffPassword::verify(QStringLiteral("plaintext"), "plaintext"));
        QVERIFY(!StaffPassword::verify(QString(), QByteArray()));
        QVERIFY(!StaffPassword::hash("short").hasValue());
        QVERIFY(!StaffPassword::hash(QByteArray(2000, 'x')).hasValue());
    }

    void sessionExpiry_data()
    {
        QTest::addColumn<QList<qint64>>("touches"); // seconds after sign-in the cookie is used
        QTest::addColumn<bool>("liveAtLast");
        QTest::addRow("used at once") << QList<qint64> { 0 } << true;
        QTest::addRow("idle just under 15 min") << QList<qint64> { 900 } << true;
        QTest::addRow("idle just over 15 min") << QList<qint64> { 901 } << false;
        QTest::addRow("kept busy for 8 h") << QList<qint64> { 800, 1600, 2400, 3200, 4000, 4800,
            5600, 6400, 7200, 8000, 8800, 9600, 10400, 11200, 12000, 12800, 13600, 14400, 15200,
            16000, 16800, 17600, 18400, 19200, 20000, 20800, 21600, 22400, 23200, 24000, 24800,
            25600, 26400, 27200, 28000, 28800 }
                                           << true;
        QTest::addRow("kept busy past 8 h") << QList<qint64> { 800, 1600, 2400, 3200, 4000, 4800,
            5600, 6400, 7200, 8000, 8800, 9600, 10400, 11200, 12000, 12800, 13600, 14400, 15200,
            16000, 16800, 17600, 18400, 19200, 20000, 20800, 21600, 22400, 23200, 24000, 24800,
            25600, 26400, 27200, 28000, 28801 }
                                            << false;
    }
    void sessionExpiry()
    {
        QFETCH(QList<qint64>, touches);
        QFETCH(bool, liveAtLast);
        const StaffSessions sessions(*m_database, SessionPolicy { 900, 28800 });
        const qint64 start = 1'800'000'000;
        auto created = sessions.create(QStringLiteral("sup"), start);
        QVERIFY(created);
        for (qsizetype i = 0; i < touches.size(); ++i) {
            auto session = sessions.resolve(created->cookieValue, start + touches[i]);
            QVERIFY(session);
            const bool expectLive = i + 1 < touches.size() || liveAtLast;
            QCOMPARE(session->has_value(), expectLive);
            if (expectLive)
                QCOMPARE((*session)->userName, QStringLiteral("sup"));
        }
        // Once expired, gone for good: the row was deleted.
        if (!liveAtLast)
            QVERIFY(!sessions.resolve(created->cookieValue, start + touches.last()).value());
    }

    void sessionIdsAreStoredHashed()
    {
        const StaffSessions sessions(*m_database, SessionPolicy {});
        auto created = sessions.create(QStringLiteral("sup"), 1'800'000'000);
        QVERIFY(created);
        QCOMPARE(
            QByteArray::fromBase64(created->cookieValue, QByteArray::Base64UrlEncoding).size(), 32);
        auto rows = m_database->exec(QStringLiteral("SELECT id_hash FROM staff_sessions"));
        QVERIFY(rows);
        while (rows->next()) {
            const QString stored = rows->value(0).toString();
            QVERIFY(!stored.contains(QString::fromLatin1(created->cookieValue)));
            QCOMPARE(stored.size(), 64);
        }
        // A disabled account's sessions end.
        QVERIFY(StaffRepository(*m_database)
                    .add({ QStringLiteral("gone"), QStringLiteral("manager"), m_hash,
                        QStringLiteral("now"), {}, {} })
                    .value());
        auto other = sessions.create(QStringLiteral("gone"), 1'800'000'000);
        QVERIFY(sessions.resolve(other->cookieValue, 1'800'000'001).value().has_value());
        QVERIFY(StaffRepository(*m_database)
                    .disable(QStringLiteral("gone"), QStringLiteral("now"))
                    .value());
        QVERIFY(!sessions.resolve(other->cookieValue, 1'800'000'002).value().has_value());
        // Cookies Hearth could not have made are no session.
        for (const QByteArray &bad : { QByteArray(), QByteArray("x"), QByteArray(43, 'A'),
                 QByteArray("../../etc/passwd"), created->cookieValue.left(42) })
            QVERIFY(!sessions.resolve(bad, 1'800'000'001).value().has_value());
    }

    void csrfToken()
    {
        const StaffSessions sessions(*m_database, SessionPolicy {});
        auto one = sessions.create(QStringLiteral("sup"), 1'800'000'000);
        auto two = sessions.create(QStringLiteral("sup"), 1'800'000'000);
        QVERIFY(one && two);
        const StaffSession session
            = sessions.resolve(one->cookieValue, 1'800'000'001).value().value();
        QCOMPARE(session.csrfToken, one->csrfToken);
        QVERIFY(StaffSessions::csrfMatches(session, one->csrfToken));
        QVERIFY(!StaffSessions::csrfMatches(session, two->csrfToken)); // another session's
        QVERIFY(!StaffSessions::csrfMatches(session, QByteArray()));
        QVERIFY(!StaffSessions::csrfMatches(session, one->csrfToken.left(20)));
        QByteArray flipped = one->csrfToken;
        flipped[5] = flipped[5] == 'A' ? 'B' : 'A';
        QVERIFY(!StaffSessions::csrfMatches(session, flipped));
        QVERIFY(!StaffSessions::csrfMatches(session, one->cookieValue)); // the cookie is not it
        QVERIFY(StaffSessions::csrfFor("not a session").isEmpty());
    }

    void throttlePolicy()
    {
        const StaffThrottle throttle(*m_database);
        const QString who = QStringLiteral("sup");
        const QString from = QStringLiteral("192.0.2.7");
        qint64 now = 1'800'000'000;
        for (int i = 0; i < StaffThrottle::accountFreeFailures; ++i) {
            QCOMPARE(throttle.waitSeconds(who, from, now).value(), 0);
            QVERIFY(throttle.failed(who, from, now));
        }
        QCOMPARE(throttle.waitSeconds(who, from, now).value(), 30);
        QCOMPARE(throttle.waitSeconds(who, from, now + 29).value(), 1);
        now += 30;
        QCOMPARE(throttle.waitSeconds(who, from, now).value(), 0);
        QVERIFY(throttle.failed(who, from, now));
        QCOMPARE(throttle.waitSeconds(who, from, now).value(), 60);
        // The account is held from any address.
        QCOMPARE(throttle.waitSeconds(who, QStringLiteral("198.51.100.1"), now).value(), 60);
        QCOMPARE(StaffThrottle::delayAfter(40, 5), StaffThrottle::longestDelaySeconds);
        // Forgotten an hour after the last failure.
        QCOMPARE(throttle.waitSeconds(who, from, now + 3600).value(), 0);
        // Success clears the account, not the address.
        QVERIFY(throttle.succeeded(who));
        QCOMPARE(throttle.waitSeconds(who, QStringLiteral("198.51.100.1"), now).value(), 0);
        for (int i = 0; i < StaffThrottle::addressFreeFailures; ++i)
            QVERIFY(throttle.failed(
                QStringLiteral("user%1").arg(i), QStringLiteral("203.0.113.9"), now));
        QCOMPARE(throttle.waitSeconds(QStringLiteral("fresh"), QStringLiteral("203.0.113.9"), now)
                     .value(),
            30);
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("hostile");
        QTest::addRow("script") << QStringLiteral("<script>alert(1)</script>");
        QTest::addRow("attribute break double") << QStringLiteral("\" onmouseover=\"alert(1)");
        QTest::addRow("attribute break single") << QStringLiteral("' onfocus='alert(1)");
        QTest::addRow("entity") << QStringLiteral("Tom &amp; Jerry &lt;");
        QTest::addRow("image") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::addRow("welsh and irish") << QStringLiteral("Siân Ó'Brien-Llŷr");
        QTest::addRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("<b>");
        QTest::addRow("end of comment") << QStringLiteral("--><script>x</script><!--");
    }
    void escaping()
    {
        QFETCH(QString, hostile);
        const QString escaped = Html::escape(hostile);
        for (const QChar c : { QChar(u'<'), QChar(u'>'), QChar(u'"'), QChar(u'\''), QChar(0) })
            QVERIFY2(!escaped.contains(c), qPrintable(escaped));
        QString decoded = escaped;
        decoded.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&#39;"), QStringLiteral("'"))
            .replace(QChar::ReplacementCharacter, QChar(0))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        QCOMPARE(decoded, hostile);

        // Through a whole page: a child and a practitioner with this name, searched for.
        const ChildSummary child { hostile, hostile,
            QJsonObject { { QStringLiteral("givenName"), hostile },
                { QStringLiteral("familyName"), hostile } } };
        PageFrame frame;
        frame.userName = hostile;
        frame.role = QStringLiteral("supervisor");
        frame.csrfToken = "token";
        frame.path = hostile;
        const QString page = QString::fromUtf8(ConsolePages::document(
            frame, hostile, ConsolePages::search(ConsoleLanguage::English, hostile, { child })));
        QVERIFY(!page.contains(QLatin1String("<script")));
        QVERIFY(!page.contains(QLatin1String("<img")));
        QVERIFY(!page.contains(QLatin1String("onmouseover=\"")));
        QVERIFY(!page.contains(QLatin1String("onfocus='")));
        QVERIFY(page.contains(Html::escape(hostile)));
    }

    void everyStringInBothLanguages()
    {
        const QStringList keys = ConsoleStrings::keys();
        QVERIFY(keys.size() > 40);
        for (const QString &key : keys) {
            const QByteArray name = key.toLatin1();
            const QString english = ConsoleStrings::get(ConsoleLanguage::English, name.constData());
            const QString welsh = ConsoleStrings::get(ConsoleLanguage::Welsh, name.constData());
            QVERIFY2(!english.isEmpty() && !welsh.isEmpty(), name.constData());
            QCOMPARE(english.count(QLatin1String("%1")), welsh.count(QLatin1String("%1")));
        }
        QCOMPARE(ConsoleStrings::choose({}, "cy-GB,en;q=0.8"), ConsoleLanguage::Welsh);
        QCOMPARE(ConsoleStrings::choose({}, "en-GB,cy;q=0.8"), ConsoleLanguage::English);
        QCOMPARE(ConsoleStrings::choose("cy", "en-GB"), ConsoleLanguage::Welsh);
        QCOMPARE(ConsoleStrings::choose({}, "fr"), ConsoleLanguage::English);
    }

    void auditCsvNeutralisesFormulas()
    {
        const QByteArray csv = ConsoleAudit::toCsv({ { QStringLiteral("2026-01-01T00:00:00.000Z"),
            QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("view-child"),
            QStringLiteral("c1"), QStringLiteral("say \"hi\""), QStringLiteral("+1") } });
        QCOMPARE(csv,
            QByteArray("\"at\",\"user\",\"action\",\"child\",\"detail\",\"client\"\r\n"
                       "\"2026-01-01T00:00:00.000Z\",\"'=HYPERLINK(\"\"http://x\"\")\","
                       "\"view-child\",\"c1\",\"say \"\"hi\"\"\",\"'+1\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleSecurity)
#include "tst_consolesecurity.moc"
