#include "fakeclock.h"
#include "record/bodyvalidator.h"
#include "record/canonicaljson.h"
#include "record/recordchain.h"
#include "record/recordsigner.h"
#include "record/recordwriter.h"

#include <QTest>

using namespace hearth;

Q_DECLARE_METATYPE(hearth::JsonValue)
Q_DECLARE_METATYPE(hearth::RecordKind)

namespace {
const QString validId = QStringLiteral("018f766f-f5c0-7000-8000-000000000001");

JsonValue visitBody()
{
    return JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-1") },
        { QStringLiteral("visitId"), QStringLiteral("visit-1") } });
}

Envelope validEnvelope()
{
    Envelope e;
    e.id = validId;
    e.kind = RecordKind::Visit;
    e.device = QStringLiteral("tablet-0001");
    e.author = QStringLiteral("hv-0042");
    e.seq = 1;
    e.prev = RecordChain::genesisHash();
    e.created = QStringLiteral("2024-05-14T09:30:00.000Z");
    e.pack = { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };
    e.body = visitBody();
    return e;
}

JsonValue with(JsonValue object, const QString &key, JsonValue value)
{
    object.insert(key, std::move(value));
    return object;
}

JsonValue without(JsonValue object, const QString &key)
{
    object.remove(key);
    return object;
}
} // namespace

// Envelope fields, the body rules per kind, the exact signing input and the chain as the
// writer builds it.
class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void body_data();
    void body();
    void fields_data();
    void fields();
    void fromJson_data();
    void fromJson();
    void signingInputIsPrefixAndCanonicalJson();
    void signedBytesAreCanonicalAndRoundTrip();
    void signingRefusesNonNfcText();
    void genesisIsBlake2bOfLabel();
    void writerBuildsTheChain();
    void writerDoesNotAdvanceOnFailure();
};

void TestEnvelope::body_data()
{
    QTest::addColumn<RecordKind>("kind");
    QTest::addColumn<JsonValue>("body");
    QTest::addColumn<QString>("errorPath"); // empty: valid

    const JsonValue amendment = JsonValue::object({ { QStringLiteral("amends"), validId },
        { QStringLiteral("reason"), QStringLiteral("Wrong weight") } });
    const JsonValue missed
        = JsonValue::object({ { QStringLiteral("what"), QStringLiteral("Clinic") },
            { QStringLiteral("when"), QStringLiteral("2024-05-21") },
            { QStringLiteral("arrangedBy"), QStringLiteral("hv-0042") },
            { QStringLiteral("followUp"), QStringLiteral("Letter sent") } });
    const JsonValue entity
        = JsonValue::object({ { QStringLiteral("type"), QStringLiteral("child") },
            { QStringLiteral("id"), QStringLiteral("child-1") } });
    const JsonValue caseload = JsonValue::object({ { QStringLiteral("entity"), entity },
        { QStringLiteral("change"), QStringLiteral("added") } });

    QTest::newRow("visit") << RecordKind::Visit << visitBody() << QString();
    QTest::newRow("visit with more members")
        << RecordKind::Visit << with(visitBody(), QStringLiteral("growth"), JsonValue::object())
        << QString();
    QTest::newRow("visit without child")
        << RecordKind::Visit << without(visitBody(), QStringLiteral("child"))
        << QStringLiteral("$.body.child");
    QTest::newRow("visit without visitId")
        << RecordKind::Visit << without(visitBody(), QStringLiteral("visitId"))
        << QStringLiteral("$.body.visitId");
    QTest::newRow("visit child not a string")
        << RecordKind::Visit << with(visitBody(), QStringLiteral("child"), 7)
        << QStringLiteral("$.body.child");
    QTest::newRow("visit body not an object")
        << RecordKind::Visit << JsonValue::array() << QStringLiteral("$.body");

    QTest::newRow("amendment") << RecordKind::Amendment << amendment << QString();
    QTest::newRow("amendment without amends")
        << RecordKind::Amendment << without(amendment, QStringLiteral("amends"))
        << QStringLiteral("$.body.amends");
    QTest::newRow("amendment amends not a UUIDv7")
        << RecordKind::Amendment
        << with(amendment, QStringLiteral("amends"), QStringLiteral("visit-1"))
        << QStringLiteral("$.body.amends");
    QTest::newRow("amendment without reason")
        << RecordKind::Amendment << without(amendment, QStringLiteral("reason"))
        << QStringLiteral("$.body.reason");
    QTest::newRow("amendment empty reason")
        << RecordKind::Amendment << with(amendment, QStringLiteral("reason"), QString())
        << QStringLiteral("$.body.reason");
    QTest::newRow("amendment blank reason")
        << RecordKind::Amendment
        << with(amendment, QStringLiteral("reason"), QStringLiteral(" \t "))
        << QStringLiteral("$.body.reason");

    QTest::newRow("missed appointment") << RecordKind::MissedAppointment << missed << QString();
    for (const QString &key : { QStringLiteral("what"), QStringLiteral("when"),
             QStringLiteral("arrangedBy"), QStringLiteral("followUp") }) {
        QTest::addRow("missed appointment without %s", qPrintable(key))
            << RecordKind::MissedAppointment << without(missed, key)
            << QStringLiteral("$.body.") + key;
    }
    QTest::newRow("missed appointment integer when")
        << RecordKind::MissedAppointment << with(missed, QStringLiteral("when"), 20240521)
        << QStringLiteral("$.body.when");

    QTest::newRow("caseload change") << RecordKind::CaseloadChange << caseload << QString();
    QTest::newRow("caseload change without entity")
        << RecordKind::CaseloadChange << without(caseload, QStringLiteral("entity"))
        << QStringLiteral("$.body.entity");
    QTest::newRow("caseload change entity is a string")
        << RecordKind::CaseloadChange
        << with(caseload, QStringLiteral("entity"), QStringLiteral("child-1"))
        << QStringLiteral("$.body.entity");
    QTest::newRow("caseload change entity without id")
        << RecordKind::CaseloadChange
        << with(caseload, QStringLiteral("entity"), without(entity, QStringLiteral("id")))
        << QStringLiteral("$.body.entity.id");
    QTest::newRow("caseload change without change")
        << RecordKind::CaseloadChange << without(caseload, QStringLiteral("change"))
        << QStringLiteral("$.body.change");

    const JsonValue acknowledgement
        = JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-1") },
            { QStringLiteral("rule"), QStringLiteral("was-not-brought-second") },
            { QStringLiteral("evidence"),
                JsonValue::array(
                    { JsonValue(QStringLiteral("018f766f-f5c0-7000-8000-000000000001")) }) },
            { QStringLiteral("note"), QStringLiteral("Discussed with the named nurse.") } });
    QTest::newRow("flag acknowledgement")
        << RecordKind::FlagAcknowledgement << acknowledgement << QString();
    for (const QString &key : { QStringLiteral("child"), QStringLiteral("rule"),
             QStringLiteral("note"), QStringLiteral("evidence") }) {
        QTest::addRow("flag acknowledgement without %s", qPrintable(key))
            << RecordKind::FlagAcknowledgement << without(acknowledgement, key)
            << QStringLiteral("$.body.") + key;
    }
    QTest::newRow("flag acknowledgement with no evidence")
        << RecordKind::FlagAcknowledgement
        << with(acknowledgement, QStringLiteral("evidence"), JsonValue::array())
        << QStringLiteral("$.body.evidence");
    QTest::newRow("flag acknowledgement evidence not ids")
        << RecordKind::FlagAcknowledgement
        << with(acknowledgement, QStringLiteral("evidence"), JsonValue::array({ JsonValue(7) }))
        << QStringLiteral("$.body.evidence[0]");
}

void TestEnvelope::body()
{
    QFETCH(RecordKind, kind);
    QFETCH(JsonValue, body);
    QFETCH(QString, errorPath);
    auto ok = BodyValidator::validate(kind, body);
    QCOMPARE(bool(ok), errorPath.isEmpty());
    if (!ok)
        QCOMPARE(ok.error().path, errorPath);
}

void TestEnvelope::fields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("created ok") << QStringLiteral("created")
                                << QStringLiteral("2024-02-29T23:59:59.999Z") << true;
    QTest::newRow("created no ms")
        << QStringLiteral("created") << QStringLiteral("2024-05-14T09:30:00Z") << false;
    QTest::newRow("created offset")
        << QStringLiteral("created") << QStringLiteral("2024-05-14T09:30:00.000+01:00") << false;
    QTest::newRow("created lowercase z")
        << QStringLiteral("created") << QStringLiteral("2024-05-14T09:30:00.000z") << false;
    QTest::newRow("created space")
        << QStringLiteral("created") << QStringLiteral("2024-05-14 09:30:00.000Z") << false;
    QTest::newRow("created microseconds")
        << QStringLiteral("created") << QStringLiteral("2024-05-14T09:30:00.000000Z") << false;
    QTest::newRow("created Feb 30")
        << QStringLiteral("created") << QStringLiteral("2024-02-30T09:30:00.000Z") << false;
    QTest::newRow("created 24:00")
        << QStringLiteral("created") << QStringLiteral("2024-05-14T24:00:00.000Z") << false;
    QTest::newRow("device ok") << QStringLiteral("device") << QStringLiteral("tablet_01:a.b-c")
                               << true;
    QTest::newRow("device empty") << QStringLiteral("device") << QString() << false;
    QTest::newRow("device space") << QStringLiteral("device") << QStringLiteral("tablet 1")
                                  << false;
    QTest::newRow("device non-ASCII")
        << QStringLiteral("device") << QStringLiteral("tablét") << false;
    QTest::newRow("device too long")
        << QStringLiteral("device") << QString(129, QLatin1Char('a')) << false;
    QTest::newRow("author empty") << QStringLiteral("author") << QString() << false;
    QTest::newRow("author control") << QStringLiteral("author") << QStringLiteral("a\nb") << false;
    QTest::newRow("author non-ASCII") << QStringLiteral("author") << QStringLiteral("Siân") << true;
    QTest::newRow("prev uppercase")
        << QStringLiteral("prev") << RecordChain::genesisHash().toUpper() << false;
    QTest::newRow("prev short") << QStringLiteral("prev") << RecordChain::genesisHash().left(63)
                                << false;
    QTest::newRow("id v4") << QStringLiteral("id")
                           << QStringLiteral("018f766f-f5c0-4000-8000-000000000001") << false;
    QTest::newRow("pack id empty") << QStringLiteral("pack.id") << QString() << false;
    QTest::newRow("pack version empty") << QStringLiteral("pack.version") << QString() << false;
}

void TestEnvelope::fields()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    Envelope e = validEnvelope();
    if (field == u"created")
        e.created = value;
    else if (field == u"device")
        e.device = value;
    else if (field == u"author")
        e.author = value;
    else if (field == u"prev")
        e.prev = value;
    else if (field == u"id")
        e.id = value;
    else if (field == u"pack.id")
        e.pack.id = value;
    else if (field == u"pack.version")
        e.pack.version = value;
    auto ok = e.validate();
    QCOMPARE(bool(ok), valid);
    if (!valid)
        QCOMPARE(ok.error().path, QStringLiteral("$.") + field.section(u'.', 0, 0));
}

void TestEnvelope::fromJson_data()
{
    QTest::addColumn<JsonValue>("json");
    QTest::addColumn<QString>("errorPath"); // empty: valid

    const DeviceKeyPair key = DeviceKeyPair::generate();
    const JsonValue good
        = CanonicalJson::parse(RecordSigner::sign(validEnvelope(), key)->bytes).value();
    const QString sig = good[u"sig"].toString();

    QTest::newRow("valid") << good << QString();
    for (const JsonMember &member : good.members())
        QTest::addRow("without %s", qPrintable(member.key))
            << without(good, member.key) << QStringLiteral("$.") + member.key;
    QTest::newRow("extra member") << with(good, QStringLiteral("note"), QStringLiteral("x"))
                                  << QStringLiteral("$.note");
    QTest::newRow("seq as string")
        << with(good, QStringLiteral("seq"), QStringLiteral("1")) << QStringLiteral("$.seq");
    QTest::newRow("seq zero") << with(good, QStringLiteral("seq"), 0) << QStringLiteral("$.seq");
    QTest::newRow("seq negative") << with(good, QStringLiteral("seq"), -3)
                                  << QStringLiteral("$.seq");
    QTest::newRow("version 2") << with(good, QStringLiteral("version"), 2)
                               << QStringLiteral("$.version");
    QTest::newRow("version as string") << with(good, QStringLiteral("version"), QStringLiteral("1"))
                                       << QStringLiteral("$.version");
    QTest::newRow("unknown kind") << with(good, QStringLiteral("kind"), QStringLiteral("note"))
                                  << QStringLiteral("$.kind");
    QTest::newRow("body is a string")
        << with(good, QStringLiteral("body"), QStringLiteral("{}")) << QStringLiteral("$.body");
    QTest::newRow("body invalid for kind") << with(good, QStringLiteral("kind"),
        QStringLiteral("amendment")) << QStringLiteral("$.body.amends");
    QTest::newRow("pack extra member")
        << with(good, QStringLiteral("pack"), with(good[u"pack"], QStringLiteral("x"), 1))
        << QStringLiteral("$.pack");
    QTest::newRow("pack version integer")
        << with(good, QStringLiteral("pack"), with(good[u"pack"], QStringLiteral("version"), 3))
        << QStringLiteral("$.pack");
    QTest::newRow("sig unpadded") << with(good, QStringLiteral("sig"), sig.left(86))
                                  << QStringLiteral("$.sig");
    QTest::newRow("sig base64url") << with(good, QStringLiteral("sig"),
        QString(sig).replace(u'+', u'-').replace(u'/', u'_') + QStringLiteral("-"))
                                   << QStringLiteral("$.sig");
    QTest::newRow("sig too short")
        << with(good, QStringLiteral("sig"), QStringLiteral("AAAA")) << QStringLiteral("$.sig");
    // The last character before "==" carries 4 unused bits: another spelling of the same bytes.
    QString respelled = sig;
    respelled[85] = QChar(respelled[85].unicode() ^ 0x01);
    const bool sameBytes
        = QByteArray::fromBase64(respelled.toLatin1()) == QByteArray::fromBase64(sig.toLatin1());
    if (sameBytes)
        QTest::newRow("sig non-canonical padding bits")
            << with(good, QStringLiteral("sig"), respelled) << QStringLiteral("$.sig");
    QTest::newRow("sig with whitespace")
        << with(good, QStringLiteral("sig"), sig.left(40) + QLatin1Char(' ') + sig.mid(40))
        << QStringLiteral("$.sig");
    QTest::newRow("not an object") << JsonValue::array() << QStringLiteral("$");
}

void TestEnvelope::fromJson()
{
    QFETCH(JsonValue, json);
    QFETCH(QString, errorPath);
    auto envelope = Envelope::fromJson(json);
    QVERIFY2(bool(envelope) == errorPath.isEmpty(),
        envelope ? "accepted" : qPrintable(envelope.error().toString()));
    if (!envelope)
        QCOMPARE(envelope.error().path, errorPath);
}

void TestEnvelope::signingInputIsPrefixAndCanonicalJson()
{
    const Envelope e = validEnvelope();
    const QByteArray input = RecordSigner::signingInput(e).value();
    QVERIFY(input.startsWith("hearth-record-v1\n"));
    const QByteArray json = input.mid(17);
    QCOMPARE(json, CanonicalJson::serialize(e.toJson(false)).value());
    QVERIFY(!json.contains("\"sig\""));
    QVERIFY(json.startsWith(
        "{\"author\":\"hv-0042\",\"body\":{\"child\":\"child-1\",\"visitId\":\"visit-1\"},"
        "\"created\":\"2024-05-14T09:30:00.000Z\",\"device\":\"tablet-0001\","
        "\"id\":\"018f766f-f5c0-7000-8000-000000000001\",\"kind\":\"visit\","
        "\"pack\":{\"id\":\"uk-hv-core\",\"version\":\"2024.2\"},\"prev\":\""));
    QVERIFY(json.endsWith("\",\"seq\":1,\"version\":1}"));
}

void TestEnvelope::signedBytesAreCanonicalAndRoundTrip()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    auto record = RecordSigner::sign(validEnvelope(), key);
    QVERIFY(record);
    QCOMPARE(record->signingInput, RecordSigner::signingInput(validEnvelope()).value());
    QVERIFY(
        DeviceKeyPair::verify(record->signingInput, record->envelope.signature, key.publicKey()));
    auto parsed = CanonicalJson::parseCanonical(record->bytes);
    QVERIFY2(parsed, "stored bytes are not canonical");
    QVERIFY(record->bytes.contains(
        ",\"sig\":\"" + record->envelope.signature.toBase64() + "\",\"version\":1}"));
    auto envelope = Envelope::fromJson(*parsed);
    QVERIFY(envelope);
    QCOMPARE(*envelope, record->envelope);
    QCOMPARE(
        record->chainHash, RecordChain::linkHash(record->signingInput, record->envelope.signature));
}

void TestEnvelope::signingRefusesNonNfcText()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    Envelope e = validEnvelope();
    e.body.insert(QStringLiteral("notes"), QStringLiteral("Zoe\u0308"));
    auto refused = RecordSigner::sign(e, key);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("NFC")));
    e.body = CanonicalJson::normalizeStrings(e.body).value();
    QVERIFY(RecordSigner::sign(e, key));

    Envelope bad = validEnvelope();
    bad.kind = RecordKind::Amendment;
    QVERIFY(!RecordSigner::sign(bad, key));
}

void TestEnvelope::genesisIsBlake2bOfLabel()
{
    unsigned char hash[crypto_generichash_BYTES];
    const char label[] = "hearth-chain-genesis-v1";
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char *>(label),
        sizeof label - 1, nullptr, 0);
    QCOMPARE(RecordChain::genesisHash(),
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), sizeof hash).toHex()));
    QCOMPARE(ChainState::genesis(QStringLiteral("d")).prev, RecordChain::genesisHash());

    // The link hash is over signing input || signature, nothing else.
    unsigned char link[crypto_generichash_BYTES];
    const QByteArray joined = QByteArray("input") + QByteArray(64, 'S');
    crypto_generichash(link, sizeof link,
        reinterpret_cast<const unsigned char *>(joined.constData()), quint64(joined.size()),
        nullptr, 0);
    QCOMPARE(RecordChain::linkHash("input", QByteArray(64, 'S')),
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(link), sizeof link).toHex()));
}

void TestEnvelope::writerBuildsTheChain()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    RecordWriter writer(key, ChainState::genesis(QStringLiteral("tablet-0001")), ids);
    const Envelope::PackRef pack { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };

    QString expectedPrev = RecordChain::genesisHash();
    QString previousId;
    for (qint64 seq = 1; seq <= 3; ++seq) {
        auto record
            = writer.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack, visitBody());
        QVERIFY(record);
        QCOMPARE(record->envelope.seq, seq);
        QCOMPARE(record->envelope.prev, expectedPrev);
        QCOMPARE(record->envelope.created, QStringLiteral("2024-05-14T09:30:00.000Z"));
        QVERIFY(record->envelope.id > previousId);
        QCOMPARE(writer.state().nextSeq, seq + 1);
        QCOMPARE(writer.state().prev, record->chainHash);
        expectedPrev = record->chainHash;
        previousId = record->envelope.id;
    }
    clock.advanceMs(1234);
    auto amendment = writer.append(RecordKind::Amendment, QStringLiteral("hv-0042"), pack,
        JsonValue::object({ { QStringLiteral("amends"), previousId },
            { QStringLiteral("reason"), QStringLiteral("Typo") } }));
    QVERIFY(amendment);
    QCOMPARE(amendment->envelope.created, QStringLiteral("2024-05-14T09:30:01.234Z"));
}

void TestEnvelope::writerDoesNotAdvanceOnFailure()
{
    const DeviceKeyPair key = DeviceKeyPair::generate();
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    RecordWriter writer(key, ChainState::genesis(QStringLiteral("tablet-0001")), ids);
    const ChainState before = writer.state();
    auto refused = writer.append(RecordKind::Amendment, QStringLiteral("hv-0042"),
        { QStringLiteral("p"), QStringLiteral("1") }, visitBody());
    QVERIFY(!refused);
    QCOMPARE(writer.state(), before);
}

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
