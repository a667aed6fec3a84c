// Photographs sent to the agency server (PROTOCOL.md, "PUT /v1/attachments/<hash>"): stored
// once per device under their hash, refused with a named problem and nothing changed when they
// are not what they claim, and required before any visit naming them is stored.
#include "../qml/photofixtures.h"
#include "consoleclient.h"
#include "record/canonicaljson.h"
#include "record/photohash.h"
#include "serverfixture.h"
#include "testbackend.h"

#include <QSqlQuery>
#include <QTest>

using namespace hearth;

namespace {
QByteArray jpeg(int width = 320, int height = 240)
{
    return PhotoFixtures::encode(PhotoFixtures::picture(width, height), "jpeg");
}

JsonValue photoEntry(const QByteArray &bytes, int width, int height)
{
    return JsonValue::object({ { QStringLiteral("hash"), PhotoHash::of(bytes) },
        { QStringLiteral("bytes"), qint64(bytes.size()) },
        { QStringLiteral("mediaType"), PhotoHash::mediaType() }, { QStringLiteral("width"), width },
        { QStringLiteral("height"), height },
        { QStringLiteral("caption"), QStringLiteral("Bruise on the left forearm.") },
        { QStringLiteral("takenUtc"), QStringLiteral("2026-03-14T10:21:07.412Z") },
        { QStringLiteral("mark"), JsonValue(nullptr) } });
}

// A format 4 visit naming these photographs (each 320 x 240).
JsonValue visitWith(const QList<QByteArray> &photos, const QString &visitId)
{
    JsonValue list = JsonValue::array();
    for (const QByteArray &photo : photos)
        list.append(photoEntry(photo, 320, 240));
    return JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
        { QStringLiteral("visitId"), visitId }, { QStringLiteral("format"), 4 },
        { QStringLiteral("photos"), list } });
}
} // namespace

class TestServerAttachments : public ServerFixture
{
    Q_OBJECT

    ConsoleAnswer console(const QByteArray &method, const QByteArray &target,
        const QByteArray &cookie, const QByteArray &form = {}) const
    {
        return ConsoleClient::request(port(), method, target, cookie, form);
    }
    quint16 port() const { return quint16(m_server->url(QStringLiteral("/")).port()); }

    QUrl attachment(const QString &hash) const
    {
        return url(QStringLiteral("/v1/attachments/") + hash);
    }
    QUrl records() const { return url(QStringLiteral("/v1/records")); }

    static Reply putPhoto(TestDevice &device, const QUrl &where, const QByteArray &bytes)
    {
        return device.request("PUT", where, bytes, "image/jpeg");
    }

    QString referencedBy(const QString &device, const QString &hash) const
    {
        QSqlQuery query(m_backend->database());
        query.prepare(
            QStringLiteral("SELECT record_id FROM attachments WHERE device_id = ? AND hash = ?"));
        query.addBindValue(device);
        query.addBindValue(hash);
        if (!query.exec() || !query.next())
            return QStringLiteral("(none)");
        return query.value(0).isNull() ? QString() : query.value(0).toString();
    }

private Q_SLOTS:
    void init()
    {
        const QString ready = setUp();
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
    }
    void cleanup() { tearDown(); }

    void storedOnceThenADuplicate()
    {
        auto device = enrolled();
        const QByteArray photo = jpeg();
        const QString hash = PhotoHash::of(photo);
        Reply first = putPhoto(*device, attachment(hash), photo);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.json[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(first.json[u"hash"].toString(), hash);
        const QByteArray after = m_backend->fingerprint();
        // Sent again (the answer was lost on a cut connection): success, nothing changes.
        Reply again = putPhoto(*device, attachment(hash), photo);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json[u"status"].toString(), QStringLiteral("duplicate"));
        QCOMPARE(m_backend->fingerprint(), after);
        QCOMPARE(m_backend->count(QStringLiteral("attachments")), 1);

        QSqlQuery stored(m_backend->database());
        QVERIFY(stored.exec(QStringLiteral("SELECT content, width, height FROM attachments")));
        QVERIFY(stored.next());
        QCOMPARE(stored.value(0).toByteArray(), photo);
        QCOMPARE(stored.value(1).toInt(), 320);
        QCOMPARE(stored.value(2).toInt(), 240);
    }

    void aVisitIsStoredOnceItsPhotosArrived()
    {
        auto device = enrolled();
        const QByteArray one = jpeg(320, 240);
        QImage inverted = PhotoFixtures::picture(320, 240);
        inverted.invertPixels();
        const QByteArray two = PhotoFixtures::encode(inverted, "jpeg");
        QVERIFY(one != two);
        const QByteArray visit = device->makeVisit(visitWith({ one, two }, QStringLiteral("v-1")));
        QCOMPARE(putPhoto(*device, attachment(PhotoHash::of(one)), one).status, 201);

        // One photo is still missing: the visit is refused and nothing of it is stored.
        const QByteArray before = m_backend->fingerprint();
        Reply refused = device->upload(records(), { visit });
        QCOMPARE(refused.status, 200);
        const JsonValue &result = refused.json[u"results"].items().at(0);
        QCOMPARE(result[u"status"].toString(), QStringLiteral("rejected"));
        QCOMPARE(result[u"problem"][u"type"].toString(), type(ProblemType::PhotoMissing));
        QVERIFY(result[u"problem"][u"detail"].toString().contains(PhotoHash::of(two)));
        QCOMPARE(result[u"expectedSeq"].toInteger(), 1);
        QCOMPARE(refused.json[u"receipt"][u"seq"].toInteger(), 0);
        QCOMPARE(m_backend->fingerprint(), before);

        QCOMPARE(putPhoto(*device, attachment(PhotoHash::of(two)), two).status, 201);
        Reply stored = device->upload(records(), { visit });
        QCOMPARE(
            stored.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
        QCOMPARE(stored.json[u"receipt"][u"seq"].toInteger(), 1);
        const QString recordId = stored.json[u"results"].items().at(0)[u"id"].toString();
        QCOMPARE(referencedBy(device->id, PhotoHash::of(one)), recordId);
        QCOMPARE(referencedBy(device->id, PhotoHash::of(two)), recordId);
    }

    // Photos belong to the device that sent them, like record ids: another device having the
    // same bytes does not let a visit through.
    void anotherDevicesPhotoDoesNotCount()
    {
        auto owner = enrolled();
        auto other = enrolled();
        const QByteArray photo = jpeg();
        QCOMPARE(putPhoto(*other, attachment(PhotoHash::of(photo)), photo).status, 201);
        const QByteArray before = m_backend->fingerprint();
        Reply refused = owner->upload(
            records(), { owner->makeVisit(visitWith({ photo }, QStringLiteral("v-1"))) });
        QCOMPARE(refused.json[u"results"].items().at(0)[u"problem"][u"type"].toString(),
            type(ProblemType::PhotoMissing));
        QCOMPARE(m_backend->fingerprint(), before);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("problem");
        QTest::newRow("bytes not matching the path")
            << "mismatch" << 400 << type(ProblemType::PhotoHashMismatch);
        QTest::newRow("a PNG") << "png" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("a cut-off JPEG") << "truncated" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("bytes after the end of image")
            << "trailing" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("a camera JPEG with EXIF and GPS")
            << "exif" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("JPEG markers around junk")
            << "junk" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("larger than 2048 pixels")
            << "huge" << 415 << type(ProblemType::PhotoNotJpeg);
        QTest::newRow("over 4 MiB") << "oversize" << 413 << type(ProblemType::PhotoTooLarge);
        QTest::newRow("not sent as image/jpeg")
            << "contenttype" << 415 << type(ProblemType::UnsupportedMediaType);
        QTest::newRow("a path that is not a hash") << "path" << 404 << type(ProblemType::NotFound);
        QTest::newRow("wrong method") << "method" << 405 << type(ProblemType::MethodNotAllowed);
        QTest::newRow("unsigned") << "unsigned" << 401 << type(ProblemType::AuthenticationRequired);
        QTest::newRow("bad signature") << "badsig" << 401 << type(ProblemType::BadRequestSignature);
        QTest::newRow("unknown device") << "unknown" << 401 << type(ProblemType::UnknownDevice);
        QTest::newRow("revoked device") << "revoked" << 403 << type(ProblemType::DeviceRevoked);
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, problem);
        auto device = enrolled();
        QByteArray body = jpeg();
        QString hash = PhotoHash::of(body);
        QByteArray method = "PUT";
        QByteArray contentType = "image/jpeg";
        if (kind == u"mismatch")
            hash = PhotoHash::of(jpeg(321, 240));
        if (kind == u"png")
            body = PhotoFixtures::encode(PhotoFixtures::picture(320, 240), "png");
        if (kind == u"truncated")
            body = body.left(body.size() / 2) + QByteArray("\xFF\xD9", 2);
        if (kind == u"trailing")
            body += QByteArray("\x00\x01", 2);
        if (kind == u"exif")
            body = PhotoFixtures::jpegWithExif(320, 240);
        if (kind == u"junk")
            body
                = QByteArray("\xFF\xD8\xFF", 3) + QByteArray(5000, 'x') + QByteArray("\xFF\xD9", 2);
        if (kind == u"huge")
            body = jpeg(2049, 16);
        if (kind == u"oversize")
            body = body.left(body.size() - 2) + QByteArray(PhotoHash::MaxBytes, '\0')
                + QByteArray("\xFF\xD9", 2);
        if (kind == u"contenttype")
            contentType = "application/octet-stream";
        if (kind == u"method")
            method = "POST";
        if (kind != u"mismatch" && kind != u"path")
            hash = PhotoHash::of(body);
        const QUrl where = kind == u"path"
            ? url(QStringLiteral("/v1/attachments/") + hash.toUpper())
            : attachment(hash);
        Headers headers = device->signedHeaders(method, where, body);
        if (kind == u"unsigned")
            headers.clear();
        if (kind == u"badsig")
            headers = device->signedHeaders(method, where, body + "x");
        if (kind == u"unknown") {
            TestDevice stranger;
            stranger.id = QStringLiteral("dev-nobody");
            headers = stranger.signedHeaders(method, where, body);
        }
        if (kind == u"revoked")
            QCOMPARE(admin({ QStringLiteral("revoke"), device->id }).exitCode, 0);
        headers.append({ "Content-Type", contentType });

        const QByteArray before = m_backend->fingerprint();
        const Reply reply = HttpClient::send(device->network, method, where, headers, body);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.contentType, QByteArray("application/problem+json"));
        QCOMPARE(reply.problemType(), problem);
        QVERIFY(!reply.json[u"detail"].toString().isEmpty());
        QCOMPARE(m_backend->fingerprint(), before);
        QCOMPARE(m_backend->count(QStringLiteral("attachments")), 0);
        QCOMPARE(
            HttpClient::send(device->network, "GET", url(QStringLiteral("/health"))).status, 200);
    }

    // The console shows a visit's photo, from the server's store, to staff who may read the
    // child's records, with the console's headers; anyone else is refused, and both are audited.
    void consoleShowsPhotosToThoseWhoMaySee()
    {
        QCOMPARE(admin({ QStringLiteral("import"),
                           QStringLiteral(HEARTH_SERVER_TEST_DATA "/caseload.json"),
                           QStringLiteral("--assign-to"), QStringLiteral("hv-0042") })
                     .exitCode,
            0);
        QCOMPARE(ConsoleClient::addSupervisor(
                     m_backend->storeArguments(), QStringLiteral("sup-a"), true),
            QString());
        QCOMPARE(ConsoleClient::addSupervisor(
                     m_backend->storeArguments(), QStringLiteral("sup-b"), false),
            QString());
        auto device = enrolled();
        const QByteArray photo = jpeg();
        const QString hash = PhotoHash::of(photo);
        QCOMPARE(putPhoto(*device, attachment(hash), photo).status, 201);
        JsonValue body = visitWith({ photo }, QStringLiteral("v-1"));
        body.insert(QStringLiteral("child"), QStringLiteral("ch-1"));
        const Reply stored = device->upload(records(), { device->makeVisit(body) });
        QCOMPARE(stored.json[u"receipt"][u"seq"].toInteger(), 1);
        const QString id = stored.json[u"results"].items().at(0)[u"id"].toString();
        const QByteArray photoPath = "/console/photo?device=" + device->id.toUtf8()
            + "&id=" + id.toUtf8() + "&hash=" + hash.toUtf8();

        const QByteArray allowed = ConsoleClient::signIn(port(), QStringLiteral("sup-a"));
        QVERIFY(!allowed.isEmpty());
        const ConsoleAnswer page = console("GET", "/console/child?id=ch-1", allowed);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains(QByteArray(photoPath).replace("&", "&amp;")));
        QVERIFY(page.body.contains("Bruise on the left forearm."));
        const ConsoleAnswer shown = console("GET", photoPath, allowed);
        QCOMPARE(shown.status, 200);
        QCOMPARE(shown.header("Content-Type"), QByteArray("image/jpeg"));
        QCOMPARE(shown.header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(shown.header("Content-Security-Policy").contains("img-src 'self'"));
        QCOMPARE(shown.body, photo);
        // Only a photo the record names.
        const QByteArray otherHash = PhotoHash::of(jpeg(10, 10)).toUtf8();
        QCOMPARE(
            console("GET", photoPath.left(photoPath.size() - 64) + otherHash, allowed).status, 404);
        // Not signed in: to the sign-in page, no bytes.
        const ConsoleAnswer anonymous = console("GET", photoPath, {});
        QCOMPARE(anonymous.status, 303);
        QVERIFY(!anonymous.body.contains("\xFF\xD8"));

        const QByteArray refused = ConsoleClient::signIn(port(), QStringLiteral("sup-b"));
        QVERIFY(!refused.isEmpty());
        const ConsoleAnswer forbidden = console("GET", photoPath, refused);
        QCOMPARE(forbidden.status, 403);
        QVERIFY(!forbidden.body.contains(photo.left(64)));

        QSqlQuery audit(m_backend->database());
        QVERIFY(audit.exec(QStringLiteral("SELECT user_name, action FROM console_audit"
                                          " WHERE action LIKE '%-photo' ORDER BY user_name")));
        QStringList rows;
        while (audit.next())
            rows << audit.value(0).toString() + u' ' + audit.value(1).toString();
        QCOMPARE(rows,
            QStringList(
                { QStringLiteral("sup-a view-photo"), QStringLiteral("sup-b refused-photo") }));
    }

    // A photo no record names is kept for AttachmentRepository::UnreferencedDays (30) from its
    // arrival; the device's next upload after that removes it. A named one is kept for good.
    void unreferencedPhotosAreRemovedAfterThirtyDays()
    {
        auto device = enrolled();
        const QByteArray named = jpeg(320, 240);
        const QByteArray orphan = jpeg(200, 100);
        QCOMPARE(putPhoto(*device, attachment(PhotoHash::of(named)), named).status, 201);
        QCOMPARE(putPhoto(*device, attachment(PhotoHash::of(orphan)), orphan).status, 201);
        QCOMPARE(device
                     ->upload(records(),
                         { device->makeVisit(visitWith({ named }, QStringLiteral("v-1"))) })
                     .json[u"receipt"][u"seq"]
                     .toInteger(),
            1);

        constexpr qint64 day = 24 * 60 * 60;
        for (const qint64 days : { qint64(29), qint64(31) }) {
            ServerProcess later;
            const QString started = later.start(m_backend->storeArguments(),
                { QStringLiteral("--clock-offset"), QString::number(days * day) });
            QVERIFY2(started.isEmpty(), qPrintable(started));
            device->clockOffset = days * day;
            const QByteArray next = jpeg(100 + int(days), 100);
            QCOMPARE(putPhoto(*device,
                         later.url(QStringLiteral("/v1/attachments/") + PhotoHash::of(next)), next)
                         .status,
                201);
            // A null record id: stored and unreferenced; "(none)": not stored.
            const QString orphanRow = referencedBy(device->id, PhotoHash::of(orphan));
            QCOMPARE(orphanRow.isNull() ? QStringLiteral("kept") : orphanRow,
                days < 30 ? QStringLiteral("kept") : QStringLiteral("(none)"));
            QVERIFY(referencedBy(device->id, PhotoHash::of(named)).startsWith(u'0'));
        }
    }

    // A tablet that lost touch for more than the window sends the same photo again: it is
    // stored afresh for a new window, not answered "duplicate" and then removed by that same
    // upload (which would leave the tablet believing the agency has it).
    void aPhotoSentAgainAfterItsWindowIsStoredAfresh()
    {
        auto device = enrolled();
        const QByteArray photo = jpeg();
        const QString hash = PhotoHash::of(photo);
        QCOMPARE(putPhoto(*device, attachment(hash), photo).status, 201);

        constexpr qint64 days31 = 31 * 24 * 60 * 60;
        ServerProcess later;
        const QString started = later.start(m_backend->storeArguments(),
            { QStringLiteral("--clock-offset"), QString::number(days31) });
        QVERIFY2(started.isEmpty(), qPrintable(started));
        device->clockOffset = days31;
        Reply again
            = putPhoto(*device, later.url(QStringLiteral("/v1/attachments/") + hash), photo);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.json[u"status"].toString(), QStringLiteral("stored"));
        QVERIFY(referencedBy(device->id, hash).isNull()); // there, and not yet named
        // Named by a visit at once, it stays.
        Reply stored = device->upload(later.url(QStringLiteral("/v1/records")),
            { device->makeVisit(visitWith({ photo }, QStringLiteral("v-1"))) });
        QCOMPARE(
            stored.json[u"results"].items().at(0)[u"status"].toString(), QStringLiteral("stored"));
    }
};

HEARTH_SERVER_TEST_MAIN(TestServerAttachments)
#include "tst_serverattachments.moc"
