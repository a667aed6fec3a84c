#include "recordvectorbuilder.h"

#include "record/canonicaljson.h"
#include "record/recordchain.h"
#include "record/recordsigner.h"

#include <QFile>

namespace hearth::test {

namespace {
const QString chainA = QStringLiteral("chain-tablet-0001.jsonl");
const QString chainB = QStringLiteral("chain-tablet-0002.jsonl");
const QString tampered = QStringLiteral("tampered-tablet-0001.jsonl");
const Envelope::PackRef pack { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };

// Vector ids are UUIDv7 with the record's own timestamp and a counter in place of randomness,
// so they are reproducible.
QString fixedId(const QString &created, int n)
{
    const qint64 ms = QDateTime::fromString(created, Qt::ISODateWithMs).toMSecsSinceEpoch();
    const QString hex = QStringLiteral("%1").arg(ms, 12, 16, QLatin1Char('0'));
    return QStringLiteral("%1-%2-7000-8000-%3")
        .arg(hex.left(8), hex.mid(8, 4), QStringLiteral("%1").arg(n, 12, 10, QLatin1Char('0')));
}

void prettyInto(const JsonValue &value, int indent, QByteArray &out)
{
    const QByteArray pad(indent + 2, ' ');
    if (value.isArray() && value.size() > 0) {
        out += "[\n";
        for (std::size_t i = 0; i < value.items().size(); ++i) {
            out += pad;
            prettyInto(value.items()[i], indent + 2, out);
            out += i + 1 < value.items().size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + ']';
    } else if (value.isObject() && value.size() > 0) {
        out += "{\n";
        for (std::size_t i = 0; i < value.members().size(); ++i) {
            const JsonMember &member = value.members()[i];
            out += pad + CanonicalJson::serialize(JsonValue(member.key)).value() + ": ";
            prettyInto(member.value, indent + 2, out);
            out += i + 1 < value.members().size() ? ",\n" : "\n";
        }
        out += QByteArray(indent, ' ') + '}';
    } else {
        out += CanonicalJson::serialize(value).value();
    }
}

JsonValue strings(std::initializer_list<QString> items)
{
    JsonValue array = JsonValue::array();
    for (const QString &item : items)
        array.append(item);
    return array;
}

struct Spec
{
    RecordKind kind;
    QString created;
    JsonValue body;
};
} // namespace

RecordVectorBuilder::RecordVectorBuilder(QString dataDir)
    : m_dataDir(std::move(dataDir))
{ }

QList<RecordVectorBuilder::Key> RecordVectorBuilder::keys()
{
    return {
        { QStringLiteral("tablet-0001"),
            QByteArrayLiteral("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f") },
        { QStringLiteral("tablet-0002"),
            QByteArrayLiteral("202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f") },
    };
}

DeviceKeyPair RecordVectorBuilder::keyPair(const Key &key)
{
    SigningSeed seed;
    const QByteArray raw = QByteArray::fromHex(key.seedHex);
    Q_ASSERT(raw.size() == qsizetype(SigningSeed::size));
    std::copy(raw.begin(), raw.end(), reinterpret_cast<char *>(seed.data()));
    return DeviceKeyPair::fromSeed(seed);
}

Expected<JsonValue, QString> RecordVectorBuilder::typicalVisitBody(const QString &dataDir)
{
    QFile file(dataDir + QStringLiteral("/record-vectors/typical-visit-body.json"));
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot read %1").arg(file.fileName()));
    auto json = CanonicalJson::parse(file.readAll());
    if (!json)
        return unexpected(json.error().toString());
    auto normalized = CanonicalJson::normalizeStrings(*json);
    if (!normalized)
        return unexpected(normalized.error().toString());
    return std::move(normalized).value();
}

QByteArray RecordVectorBuilder::pretty(const JsonValue &value)
{
    QByteArray out;
    prettyInto(value, 0, out);
    out += '\n';
    return out;
}

Expected<QMap<QString, QByteArray>, QString> RecordVectorBuilder::build() const
{
    auto visitBody = typicalVisitBody(m_dataDir);
    if (!visitBody)
        return unexpected(visitBody.error());

    const QList<Key> allKeys = keys();
    const DeviceKeyPair keyA = keyPair(allKeys[0]);
    const DeviceKeyPair keyB = keyPair(allKeys[1]);

    JsonValue keysJson = JsonValue::array();
    for (const Key &key : allKeys) {
        const DeviceKeyPair pair = keyPair(key);
        const QByteArray secret(reinterpret_cast<const char *>(pair.secretKey().data()),
            qsizetype(SigningSecretKey::size));
        keysJson.append(JsonValue::object({
            { QStringLiteral("device"), key.device },
            { QStringLiteral("seed"), QString::fromLatin1(key.seedHex) },
            { QStringLiteral("publicKey"), DeviceKeyPair::toHex(pair.publicKey()) },
            { QStringLiteral("libsodiumSecretKey"), QString::fromLatin1(secret.toHex()) },
        }));
    }

    const QString first = QStringLiteral("2024-05-14T09:30:00.000Z");
    const QString firstId = fixedId(first, 1);
    const QList<Spec> specsA = {
        { RecordKind::Visit, first,
            JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("visitId"), QStringLiteral("visit-2024-05-14-0930-00") },
                { QStringLiteral("visitType"), QStringLiteral("antenatal-contact") },
                { QStringLiteral("notes"), QStringLiteral("Short visit; parent well.") } }) },
        { RecordKind::Visit, QStringLiteral("2024-05-14T10:25:00.000Z"), *visitBody },
        { RecordKind::Amendment, QStringLiteral("2024-05-14T16:02:11.250Z"),
            JsonValue::object({ { QStringLiteral("amends"), firstId },
                { QStringLiteral("reason"),
                    QStringLiteral("Visit type recorded wrongly: it was a "
                                   "new-birth review.") },
                { QStringLiteral("changes"),
                    JsonValue::object({ { QStringLiteral("visitType"),
                        QStringLiteral("new-birth-review") } }) } }) },
        { RecordKind::MissedAppointment, QStringLiteral("2024-05-21T14:40:00.000Z"),
            JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-7f3a9c2e") },
                { QStringLiteral("what"), QStringLiteral("Clinic weight check") },
                { QStringLiteral("when"), QStringLiteral("2024-05-21T14:00:00.000Z") },
                { QStringLiteral("arrangedBy"), QStringLiteral("hv-0042") },
                { QStringLiteral("followUp"),
                    QStringLiteral("Phoned parent, no answer; letter sent "
                                   "offering 2024-05-28.") } }) },
        { RecordKind::CaseloadChange, QStringLiteral("2024-06-03T08:15:30.005Z"),
            JsonValue::object(
                { { QStringLiteral("entity"),
                      JsonValue::object({ { QStringLiteral("type"), QStringLiteral("child") },
                          { QStringLiteral("id"), QStringLiteral("child-7f3a9c2e") } }) },
                    { QStringLiteral("change"), QStringLiteral("transferred-out") },
                    { QStringLiteral("details"),
                        JsonValue::object(
                            { { QStringLiteral("toTeam"), QStringLiteral("team-north") },
                                { QStringLiteral("handoverVisits"), 1 } }) } }) },
    };

    auto signChain
        = [](const DeviceKeyPair &key, const QString &device, const QList<Spec> &specs, int idBase,
              const QString &author) -> Expected<QList<SignedRecord>, QString> {
        QList<SignedRecord> records;
        QString prev = RecordChain::genesisHash();
        for (qsizetype i = 0; i < specs.size(); ++i) {
            Envelope envelope;
            envelope.id = fixedId(specs[i].created, idBase + int(i));
            envelope.kind = specs[i].kind;
            envelope.device = device;
            envelope.author = author;
            envelope.seq = i + 1;
            envelope.prev = prev;
            envelope.created = specs[i].created;
            envelope.pack = pack;
            envelope.body = specs[i].body;
            auto signedRecord = RecordSigner::sign(envelope, key);
            if (!signedRecord)
                return unexpected(signedRecord.error().toString());
            prev = signedRecord->chainHash;
            records.append(std::move(signedRecord).value());
        }
        return records;
    };

    auto recordsA = signChain(keyA, allKeys[0].device, specsA, 1, QStringLiteral("hv-0042"));
    if (!recordsA)
        return unexpected(recordsA.error());
    const QList<Spec> specsB = {
        { RecordKind::Visit, QStringLiteral("2024-05-15T11:00:00.000Z"),
            JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-0c11d4b8") },
                { QStringLiteral("visitId"), QStringLiteral("visit-2024-05-15-1100-01") },
                { QStringLiteral("notes"),
                    QStringLiteral("Parent wrote \"all good\" on the feeding chart \U0001F60A\n"
                                   "Second line\tafter a tab; «quoted» text; control \x01 char.") },
                { QStringLiteral("adviceGiven"), strings({ QStringLiteral("safe-sleep") }) },
                { QStringLiteral("temperatureDeciC"), 368 },
                { QStringLiteral("latE6"), -33868820 } }) },
    };
    auto recordsB = signChain(keyB, allKeys[1].device, specsB, 101, QStringLiteral("hv-0107"));
    if (!recordsB)
        return unexpected(recordsB.error());

    // Records that are validly signed but must not be accepted in the chain above.
    QList<SignedRecord> bad;
    {
        Envelope wrongPrev = (*recordsA)[2].envelope;
        wrongPrev.prev = RecordChain::genesisHash();
        Envelope fork = (*recordsA)[2].envelope;
        fork.id = fixedId(fork.created, 201);
        fork.body.insert(
            QStringLiteral("reason"), QStringLiteral("A different correction for the same slot."));
        Envelope wrongKey = (*recordsA)[0].envelope;
        const std::vector<std::pair<Envelope, const DeviceKeyPair *>> toSign { { wrongPrev, &keyA },
            { fork, &keyA }, { wrongKey, &keyB } };
        for (const auto &[envelope, key] : toSign) {
            auto signedRecord = RecordSigner::sign(envelope, *key);
            if (!signedRecord)
                return unexpected(signedRecord.error().toString());
            bad.append(std::move(signedRecord).value());
        }
    }

    QMap<QString, QByteArray> files;
    JsonValue recordsJson = JsonValue::array();
    // signedBy names the device whose key made the signature (only the last tampered record
    // differs from its own device).
    auto addChain = [&](const QString &file, const QList<SignedRecord> &records,
                        const QStringList &signedBy) {
        QByteArray lines;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const SignedRecord &r = records[i];
            lines += r.bytes + '\n';
            recordsJson.append(JsonValue::object({
                { QStringLiteral("file"), file },
                { QStringLiteral("line"), i + 1 },
                { QStringLiteral("device"), r.envelope.device },
                { QStringLiteral("signedBy"), signedBy[i] },
                { QStringLiteral("seq"), r.envelope.seq },
                { QStringLiteral("signingInput"), QString::fromUtf8(r.signingInput) },
                { QStringLiteral("signingInputHex"), QString::fromLatin1(r.signingInput.toHex()) },
                { QStringLiteral("signature"),
                    QString::fromLatin1(r.envelope.signature.toBase64()) },
                { QStringLiteral("signatureHex"),
                    QString::fromLatin1(r.envelope.signature.toHex()) },
                { QStringLiteral("chainHash"), r.chainHash },
            }));
        }
        files.insert(file, lines);
    };
    const QString a = allKeys[0].device, b = allKeys[1].device;
    addChain(chainA, *recordsA, { a, a, a, a, a });
    addChain(chainB, *recordsB, { b });
    addChain(tampered, bad, { a, a, b });

    files.insert(QStringLiteral("keys.json"), pretty(keysJson));
    files.insert(QStringLiteral("vectors.json"),
        pretty(JsonValue::object({
            { QStringLiteral("format"), QStringLiteral("hearth-record-v1") },
            { QStringLiteral("domainPrefix"),
                QString::fromLatin1(RecordSigner::domainPrefix().toByteArray()) },
            { QStringLiteral("genesisLabel"),
                QString::fromLatin1(RecordChain::genesisLabel().toByteArray()) },
            { QStringLiteral("genesisHash"), RecordChain::genesisHash() },
            { QStringLiteral("records"), recordsJson },
        })));

    // Each case lists records as "file:line"; "expect" is the first problem, or null if the list
    // must verify. Expectations are written by hand here, not computed by the verifier.
    auto ref
        = [](const QString &file, int line) { return QStringLiteral("%1:%2").arg(file).arg(line); };
    auto chain = [&](std::initializer_list<int> lines) {
        JsonValue list = JsonValue::array();
        for (int line : lines)
            list.append(line > 0 ? ref(chainA, line) : ref(tampered, -line));
        return list;
    };
    auto expect = [](const QString &problem, int index, int seq) {
        return JsonValue::object(
            { { QStringLiteral("problem"), problem }, { QStringLiteral("index"), index },
                { QStringLiteral("seq"), seq < 0 ? JsonValue() : JsonValue(seq) } });
    };
    auto testCase = [](const QString &name, JsonValue records, JsonValue expected) {
        return JsonValue::object(
            { { QStringLiteral("name"), name }, { QStringLiteral("records"), std::move(records) },
                { QStringLiteral("expect"), std::move(expected) } });
    };
    const QByteArray a2 = (*recordsA)[1].bytes;
    JsonValue cases = JsonValue::array({
        testCase(QStringLiteral("complete chain"), chain({ 1, 2, 3, 4, 5 }), JsonValue()),
        testCase(QStringLiteral("record deleted"), chain({ 1, 2, 4, 5 }),
            expect(QStringLiteral("gap"), 2, 4)),
        testCase(QStringLiteral("first records missing"), chain({ 3, 4, 5 }),
            expect(QStringLiteral("gap"), 0, 3)),
        testCase(QStringLiteral("record duplicated"), chain({ 1, 2, 3, 3, 4, 5 }),
            expect(QStringLiteral("repeated-sequence"), 3, 3)),
        testCase(QStringLiteral("records swapped"), chain({ 1, 2, 4, 3, 5 }),
            expect(QStringLiteral("out-of-order"), 2, 4)),
        testCase(QStringLiteral("prev does not match"), chain({ 1, 2, -1 }),
            expect(QStringLiteral("broken-chain"), 2, 3)),
        testCase(QStringLiteral("fork: second record with seq 3"), chain({ 1, 2, 3, -2 }),
            expect(QStringLiteral("repeated-sequence"), 3, 3)),
        testCase(QStringLiteral("signed with another device's key"), chain({ -3 }),
            expect(QStringLiteral("bad-signature"), 0, 1)),
        testCase(QStringLiteral("record of another device"),
            JsonValue::array({ ref(chainA, 1), ref(chainA, 2), ref(chainB, 1) }),
            expect(QStringLiteral("foreign-device"), 2, 1)),
    });
    auto withOptions = [](JsonValue value, const QString &key, JsonValue option) {
        value.insert(key, std::move(option));
        return value;
    };
    cases.append(withOptions(testCase(QStringLiteral("truncated: device reported seq 5"),
                                 chain({ 1, 2, 3 }), expect(QStringLiteral("truncated"), 3, -1)),
        QStringLiteral("expectedLastSeq"), 5));
    cases.append(withOptions(
        testCase(QStringLiteral("device without a registered key"),
            JsonValue::array({ ref(chainB, 1) }), expect(QStringLiteral("unknown-key"), 0, 1)),
        QStringLiteral("knownDevices"), strings({ allKeys[0].device })));
    // Tampering: XOR one byte of one record in the list.
    auto tamper = [](qsizetype index, qsizetype offset, int mask) {
        return JsonValue::object({ { QStringLiteral("index"), index },
            { QStringLiteral("offset"), offset }, { QStringLiteral("xor"), mask } });
    };
    cases.append(withOptions(testCase(QStringLiteral("letter changed in a note"),
                                 chain({ 1, 2, 3 }), expect(QStringLiteral("bad-signature"), 1, 2)),
        QStringLiteral("tamper"), tamper(1, a2.indexOf("Baby alert"), 0x01)));
    cases.append(withOptions(testCase(QStringLiteral("digit of seq changed"), chain({ 1, 2, 3 }),
                                 expect(QStringLiteral("bad-signature"), 1, 3)),
        QStringLiteral("tamper"), tamper(1, a2.indexOf("\"seq\":2") + 6, 0x01)));
    cases.append(withOptions(testCase(QStringLiteral("not canonical: opening brace replaced"),
                                 chain({ 1, 2, 3 }), expect(QStringLiteral("malformed"), 1, -1)),
        QStringLiteral("tamper"), tamper(1, 0, 0x01)));
    files.insert(QStringLiteral("problems.json"),
        pretty(JsonValue::object({ { QStringLiteral("cases"), cases } })));
    return files;
}

} // namespace hearth::test
