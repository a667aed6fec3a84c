// Twenty devices uploading at the same time, each also re-sending a batch (as a retry after a
// lost answer would): every record must be stored exactly once and the store must verify.
#include "recordbatch.h"
#include "serverfixture.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace hearth;

class TestServerLoad : public ServerFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void twentyDevicesConcurrently()
    {
        constexpr int devices = 20;
        constexpr int batches = 5;
        constexpr int perBatch = 20;
        std::vector<std::unique_ptr<TestDevice>> tablets;
        std::vector<QList<QList<QByteArray>>> plans(devices);
        for (int d = 0; d < devices; ++d) {
            tablets.push_back(enrolled());
            QVERIFY(!tablets.back()->id.isEmpty());
            for (int b = 0; b < batches; ++b)
                plans[std::size_t(d)].append(tablets.back()->makeRecords(perBatch));
            // Batch 2 is delivered twice, as a retry would.
            plans[std::size_t(d)].insert(3, plans[std::size_t(d)][2]);
        }

        const QUrl records = url(QStringLiteral("/v1/records"));
        int running = devices;
        int stored = 0;
        int duplicates = 0;
        QStringList failures;
        QEventLoop loop;
        std::function<void(int, int)> sendNext = [&](int d, int b) {
            TestDevice &tablet = *tablets[std::size_t(d)];
            if (b == plans[std::size_t(d)].size()) {
                if (--running == 0)
                    loop.quit();
                return;
            }
            const QByteArray body = RecordBatch::build(plans[std::size_t(d)][b]);
            QNetworkRequest request(records);
            for (const auto &[name, value] : tablet.signedHeaders("POST", records, body))
                request.setRawHeader(name, value);
            request.setRawHeader("Content-Type", RecordBatch::contentType);
            QNetworkReply *reply = tablet.network.post(request, body);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, d, b]() {
                reply->deleteLater();
                const int status
                    = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QByteArray answer = reply->readAll();
                if (status != 200)
                    failures << QStringLiteral("device %1 batch %2: %3 %4")
                                    .arg(d)
                                    .arg(b)
                                    .arg(status)
                                    .arg(QString::fromUtf8(answer));
                stored += int(answer.count("\"status\":\"stored\""));
                duplicates += int(answer.count("\"status\":\"duplicate\""));
                sendNext(d, b + 1);
            });
        };
        for (int d = 0; d < devices; ++d)
            sendNext(d, 0);
        QTimer::singleShot(240000, &loop, &QEventLoop::quit);
        loop.exec();

        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
        QCOMPARE(running, 0);
        QCOMPARE(stored, devices * batches * perBatch);
        QCOMPARE(duplicates, devices * perBatch);
        QCOMPARE(m_backend->count(QStringLiteral("records")), qint64(devices * batches * perBatch));
        QCOMPARE(m_backend->count(
                     QStringLiteral("(SELECT DISTINCT device_id, seq FROM records) unique_rows")),
            qint64(devices * batches * perBatch));
        const AdminResult verified = admin({ QStringLiteral("verify-store") });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
        QVERIFY(verified.out.contains("2000 records from 20 devices"));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerLoad)
#include "tst_serverload.moc"
