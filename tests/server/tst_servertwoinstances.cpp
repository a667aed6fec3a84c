// Two hearth-server processes on one database, as behind a load balancer: several devices send
// their batches to either server at random, and often to both at once (a retry that reached
// the other instance), all devices at the same time. Every record must be stored exactly once,
// byte for byte, and every chain must be whole; the database, not the process, serialises the
// uploads of one device.
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "serverfixture.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace hearth;

namespace {
constexpr int deviceCount = 6;
constexpr int batchCount = 8;
constexpr int batchSize = 25;
} // namespace

class TestServerTwoInstances : public ServerFixture
{
    Q_OBJECT

    std::unique_ptr<ServerProcess> m_second;

    struct Pending
    {
        TestDevice *device = nullptr;
        qsizetype batch = 0;
        QList<int> statuses;
        QList<qint64> receiptSeqs;
        QList<QString> resultStatuses;
    };

    // Sends every device's current batch, each to one server or to both, all at once, and waits
    // for every answer.
    static void sendRound(QList<Pending> &round, const QList<QUrl> &servers,
        const QList<QList<QByteArray>> &bodies, QRandomGenerator &random)
    {
        int running = 0;
        QEventLoop loop;
        for (Pending &pending : round) {
            const int first = int(random.bounded(2));
            const bool both = random.bounded(2) == 0;
            for (int s : both ? QList<int> { 0, 1 } : QList<int> { first }) {
                const QUrl url = servers[s];
                const QByteArray &body = bodies[qsizetype(&pending - round.data())][pending.batch];
                QNetworkRequest request(url);
                // Signed per server: one signature sent twice would be refused as a replay.
                for (const auto &[name, value] : pending.device->signedHeaders("POST", url, body))
                    request.setRawHeader(name, value);
                request.setRawHeader("Content-Type", RecordBatch::contentType);
                QNetworkReply *reply = pending.device->network.post(request, body);
                ++running;
                QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply]() {
                    reply->deleteLater();
                    pending.statuses.append(
                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
                    auto json = CanonicalJson::parse(reply->readAll());
                    if (json && pending.statuses.last() == 200) {
                        pending.receiptSeqs.append((*json)[u"receipt"][u"seq"].toInteger());
                        for (const JsonValue &result : (*json)[u"results"].items())
                            pending.resultStatuses.append(result[u"status"].toString());
                    }
                    if (--running == 0)
                        loop.quit();
                });
            }
        }
        loop.exec();
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        m_second = std::make_unique<ServerProcess>();
        const QString second = m_second->start(m_backend->storeArguments());
        QVERIFY2(second.isEmpty(), qPrintable(second));
    }
    void cleanup()
    {
        m_second.reset();
        tearDown();
    }

    void everyRecordOnceEveryChainWhole()
    {
        QRandomGenerator random(20261201);
        const QList<QUrl> servers { url(QStringLiteral("/v1/records")),
            m_second->url(QStringLiteral("/v1/records")) };
        std::vector<std::unique_ptr<TestDevice>> devices;
        QList<QList<QByteArray>> records;
        QList<QList<QByteArray>> bodies;
        for (int d = 0; d < deviceCount; ++d) {
            devices.push_back(enrolled());
            QVERIFY(!devices.back()->id.isEmpty());
            records.append(devices.back()->makeRecords(batchCount * batchSize));
            QList<QByteArray> batches;
            for (int b = 0; b < batchCount; ++b)
                batches.append(RecordBatch::build(records.last().mid(b * batchSize, batchSize)));
            bodies.append(batches);
        }

        QList<qsizetype> next(deviceCount, 0);
        int busy = 0;
        int duplicates = 0;
        for (int round = 0; round < 10 * batchCount; ++round) {
            QList<Pending> pending;
            for (int d = 0; d < deviceCount; ++d)
                pending.append(Pending { devices[std::size_t(d)].get(), next[d], {}, {}, {} });
            // Devices that are done still send their last batch again: pure duplicates.
            for (Pending &p : pending)
                p.batch = std::min<qsizetype>(p.batch, batchCount - 1);
            sendRound(pending, servers, bodies, random);
            for (int d = 0; d < deviceCount; ++d) {
                const Pending &p = pending[d];
                for (int status : p.statuses) {
                    // 503 "busy": the other instance kept moving this device's head; retry.
                    QVERIFY2(status == 200 || status == 503, qPrintable(QString::number(status)));
                    busy += status == 503 ? 1 : 0;
                }
                for (const QString &status : p.resultStatuses) {
                    QVERIFY2(status == u"stored" || status == u"duplicate", qPrintable(status));
                    duplicates += status == u"duplicate" ? 1 : 0;
                }
                const qint64 end = (p.batch + 1) * batchSize;
                if (p.receiptSeqs.contains(end))
                    next[d] = p.batch + 1;
            }
            if (std::all_of(next.begin(), next.end(), [](qsizetype n) { return n >= batchCount; }))
                break;
        }
        std::printf("two servers: %d devices x %d records, %d duplicate results, %d answers were "
                    "503 busy\n",
            deviceCount, batchCount * batchSize, duplicates, busy);
        for (qsizetype n : next)
            QCOMPARE(n, qsizetype(batchCount));

        QCOMPARE(m_backend->count(QStringLiteral("records")),
            qint64(deviceCount) * batchCount * batchSize);
        for (int d = 0; d < deviceCount; ++d) {
            const AdminResult exported = admin({ QStringLiteral("export"),
                QStringLiteral("--device"), devices[std::size_t(d)]->id });
            QCOMPARE(exported.exitCode, 0);
            QList<QByteArray> lines = exported.out.split('\n');
            lines.removeAll(QByteArray());
            QCOMPARE(lines, records[d]);
        }
        const AdminResult verified = admin({ QStringLiteral("verify-store") });
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.err));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerTwoInstances)
#include "tst_servertwoinstances.moc"
