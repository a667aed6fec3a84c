// A photo no record names is removed 30 days after it arrived, by the device's next upload
// (AttachmentHandler). A batch naming that photo may arrive at the same moment: ingest checks
// that the photo is there before its transaction, and the removal must not slip in between that
// check and the insert, or the agency would hold a signed visit whose photograph it cannot show.
// In process, against the store CTest selected (SQLite, or PostgreSQL under with-postgres): the
// injected clock's read between the check and the transaction is the moment the other upload's
// removal runs, so the interleaving is the same on every run, with no sleeps.
#include "attachmentrepository.h"
#include "devicerepository.h"
#include "ingestservice.h"
#include "record/envelope.h"
#include "record/photohash.h"
#include "record/recordchain.h"
#include "record/recordwriter.h"
#include "recordbatch.h"
#include "supervisionflags.h"
#include "testbackend.h"

#include <QTest>
#include <QTimeZone>

#include <functional>
#include <utility>

using namespace hearth;
using namespace hearth::server;

namespace {
const QDateTime Arrived = QDateTime(QDate(2026, 3, 14), QTime(10, 30), QTimeZone::utc());

// The server's clock, 31 days after the photo arrived; the first time it is read it also
// runs `atFirstRead` (the other request), as if that request had run at that instant.
class SteppingClock final : public Clock
{
public:
    mutable std::function<void()> atFirstRead;
    QDateTime nowUtc() const override
    {
        if (auto run = std::exchange(atFirstRead, nullptr))
            run();
        return Arrived.addDays(31);
    }
};
} // namespace

class TestAttachmentPrune : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestBackend> m_backend;
    std::unique_ptr<Database> m_database;

    StoreConfig config() const
    {
        if (TestBackend::selected() == TestBackend::Kind::Sqlite)
            return StoreConfig::sqliteIn(m_backend->dir());
        return StoreConfig::fromUrl(m_backend->storeArguments().at(1)).value();
    }

private Q_SLOTS:
    void init()
    {
        m_backend = std::make_unique<TestBackend>();
        const QString ready = m_backend->create();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        m_database = std::make_unique<Database>(config());
    }
    void cleanup()
    {
        m_database.reset();
        m_backend.reset();
    }

    void aPhotoRemovedWhileItsVisitArrivesIsNeverNamedByAStoredRecord()
    {
        const Database &database = *m_database;
        const DeviceKeyPair key = DeviceKeyPair::generate();
        DeviceRow device;
        device.id = QStringLiteral("tablet-0001");
        device.publicKeyHex = DeviceKeyPair::toHex(key.publicKey());
        device.name = QStringLiteral("Test tablet");
        device.practitionerId = QStringLiteral("hv-0042");
        device.enrolledAt = Envelope::formatCreated(Arrived);
        device.headHash = RecordChain::genesisHash();
        QVERIFY(DeviceRepository(database).insert(device));

        // The photo arrived 31 days ago and no record has named it yet.
        const QByteArray bytes = QByteArrayLiteral("\xff\xd8 a photograph's bytes \xff\xd9");
        const QString hash = PhotoHash::of(bytes);
        const AttachmentRepository attachments(database);
        QVERIFY(attachments.put(
            StoredAttachment { device.id, hash, PhotoHash::mediaType(), 320, 240, bytes },
            Envelope::formatCreated(Arrived)));

        UuidV7Generator ids;
        RecordWriter writer(key, ChainState::genesis(device.id), ids);
        const JsonValue photo = JsonValue::object(
            { { QStringLiteral("hash"), hash }, { QStringLiteral("bytes"), qint64(bytes.size()) },
                { QStringLiteral("mediaType"), PhotoHash::mediaType() },
                { QStringLiteral("width"), 320 }, { QStringLiteral("height"), 240 },
                { QStringLiteral("caption"), QStringLiteral("Bruise on the left forearm.") },
                { QStringLiteral("takenUtc"), QStringLiteral("2026-03-14T10:21:07.412Z") },
                { QStringLiteral("mark"), JsonValue(nullptr) } });
        auto visit = writer.append(RecordKind::Visit, QStringLiteral("hv-0042"),
            { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") },
            JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("visitId"), QStringLiteral("v-1") },
                { QStringLiteral("format"), 4 },
                { QStringLiteral("photos"), JsonValue::array({ photo }) } }));
        QVERIFY(visit);
        auto batch = RecordBatch::parse(RecordBatch::build({ visit->bytes }));
        QVERIFY(batch);

        // The device's next upload, at the same moment: its removal of photos past their window.
        int removed = -1;
        SteppingClock clock;
        clock.atFirstRead = [&] {
            auto pruned = attachments.removeUnreferenced(device.id,
                Envelope::formatCreated(
                    clock.nowUtc().addDays(-AttachmentRepository::UnreferencedDays)));
            removed = pruned ? *pruned : -1;
        };
        const DeviceKeyPair serverKey = DeviceKeyPair::generate();
        Metrics metrics;
        const ServiceContext context { database, clock, serverKey, {}, metrics,
            SupervisionFlags::builtIn() };
        auto outcome = IngestService(context).ingest(device, *batch);
        QVERIFY(outcome);
        QCOMPARE(removed, 1); // the race happened: the photo went after ingest had checked it

        // The visit waits for its photo (the tablet sends it again on photo-missing) and
        // nothing of it is stored; it is never stored naming a photo the agency cannot show.
        QCOMPARE(outcome->results.size(), 1);
        const RecordResult &result = outcome->results.constFirst();
        QCOMPARE(IngestService::statusName(result.status), QStringLiteral("rejected"));
        QVERIFY(result.problem);
        QCOMPARE(problemSlug(*result.problem), QStringLiteral("photo-missing"));
        QCOMPARE(outcome->receipt.seq, qint64(0));
        QCOMPARE(m_backend->count(QStringLiteral("records")), 0);
        QCOMPARE(m_backend->count(QStringLiteral("attachments")), 0);
        QCOMPARE(DeviceRepository(database).find(device.id).value()->headSeq, qint64(0));
    }
};

HEARTH_SERVER_TEST_MAIN(TestAttachmentPrune)
#include "tst_attachmentprune.moc"
