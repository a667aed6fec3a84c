// Photographs in the signed visit body (format 4): the BLAKE2b-256 binding against published
// values, the body written and read back, formats 1 to 3 still read, and every malformed
// photo entry refused by the verifier at its path.

#include "model/visitjson.h"
#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "record/photobody.h"
#include "record/photohash.h"
#include "visit/bodymarks.h"
#include "visit/visitbody.h"

#include <QTest>

using namespace hearth;

namespace {
const QString Hash = PhotoHash::of(QByteArrayLiteral("\xFF\xD8\xFF a photo \xFF\xD9"));

// A visit with one mark and one photo of it.
Visit photographedVisit()
{
    VisitDocument document;
    auto row = BodyMarks::place(
        document, BodyOutline::Child, BodySide::Front, 7470, 4775, QDate(2026, 3, 14));
    Q_ASSERT(row);
    Visit visit = document.visit();
    BodyMark &mark = visit.bodyMap.marks.first();
    mark.lengthMm = 30;
    mark.widthMm = 12;
    mark.colour = MarkColour::Purple;
    mark.description = QStringLiteral("Oval bruise.");
    visit.id = QStringLiteral("visit-1");
    visit.start.childId = QStringLiteral("child-1");
    VisitPhoto photo;
    photo.hash = Hash;
    photo.bytes = 412873;
    photo.mediaType = PhotoHash::mediaType();
    photo.width = 2048;
    photo.height = 1536;
    photo.caption = QStringLiteral("Bruise on the left forearm, ruler beside it.");
    photo.takenUtc = QStringLiteral("2026-03-14T10:21:07.412Z");
    photo.mark = 1;
    visit.photos.append(photo);
    return visit;
}

JsonValue bodyWithPhotoMember(const QString &key, const QByteArray &json)
{
    JsonValue body = VisitBody::toBody(photographedVisit()).value();
    JsonValue photo = body[u"photos"].items().front();
    if (json.isEmpty())
        photo.remove(key);
    else
        photo.insert(key, CanonicalJson::parse(json).value());
    JsonValue list = JsonValue::array();
    list.append(photo);
    body.insert(QStringLiteral("photos"), list);
    return body;
}
} // namespace

class TestPhotoBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // BLAKE2b-256 (RFC 7693 with a 32-byte digest, no key), as libsodium and b2sum -l 256 give.
    void hashIsBlake2b256_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("hash");
        QTest::newRow("empty")
            << QByteArray() << "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8";
        QTest::newRow("abc") << QByteArrayLiteral("abc")
                             << "bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319";
    }

    void hashIsBlake2b256()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, hash);
        QCOMPARE(PhotoHash::of(bytes), hash);
        QVERIFY(PhotoHash::isHash(hash));
        QByteArray changed = bytes + '\0';
        QVERIFY(PhotoHash::of(changed) != hash);
        QVERIFY(!PhotoHash::isHash(hash.toUpper()));
        QVERIFY(!PhotoHash::isHash(hash.left(63)));
    }

    void formatFourRoundTrip()
    {
        const Visit visit = photographedVisit();
        auto body = VisitBody::toBody(visit);
        QVERIFY(body);
        QCOMPARE(body.value()[u"format"].toInteger(), 4);
        QCOMPARE(body.value()[u"photos"].items().front()[u"hash"].toString(), Hash);
        QVERIFY(BodyValidator::validate(RecordKind::Visit, body.value()));
        QCOMPARE(PhotoBody::hashes(body.value()), QStringList { Hash });
        auto back = VisitBody::fromBody(body.value());
        QVERIFY(back);
        QCOMPARE(VisitJson::toJson(back.value()), VisitJson::toJson(visit));

        // No photos, no member; and older formats still read, with none.
        Visit plainVisit = visit;
        plainVisit.photos.clear();
        JsonValue plain = VisitBody::toBody(plainVisit).value();
        QVERIFY(!plain.contains(u"photos"));
        for (const qint64 format : { 1, 2, 3 }) {
            JsonValue old = plain;
            old.remove(QStringLiteral("bodyMap"));
            old.insert(QStringLiteral("format"), format);
            QVERIFY(BodyValidator::validate(RecordKind::Visit, old));
            auto read = VisitBody::fromBody(old);
            QVERIFY2(read, qPrintable(read ? QString() : read.error()));
            QVERIFY(read->photos.isEmpty());
        }
        // Photos in a format 3 body are refused.
        JsonValue mislabelled = body.value();
        mislabelled.insert(QStringLiteral("format"), 3);
        auto refused = BodyValidator::validate(RecordKind::Visit, mislabelled);
        QVERIFY(!refused);
        QCOMPARE(refused.error().path, QStringLiteral("$.body.photos"));
    }

    void verifierRefusesABadPhoto_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("json"); // empty: the member is removed
        const auto row = [](const char *name, const char *key, const char *json) {
            QTest::newRow(name) << QString::fromLatin1(key) << QByteArray(json);
        };
        row("no hash", "hash", "");
        row("hash upper case", "hash", qPrintable(u'"' + Hash.toUpper() + u'"'));
        row("hash too short", "hash", qPrintable(u'"' + Hash.left(62) + u'"'));
        row("hash a number", "hash", "7");
        row("no length", "bytes", "");
        row("length zero", "bytes", "0");
        row("length over 4 MiB", "bytes", "4194305");
        row("media type PNG", "mediaType", R"("image/png")");
        row("no media type", "mediaType", "");
        row("width zero", "width", "0");
        row("height over 2048", "height", "2049");
        row("width as text", "width", R"("2048")");
        row("caption missing", "caption", "");
        row("caption a number", "caption", "3");
        row("taken not a time", "takenUtc", R"("yesterday")");
        row("taken missing", "takenUtc", "");
        row("mark zero", "mark", "0");
        row("mark not on the map", "mark", "2");
        row("mark as text", "mark", R"("1")");
    }

    void verifierRefusesABadPhoto()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, json);
        auto checked = BodyValidator::validate(RecordKind::Visit, bodyWithPhotoMember(key, json));
        QVERIFY(!checked);
        QCOMPARE(checked.error().path, QStringLiteral("$.body.photos[0].") + key);
    }

    void verifierRefusesABadList()
    {
        JsonValue body = VisitBody::toBody(photographedVisit()).value();
        JsonValue twice = body[u"photos"];
        twice.append(twice.items().front());
        body.insert(QStringLiteral("photos"), twice);
        auto repeated = BodyValidator::validate(RecordKind::Visit, body);
        QVERIFY(!repeated);
        QCOMPARE(repeated.error().path, QStringLiteral("$.body.photos[1].hash"));

        body.insert(QStringLiteral("photos"), CanonicalJson::parse("{}").value());
        auto notList = BodyValidator::validate(RecordKind::Visit, body);
        QVERIFY(!notList);
        QCOMPARE(notList.error().path, QStringLiteral("$.body.photos"));

        body.insert(QStringLiteral("photos"), CanonicalJson::parse("[3]").value());
        auto notObject = BodyValidator::validate(RecordKind::Visit, body);
        QVERIFY(!notObject);
        QCOMPARE(notObject.error().path, QStringLiteral("$.body.photos[0]"));
    }
};

QTEST_GUILESS_MAIN(TestPhotoBody)
#include "tst_photobody.moc"
