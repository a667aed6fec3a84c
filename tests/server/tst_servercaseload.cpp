// GET /v1/caseload: the practitioner's caseload, page by page after a cursor; changes and
// reassignment arrive incrementally.
#include "record/canonicaljson.h"
#include "serverfixture.h"

#include <QTest>

#include <cstdio>

using namespace hearth;

namespace {
const QStringList lists { QStringLiteral("households"), QStringLiteral("children"),
    QStringLiteral("adults"), QStringLiteral("links"), QStringLiteral("visitSummaries"),
    QStringLiteral("removed") };
}

class TestServerCaseload : public ServerFixture
{
    Q_OBJECT

    // Follows nextCursor until "more" is false; returns every entry's list name and id.
    QStringList download(TestDevice &device, QString &cursor, int limit, int *pages = nullptr)
    {
        QStringList seen;
        for (int page = 0; page < 100; ++page) {
            const Reply reply = device.request("GET",
                url(QStringLiteral("/v1/caseload?cursor=%1&limit=%2").arg(cursor).arg(limit)));
            if (reply.status != 200) {
                qWarning() << reply.body;
                return { QStringLiteral("error") };
            }
            for (const QString &list : lists) {
                for (const JsonValue &entry : reply.json[list].items())
                    seen << list + u':'
                            + (list == u"links" ? entry[u"childId"].toString() + u'/'
                                        + entry[u"adultId"].toString()
                                                : entry[u"id"].toString());
            }
            if (pages)
                *pages = page + 1;
            cursor = reply.json[u"nextCursor"].toString();
            if (!reply.json[u"more"].toBool())
                break;
        }
        seen.sort();
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void pagesByCursorAndFollowsChanges()
    {
        QCOMPARE(admin({ QStringLiteral("import"),
                           QStringLiteral(HEARTH_SERVER_TEST_DATA "/caseload.json"),
                           QStringLiteral("--assign-to"), QStringLiteral("hv-0042") })
                     .exitCode,
            0);
        auto device = enrolled();
        QString cursor = QStringLiteral("0");
        int pages = 0;
        const QStringList all = download(*device, cursor, 3, &pages);
        QCOMPARE(all,
            (QStringList { QStringLiteral("adults:ad-1"), QStringLiteral("children:ch-1"),
                QStringLiteral("children:ch-2"), QStringLiteral("children:ch-3"),
                QStringLiteral("households:hh-1"), QStringLiteral("households:hh-2"),
                QStringLiteral("links:ch-1/ad-1"), QStringLiteral("visitSummaries:vs-1") }));
        QCOMPARE(pages, 3);
        // The full shape reaches the device, defaults filled in.
        const Reply one = device->request("GET", url(QStringLiteral("/v1/caseload?limit=5000")));
        const JsonValue &child = one.json[u"children"].items().at(1);
        QCOMPARE(child[u"id"].toString(), QStringLiteral("ch-2"));
        QVERIFY(child[u"dateOfBirth"].isNull());
        QCOMPARE(child[u"source"].toString(), QStringLiteral("agency"));
        QCOMPARE(child[u"knownAs"].toString(), QString());
        // The agency's planned next contact: null when not set, the day when it is.
        QVERIFY(child[u"nextContactDate"].isNull());
        QCOMPARE(one.json[u"children"].items().at(2)[u"nextContactDate"].toString(),
            QStringLiteral("2026-12-03"));

        // Nothing new: an empty page at the same cursor.
        const QString settled = cursor;
        QCOMPARE(download(*device, cursor, 3), QStringList());
        QCOMPARE(cursor, settled);

        // Reassigning ch-3 elsewhere: this practitioner is told to remove it.
        QCOMPARE(admin({ QStringLiteral("add-practitioner"), QStringLiteral("hv-0099"),
                           QStringLiteral("Other") })
                     .exitCode,
            0);
        QCOMPARE(
            admin({ QStringLiteral("assign"), QStringLiteral("ch-3"), QStringLiteral("hv-0099") })
                .exitCode,
            0);
        QCOMPARE(download(*device, cursor, 3), QStringList { QStringLiteral("removed:ch-3") });
        // Assigning it back brings it and its household again.
        QCOMPARE(
            admin({ QStringLiteral("assign"), QStringLiteral("ch-3"), QStringLiteral("hv-0042") })
                .exitCode,
            0);
        QCOMPARE(download(*device, cursor, 3),
            (QStringList { QStringLiteral("children:ch-3"), QStringLiteral("households:hh-2") }));
        QCOMPARE(
            admin({ QStringLiteral("assign"), QStringLiteral("ch-404"), QStringLiteral("hv-0042") })
                .exitCode,
            1);
    }

    void otherPractitionersSeeNothing()
    {
        QCOMPARE(admin({ QStringLiteral("import"),
                           QStringLiteral(HEARTH_SERVER_TEST_DATA "/caseload.json"),
                           QStringLiteral("--assign-to"), QStringLiteral("hv-0042") })
                     .exitCode,
            0);
        QCOMPARE(admin({ QStringLiteral("add-practitioner"), QStringLiteral("hv-0099"),
                           QStringLiteral("Other") })
                     .exitCode,
            0);
        const AdminResult code
            = admin({ QStringLiteral("enrol-code"), QStringLiteral("--practitioner"),
                QStringLiteral("hv-0099"), QStringLiteral("--json") });
        TestDevice device;
        QCOMPARE(device
                     .enrol(url(QStringLiteral("/v1/enrol")),
                         CanonicalJson::parse(code.out.trimmed())->operator[](u"code").toString())
                     .status,
            201);
        QString cursor = QStringLiteral("0");
        QCOMPARE(download(device, cursor, 100), QStringList());
    }

    void badQueriesAreRefused_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("cursor not a number") << "cursor=abc";
        QTest::newRow("negative cursor") << "cursor=-1";
        QTest::newRow("limit zero") << "limit=0";
        QTest::newRow("limit too large") << "limit=100000";
        QTest::newRow("unknown parameter") << "since=5";
    }
    void badQueriesAreRefused()
    {
        QFETCH(QString, query);
        auto device = enrolled();
        const Reply reply = device->request("GET", url(QStringLiteral("/v1/caseload?") + query));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.problemType(), type(ProblemType::InvalidRequest));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerCaseload)
#include "tst_servercaseload.moc"
