#include "record/canonicaljson.h"
#include "record/recordchain.h"
#include "record/recordsigner.h"
#include "record/recordverifier.h"
#include "recordvectorbuilder.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace hearth;

namespace {
const QString vectorDir = QStringLiteral(HEARTH_TEST_DATA_DIR "/record-vectors");

QByteArray readFile(const QString &name)
{
    QFile file(QDir(vectorDir).filePath(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QList<QByteArray> readLines(const QString &name)
{
    QList<QByteArray> lines = readFile(name).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

JsonValue readJson(const QString &name)
{
    auto json = CanonicalJson::parse(readFile(name));
    return json ? *json : JsonValue();
}

// Device -> public key, from keys.json (derived from the seed, and checked against the file).
PublicKeyLookup lookupFromKeys(const QStringList &onlyDevices = {})
{
    QHash<QString, SigningPublicKey> keys;
    for (const JsonValue &key : readJson(QStringLiteral("keys.json")).items()) {
        const QString device = key[u"device"].toString();
        if (onlyDevices.isEmpty() || onlyDevices.contains(device))
            keys.insert(device, *DeviceKeyPair::publicKeyFromHex(key[u"publicKey"].toString()));
    }
    return [keys](const QString &device) -> std::optional<SigningPublicKey> {
        if (!keys.contains(device))
            return std::nullopt;
        return keys.value(device);
    };
}
} // namespace

// The published vectors in tests/data/record-vectors: what the code produces today must be
// byte-for-byte what is committed, and the committed files must check out the way
// docs/record-format.md tells another implementation to check them.
class TestRecordVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void committedFilesMatchTheCode();
    void keysDeriveFromSeeds();
    void recordsMatchVectors();
    void chainsVerify();
    void resigningReproducesTheBytes();
    void problems_data();
    void problems();
};

void TestRecordVectors::committedFilesMatchTheCode()
{
    auto files = test::RecordVectorBuilder(QStringLiteral(HEARTH_TEST_DATA_DIR)).build();
    QVERIFY2(files, files ? "" : qPrintable(files.error()));
    for (auto it = files->cbegin(); it != files->cend(); ++it) {
        const QByteArray committed = readFile(it.key());
        if (committed == it.value())
            continue;
        qsizetype at = 0;
        while (at < committed.size() && at < it.value().size() && committed[at] == it.value()[at])
            ++at;
        QFAIL(qPrintable(
            QStringLiteral("%1 differs from what the code produces, first at byte %2. If the "
                           "record format changed on purpose, bump its version and run "
                           "record_vectors_gen.")
                .arg(it.key())
                .arg(at)));
    }
}

void TestRecordVectors::keysDeriveFromSeeds()
{
    const JsonValue keys = readJson(QStringLiteral("keys.json"));
    QCOMPARE(keys.size(), 2u);
    for (const JsonValue &key : keys.items()) {
        SigningSeed seed;
        const QByteArray raw = QByteArray::fromHex(key[u"seed"].toString().toLatin1());
        QCOMPARE(raw.size(), 32);
        std::copy(raw.begin(), raw.end(), reinterpret_cast<char *>(seed.data()));
        const DeviceKeyPair pair = DeviceKeyPair::fromSeed(seed);
        QCOMPARE(DeviceKeyPair::toHex(pair.publicKey()), key[u"publicKey"].toString());
        const QByteArray secret(reinterpret_cast<const char *>(pair.secretKey().data()), 64);
        QCOMPARE(QString::fromLatin1(secret.toHex()), key[u"libsodiumSecretKey"].toString());
    }
}

void TestRecordVectors::recordsMatchVectors()
{
    const JsonValue vectors = readJson(QStringLiteral("vectors.json"));
    QCOMPARE(vectors[u"domainPrefix"].toString(), QStringLiteral("hearth-record-v1\n"));
    QCOMPARE(vectors[u"genesisLabel"].toString(), QStringLiteral("hearth-chain-genesis-v1"));
    QCOMPARE(vectors[u"genesisHash"].toString(), RecordChain::genesisHash());
    QVERIFY(vectors[u"records"].size() >= 6);

    QHash<QString, QString> lastHashOfFile;
    for (const JsonValue &v : vectors[u"records"].items()) {
        const QString file = v[u"file"].toString();
        const qint64 line = v[u"line"].toInteger();
        const QByteArray bytes = readLines(file).value(line - 1);
        // The key of the device that signed, which for one tampered record is not its own.
        const PublicKeyLookup signerKey = lookupFromKeys({ v[u"signedBy"].toString() });
        auto record = RecordVerifier::verifyEnvelope(
            bytes, [&](const QString &) { return signerKey(v[u"signedBy"].toString()); });
        QVERIFY2(record,
            qPrintable(QStringLiteral("%1:%2 ").arg(file).arg(line)
                + (record ? QString() : record.error().toString())));
        QCOMPARE(record->envelope.seq, v[u"seq"].toInteger());
        QCOMPARE(record->envelope.device, v[u"device"].toString());
        QCOMPARE(
            QString::fromLatin1(record->signingInput.toHex()), v[u"signingInputHex"].toString());
        QCOMPARE(QString::fromUtf8(record->signingInput), v[u"signingInput"].toString());
        QCOMPARE(
            QString::fromLatin1(record->envelope.signature.toHex()), v[u"signatureHex"].toString());
        QCOMPARE(
            QString::fromLatin1(record->envelope.signature.toBase64()), v[u"signature"].toString());
        QCOMPARE(record->chainHash, v[u"chainHash"].toString());
        // Signing input = prefix + the stored bytes without the "sig" member.
        QByteArray withoutSig = bytes;
        withoutSig.replace(",\"sig\":\"" + record->envelope.signature.toBase64() + '"', "");
        QCOMPARE(record->signingInput, "hearth-record-v1\n" + withoutSig);
        if (file.startsWith(u"chain-")) {
            QCOMPARE(record->envelope.prev, lastHashOfFile.value(file, RecordChain::genesisHash()));
            lastHashOfFile[file] = record->chainHash;
        }
    }
}

void TestRecordVectors::chainsVerify()
{
    const QStringList chains = QDir(vectorDir).entryList({ QStringLiteral("chain-*.jsonl") });
    QCOMPARE(chains.size(), 2);
    for (const QString &file : chains) {
        auto state = RecordVerifier::verifySequence(readLines(file), lookupFromKeys());
        QVERIFY2(state, qPrintable(file + (state ? QString() : state.error().toString())));
    }
    QCOMPARE(readLines(QStringLiteral("chain-tablet-0001.jsonl")).size(), 5);
}

void TestRecordVectors::resigningReproducesTheBytes()
{
    for (const auto &key : test::RecordVectorBuilder::keys()) {
        const DeviceKeyPair pair = test::RecordVectorBuilder::keyPair(key);
        for (const QByteArray &bytes :
            readLines(QStringLiteral("chain-%1.jsonl").arg(key.device))) {
            auto envelope = Envelope::fromJson(CanonicalJson::parseCanonical(bytes).value());
            QVERIFY(envelope);
            auto resigned = RecordSigner::sign(*envelope, pair);
            QVERIFY(resigned);
            QCOMPARE(resigned->bytes, bytes);
        }
    }
}

void TestRecordVectors::problems_data()
{
    QTest::addColumn<QList<QByteArray>>("records");
    QTest::addColumn<QStringList>("knownDevices");
    QTest::addColumn<qint64>("expectedLastSeq"); // -1: not given
    QTest::addColumn<QString>("problem");        // empty: must verify
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("seq");

    const JsonValue problems = readJson(QStringLiteral("problems.json"));
    QVERIFY(problems[u"cases"].size() >= 10);
    for (const JsonValue &c : problems[u"cases"].items()) {
        QList<QByteArray> records;
        for (const JsonValue &ref : c[u"records"].items()) {
            const QString file = ref.toString().section(u':', 0, 0);
            const int line = ref.toString().section(u':', 1, 1).toInt();
            records.append(readLines(file).value(line - 1));
        }
        if (c.contains(u"tamper")) {
            const JsonValue &t = c[u"tamper"];
            QByteArray &target = records[t[u"index"].toInteger()];
            const qsizetype offset = t[u"offset"].toInteger();
            target[offset] = char(target[offset] ^ t[u"xor"].toInteger());
        }
        QStringList known;
        for (const JsonValue &device : c[u"knownDevices"].items())
            known.append(device.toString());
        const JsonValue &expect = c[u"expect"];
        QTest::newRow(qPrintable(c[u"name"].toString()))
            << records << known
            << (c.contains(u"expectedLastSeq") ? c[u"expectedLastSeq"].toInteger() : -1)
            << expect[u"problem"].toString() << expect[u"index"].toInteger()
            << (expect[u"seq"].isInteger() ? expect[u"seq"].toInteger() : -1);
    }
}

void TestRecordVectors::problems()
{
    QFETCH(QList<QByteArray>, records);
    QFETCH(QStringList, knownDevices);
    QFETCH(qint64, expectedLastSeq);
    QFETCH(QString, problem);
    QFETCH(qint64, index);
    QFETCH(qint64, seq);

    RecordVerifier::SequenceOptions options;
    if (expectedLastSeq >= 0)
        options.expectedLastSeq = expectedLastSeq;
    auto result = RecordVerifier::verifySequence(records, lookupFromKeys(knownDevices), options);
    if (problem.isEmpty()) {
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        return;
    }
    QVERIFY2(!result, "the list verified");
    QCOMPARE(VerificationProblem::kindName(result.error().kind), problem);
    QCOMPARE(qint64(result.error().index), index);
    QCOMPARE(result.error().seq, seq);
}

QTEST_GUILESS_MAIN(TestRecordVectors)
#include "tst_recordvectors.moc"
