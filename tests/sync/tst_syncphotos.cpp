// A signed visit's photographs travel from the tablet's vault to the real hearth-server before
// the visit's record: each once, resumed after a cut connection without sending again what the
// server accepted, and a photo the server refuses keeps its record on the tablet, unsent.
#include "../qml/photofixtures.h"
#include "faultproxy.h"
#include "record/photohash.h"
#include "sync/syncstore.h"
#include "syncserver.h"
#include "tablet.h"
#include "testbackend.h"
#include "vault/attachmentstore.h"
#include "vault/recordstore.h"

#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

using namespace hearth;
using Outcome = SyncAttempt::Outcome;

namespace {
constexpr int Side = 240;

QByteArray photo(int shade, bool withExif = false)
{
    QImage image = PhotoFixtures::picture(Side, Side);
    QPainter(&image).fillRect(0, 0, 32, 32, QColor(shade * 40, 0, 0)); // a different photo each
    const QByteArray plain = PhotoFixtures::encode(image, "jpeg");
    return withExif ? plain.left(2) + PhotoFixtures::exifSegment() + plain.mid(2) : plain;
}
} // namespace

class TestSyncPhotos : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncServer> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    std::unique_ptr<Tablet> m_tablet;
    int m_visits = 0;

    // Stores the photos in the vault as the app does and signs a format 4 visit naming them.
    QStringList signVisitWith(const QList<QByteArray> &photos)
    {
        Database &db = m_tablet->vault().database();
        AttachmentStore attachments(db);
        JsonValue list = JsonValue::array();
        QStringList hashes;
        for (const QByteArray &bytes : photos) {
            auto hash
                = attachments.put(bytes, Side, Side, QStringLiteral("2026-03-14T10:21:07.412Z"));
            if (!hash)
                return {};
            hashes << *hash;
            list.append(JsonValue::object({ { QStringLiteral("hash"), *hash },
                { QStringLiteral("bytes"), qint64(bytes.size()) },
                { QStringLiteral("mediaType"), PhotoHash::mediaType() },
                { QStringLiteral("width"), Side }, { QStringLiteral("height"), Side },
                { QStringLiteral("caption"), QStringLiteral("Bruise, ruler beside it.") },
                { QStringLiteral("takenUtc"), QStringLiteral("2026-03-14T10:21:07.412Z") },
                { QStringLiteral("mark"), JsonValue(nullptr) } }));
        }
        RecordStore store(db, m_tablet->clock);
        if (!store.open())
            return {};
        const JsonValue body
            = JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("visitId"), QStringLiteral("photo-visit-%1").arg(++m_visits) },
                { QStringLiteral("format"), 4 }, { QStringLiteral("photos"), list } });
        if (!store.append(RecordKind::Visit, QStringLiteral("hv-0042"),
                { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") }, body))
            return {};
        return hashes;
    }

    // hearth_http_requests_total for PUT /v1/attachments with this status, read from the
    // server's own /metrics (not through the proxy).
    int attachmentAnswers(int status)
    {
        QNetworkRequest request(m_server->url().resolved(QUrl(QStringLiteral("/metrics"))));
        QNetworkReply *reply = m_tablet->network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QString text = QString::fromUtf8(reply->readAll());
        reply->deleteLater();
        const QRegularExpression line(QStringLiteral(
            "hearth_http_requests_total\\{route=\"/v1/attachments\",status=\"%1\"\\} "
            "(\\d+)")
                                          .arg(status));
        const auto match = line.match(text);
        return match.hasMatch() ? match.captured(1).toInt() : 0;
    }

    QSet<QString> acceptedOnTablet(const QStringList &hashes)
    {
        return SyncStore(m_tablet->vault().database()).acceptedPhotos(hashes).value();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<SyncServer>();
        QCOMPARE(m_server->create(), QString());
        QCOMPARE(m_server->start(), QString());
        m_proxy = std::make_unique<FaultProxy>(m_server->port());
        QVERIFY(m_proxy->start());
        m_tablet = std::make_unique<Tablet>();
        QCOMPARE(m_tablet->create(), QString());
        const QUrl viaProxy(QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()));
        QCOMPARE(m_tablet->enrol(viaProxy, m_server->newCode()), QString());
    }
    void cleanup()
    {
        m_tablet.reset();
        m_proxy.reset();
        m_server.reset();
    }

    void photosTravelOnceBeforeTheirVisit()
    {
        QVERIFY(m_tablet->sign(1));
        const QStringList hashes = signVisitWith({ photo(1), photo(2) });
        QCOMPARE(hashes.size(), 2);
        QVERIFY(m_tablet->sign(1));
        const SyncAttempt attempt = m_tablet->sync();
        // The attempt's own words say why, should the server ever refuse here.
        QVERIFY2(attempt.outcome == Outcome::Success, qPrintable(attempt.message));
        QCOMPARE(attempt.acknowledged, 3);
        checkAgree(*m_tablet, *m_server);
        QCOMPARE(attachmentAnswers(201), 2);
        QCOMPARE(acceptedOnTablet(hashes), QSet<QString>(hashes.cbegin(), hashes.cend()));

        // Nothing waits, so the next sync sends no photo again.
        QCOMPARE(m_tablet->sync().outcome, Outcome::Success);
        QCOMPARE(attachmentAnswers(201), 2);
        QCOMPARE(attachmentAnswers(200), 0);
    }

    void aCutMidUploadResumesWithoutResendingWhatWasAccepted()
    {
        const QStringList hashes = signVisitWith({ photo(1), photo(2), photo(3) });
        QCOMPARE(hashes.size(), 3);
        // The first photo goes through; the answer to the second is lost after the server
        // stored it (Qt's network access sends it once more on its own, and that is cut too).
        m_proxy->setModeAfter(1, FaultProxy::Mode::CutAfterRequest);
        const SyncAttempt cut = m_tablet->sync();
        QCOMPARE(cut.outcome, Outcome::Offline);
        QCOMPARE(m_tablet->waiting(), 1);
        QCOMPARE(m_server->exported(m_tablet->deviceId()).size(), 0);
        QCOMPARE(acceptedOnTablet(hashes), QSet<QString> { hashes[0] });
        QCOMPARE(attachmentAnswers(201), 2);

        m_proxy->setMode(FaultProxy::Mode::Pass);
        const int seenBefore = m_proxy->requestsSeen();
        const int duplicatesBefore = attachmentAnswers(200);
        const SyncAttempt resumed = m_tablet->sync();
        QCOMPARE(resumed.outcome, Outcome::Success);
        checkAgree(*m_tablet, *m_server);
        // The second photo again (the server answers "duplicate"), the third, the record and
        // the caseload: the first photo is not sent again.
        QCOMPARE(attachmentAnswers(200), duplicatesBefore + 1);
        QCOMPARE(attachmentAnswers(201), 3);
        QCOMPARE(m_proxy->requestsSeen() - seenBefore, 4);
    }

    // The server removes a photo no record has named for 30 days. A tablet that had it accepted,
    // then was cut off before the visit went, is told photo-missing and sends it again.
    void aPhotoTheServerNoLongerHasIsSentAgain()
    {
        const QStringList first = signVisitWith({ photo(1) });
        m_proxy->setModeAfter(1, FaultProxy::Mode::CutBeforeRequest);
        QCOMPARE(m_tablet->sync().outcome, Outcome::Offline);
        QCOMPARE(acceptedOnTablet(first), QSet<QString> { first[0] });
        QCOMPARE(m_server->exported(m_tablet->deviceId()).size(), 0);
        m_proxy->setMode(FaultProxy::Mode::Pass);

        // 31 days on, for both: the next visit's photo is the upload that removes the first.
        constexpr qint64 days31 = 31 * 24 * 60 * 60;
        m_server->extraArguments = { QStringLiteral("--clock-offset"), QString::number(days31) };
        QCOMPARE(m_server->start(), QString());
        m_tablet->clock.offsetSeconds = days31;
        const QStringList second = signVisitWith({ photo(2) });
        QCOMPARE(second.size(), 1);
        const SyncAttempt attempt = m_tablet->sync();
        QCOMPARE(attempt.outcome, Outcome::Success);
        QCOMPARE(attempt.acknowledged, 2);
        checkAgree(*m_tablet, *m_server);
        QCOMPARE(attachmentAnswers(201), 2); // since the restart: the second photo, the first again
    }

    void aRefusedPhotoKeepsItsRecordOnTheTablet()
    {
        QVERIFY(m_tablet->sign(1));
        // A photo with the camera's EXIF block still in it: the server refuses it by name.
        const QStringList hashes = signVisitWith({ photo(1), photo(2, true) });
        QCOMPARE(hashes.size(), 2);
        QVERIFY(m_tablet->sign(1));
        const SyncAttempt refused = m_tablet->sync();
        QCOMPARE(refused.outcome, Outcome::Refused);
        QVERIFY2(refused.message.contains(QStringLiteral("would not accept a photograph taken "
                                                         "in signed record 2")),
            qPrintable(refused.message));
        QVERIFY(refused.message.contains(QStringLiteral("photo-not-jpeg")));
        QCOMPARE(refused.acknowledged, 0);
        QCOMPARE(m_tablet->waiting(), 3);
        QCOMPARE(m_server->exported(m_tablet->deviceId()).size(), 0);
        const QString noted
            = m_tablet->vault()
                  .database()
                  .scalarText(QStringLiteral("SELECT last_error FROM outbox WHERE seq = 2"))
                  .value();
        QVERIFY(noted.startsWith(QStringLiteral("photo-not-jpeg")));
    }
};

HEARTH_SERVER_TEST_MAIN(TestSyncPhotos)
#include "tst_syncphotos.moc"
