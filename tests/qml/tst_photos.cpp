// Photographs in a visit, against a real session on a throwaway vault: what PhotoImport keeps
// of a camera JPEG (pixels only: no EXIF, no GPS, no device), scaling, every kind of bad input
// refused with nothing stored, adding and removing through the controller, and signing, which
// binds each photo by its BLAKE2b hash, pins it in the vault, and is checked by verification
// (a changed byte fails).

#include "photofixtures.h"
#include "photoflow.h"
#include "photoimport.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "visitcontroller.h"
#include "workspace.h"

#include "record/canonicaljson.h"
#include "record/photohash.h"
#include "vault/attachmentstore.h"
#include "visit/visitbody.h"
#include "visit/visitservices.h"

#include <QBuffer>
#include <QImageReader>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;

bool hasExif(const QByteArray &jpeg)
{
    return jpeg.contains(QByteArrayLiteral("Exif")) || jpeg.contains("\xFF\xE1")
        || jpeg.contains(PhotoFixtures::DeviceMake);
}
} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;

    qint64 storedPhotos()
    {
        auto count = m_workspace->services()->database().scalar(
            QStringLiteral("SELECT COUNT(*) FROM attachment"));
        return count ? count.value() : -1;
    }

    QUrl writeSource(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return QUrl::fromLocalFile(path);
    }

    VisitController *openVisit()
    {
        const QString child = m_workspace->addChild(
            QStringLiteral("Ada"), QStringLiteral("L"), QStringLiteral("2024-01-15"), {});
        if (child.isEmpty() || !m_workspace->startVisit(child))
            return nullptr;
        return m_workspace->visit();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->path();
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
    }

    void cleanup()
    {
        m_workspace.reset();
        m_session.reset();
        m_dir.reset();
    }

    void keepsPixelsOnlyNoExifGpsOrDevice()
    {
        const QByteArray source = PhotoFixtures::jpegWithExif(640, 480);
        // The fixture is what it claims: Qt reads it, and the EXIF block is in the bytes.
        QVERIFY(hasExif(source));
        QVERIFY(source.contains(QByteArrayLiteral("MM\x00\x2A")));
        QVERIFY(!QImage::fromData(source).isNull());

        auto photo = PhotoImport::fromBytes(source);
        QVERIFY2(photo, qPrintable(photo ? QString() : photo.error()));
        QVERIFY(PhotoHash::looksLikeJpeg(photo->jpeg));
        QVERIFY(!hasExif(photo->jpeg));
        QVERIFY(!photo->jpeg.contains("\xFF\xFE")); // no JPEG comment either
        QCOMPARE(QSize(photo->width, photo->height), QSize(640, 480));
        QBuffer buffer(&photo->jpeg);
        QImageReader reader(&buffer);
        QVERIFY(reader.textKeys().isEmpty());
    }

    void scalesTheLongestSide_data()
    {
        QTest::addColumn<QSize>("source");
        QTest::addColumn<QSize>("kept");
        QTest::newRow("landscape") << QSize(3000, 1000) << QSize(2048, 682);
        QTest::newRow("portrait") << QSize(1200, 4000) << QSize(614, 2048);
        QTest::newRow("small: unchanged") << QSize(800, 600) << QSize(800, 600);
    }

    void scalesTheLongestSide()
    {
        QFETCH(QSize, source);
        QFETCH(QSize, kept);
        auto photo = PhotoImport::fromBytes(
            PhotoFixtures::encode(PhotoFixtures::picture(source.width(), source.height()), "png"));
        QVERIFY(photo);
        QCOMPARE(QSize(photo->width, photo->height), kept);
        QCOMPARE(QImage::fromData(photo->jpeg, "JPEG").size(), kept);
    }

    void refusesBadInputAndStoresNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray jpeg = PhotoFixtures::jpegWithExif(640, 480);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not an image") << QByteArrayLiteral("Dear health visitor, ...\n");
        QTest::newRow("truncated JPEG") << jpeg.left(jpeg.size() * 2 / 3);
        QTest::newRow("JPEG header only") << jpeg.left(200);
        QTest::newRow("truncated PNG")
            << PhotoFixtures::encode(PhotoFixtures::picture(640, 480), "png").left(300);
        QTest::newRow("too large") << QByteArray(int(PhotoImport::MaxSourceBytes) + 1, '\x55');
    }

    void refusesBadInputAndStoresNothing()
    {
        QFETCH(QByteArray, bytes);
        VisitController *visit = openVisit();
        QVERIFY(visit);
        const QUrl file = writeSource(QStringLiteral("source.bin"), bytes);
        QVERIFY(file.isValid());
        QVERIFY(!visit->addPhotoFromFile(file));
        QVERIFY(!visit->errorText().isEmpty());
        QVERIFY(visit->photos().isEmpty());
        QCOMPARE(storedPhotos(), 0);
    }

    void addsAndRemovesBeforeSigning()
    {
        VisitController *visit = openVisit();
        QVERIFY(visit);
        const QUrl file
            = writeSource(QStringLiteral("bruise.jpg"), PhotoFixtures::jpegWithExif(3000, 2000));
        QVERIFY(visit->addPhotoFromFile(file));
        QVERIFY(!visit->addPhotoFromFile(file)); // the same photo twice is refused
        QCOMPARE(visit->photos().size(), 1);
        QCOMPARE(storedPhotos(), 1);
        const VisitPhoto photo = visit->visit().photos.constFirst();
        auto stored = AttachmentStore(m_workspace->services()->database()).read(photo.hash);
        QVERIFY(stored && stored->has_value());
        QCOMPARE(PhotoHash::of((*stored)->bytes), photo.hash);
        QCOMPARE(photo.bytes, (*stored)->bytes.size());
        QVERIFY(!hasExif((*stored)->bytes));
        QCOMPARE(QSize(int(photo.width), int(photo.height)), QSize(2048, 1365));

        QVERIFY(visit->write(VisitField::PhotoCaption, {}, 0, QStringLiteral("Left forearm")));
        QVERIFY(!visit->write(VisitField::PhotoMark, {}, 0, QStringLiteral("two")));
        QVERIFY(visit->flush());

        // The draft names it after reopening.
        const QString draftId = visit->visitId();
        m_workspace->closeVisit();
        QVERIFY(m_workspace->openDraft(draftId));
        visit = m_workspace->visit();
        QCOMPARE(visit->visit().photos.size(), 1);
        QCOMPARE(visit->visit().photos.constFirst().caption, QStringLiteral("Left forearm"));

        QVERIFY(visit->removePhoto(0));
        QVERIFY(visit->photos().isEmpty());
        QCOMPARE(storedPhotos(), 0);
    }

    void discardingADraftForgetsItsPhotos()
    {
        VisitController *visit = openVisit();
        QVERIFY(visit);
        QVERIFY(visit->addPhotoFromFile(
            writeSource(QStringLiteral("hall.jpg"), PhotoFixtures::jpegWithExif(400, 300))));
        QCOMPARE(storedPhotos(), 1);
        QVERIFY(m_workspace->discardDraft(visit->visitId()));
        QCOMPARE(storedPhotos(), 0);
    }

    void signingBindsPinsAndVerifiesThePhoto()
    {
        VisitController *visit = openVisit();
        QVERIFY(visit);
        QVERIFY(PhotoFlow::completeVisit(*visit));
        QVERIFY(visit->addPhotoFromFile(
            writeSource(QStringLiteral("room.jpg"), PhotoFixtures::jpegWithExif(800, 600))));
        const QString hash = visit->visit().photos.constFirst().hash;
        QSignalSpy signedSpy(m_workspace.get(), &Workspace::visitSigned);
        m_workspace->sign(Passcode);
        QVERIFY(signedSpy.wait(SlowMs));

        RecordStore &records = m_workspace->services()->records();
        auto envelopes = records.envelopes();
        QVERIFY(envelopes && envelopes->size() == 1);
        const auto envelope = VisitBody::parseEnvelope(envelopes->constFirst());
        QVERIFY(envelope);
        QCOMPARE(envelope->body[u"format"].toInteger(), 4);
        QCOMPARE(envelope->body[u"photos"].items().at(0)[u"hash"].toString(), hash);
        QVERIFY(records.verifyAll());

        Database &db = m_workspace->services()->database();
        AttachmentStore store(db);
        auto pinned = store.isSigned(hash);
        QVERIFY(pinned && pinned.value());
        QVERIFY(store.removeUnsigned(hash, {}));
        QCOMPARE(storedPhotos(), 1);
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM attachment")));
        QVERIFY(!db.exec(QStringLiteral("UPDATE attachment SET bytes = x'00'")));

        // One changed byte, written past the schema's guards as damage or tampering would.
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER attachment_unchanged")));
        auto bytes = store.read(hash);
        QVERIFY(bytes && bytes->has_value());
        QByteArray changed = (*bytes)->bytes;
        changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
        auto update = db.prepare(QStringLiteral("UPDATE attachment SET bytes = ? WHERE hash = ?"));
        QVERIFY(update);
        QVERIFY(update->bind(1, changed).bind(2, hash).run());
        QVERIFY(!store.read(hash));
        auto verified = records.verifyAll();
        QVERIFY(!verified);
        QCOMPARE(verified.error().kind, VerificationProblem::Kind::PhotoChanged);
    }
};

QTEST_MAIN(TestPhotos)
#include "tst_photos.moc"
