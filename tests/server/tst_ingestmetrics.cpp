// What ingest reports through the metrics registry (served at /metrics): records accepted as
// stored or duplicate, records refused by reason, and the time spent verifying, against a real
// SQLite store in this process.
#include "devicerepository.h"
#include "ingestservice.h"
#include "migrations.h"
#include "practitionerrepository.h"
#include "record/recordchain.h"
#include "record/recordwriter.h"
#include "recordbatch.h"
#include "supervisionflags.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hearth;
using namespace hearth::server;

class TestIngestMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptedRefusedAndVerifyTime()
    {
        QTemporaryDir dir;
        const Database database(StoreConfig::sqliteIn(dir.path()));
        QVERIFY(Migrations::migrate(database));
        const QString then = QStringLiteral("2026-01-01T00:00:00.000Z");
        QVERIFY(PractitionerRepository(database).upsert(
            QStringLiteral("hv-0042"), QStringLiteral("Pat Example"), then));
        const DeviceKeyPair key = DeviceKeyPair::generate();
        DeviceRow device;
        device.id = QStringLiteral("tablet-0001");
        device.publicKeyHex = DeviceKeyPair::toHex(key.publicKey());
        device.name = QStringLiteral("Test tablet");
        device.practitionerId = QStringLiteral("hv-0042");
        device.enrolledAt = then;
        device.headHash = RecordChain::genesisHash();
        QVERIFY(DeviceRepository(database).insert(device));

        UuidV7Generator ids;
        RecordWriter writer(key, ChainState::genesis(device.id), ids);
        QList<QByteArray> records;
        for (const QString &author : { QStringLiteral("hv-0042"), QStringLiteral("hv-0042"),
                 QStringLiteral("hv-0042"), QStringLiteral("hv-0099") }) {
            auto record = writer.append(RecordKind::Visit, author,
                { QStringLiteral("p"), QStringLiteral("1") },
                JsonValue::object({ { QStringLiteral("child"), QStringLiteral("c-1") },
                    { QStringLiteral("visitId"), QStringLiteral("v") } }));
            QVERIFY(record);
            records.append(record->bytes);
        }

        const DeviceKeyPair serverKey = DeviceKeyPair::generate();
        Metrics metrics;
        IngestService::describeMetrics(metrics);
        const ServiceContext context { database, Clock::system(), serverKey, {}, metrics,
            SupervisionFlags::builtIn() };
        const IngestService ingest(context);
        auto batch = RecordBatch::parse(RecordBatch::build(records));
        QVERIFY(batch);
        auto first = ingest.ingest(device, *batch);
        QVERIFY(first);
        QCOMPARE(first->receipt.seq, qint64(3));
        auto again = RecordBatch::parse(RecordBatch::build(records.mid(0, 3)));
        QVERIFY(again);
        QVERIFY(ingest.ingest(device, *again));

        const QByteArray text = metrics.render();
        for (const QByteArray &line : {
                 QByteArray("# TYPE hearth_records_accepted_total counter"),
                 QByteArray("hearth_records_accepted_total{status=\"stored\"} 3"),
                 QByteArray("hearth_records_accepted_total{status=\"duplicate\"} 3"),
                 QByteArray("# TYPE hearth_records_refused_total counter"),
                 QByteArray("hearth_records_refused_total{reason=\"author-mismatch\"} 1"),
                 QByteArray("# TYPE hearth_record_verify_seconds summary"),
                 QByteArray("hearth_record_verify_seconds_count 2"),
             })
            QVERIFY2(text.split('\n').contains(line), text.constData());
        // Vocabulary only: no record id, device id or author in any metric.
        QVERIFY(!text.contains("tablet-0001"));
        QVERIFY(!text.contains("hv-0"));
    }
};

QTEST_GUILESS_MAIN(TestIngestMetrics)
#include "tst_ingestmetrics.moc"
