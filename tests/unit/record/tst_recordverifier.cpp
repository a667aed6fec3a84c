#include "fakeclock.h"
#include "record/canonicaljson.h"
#include "record/recordchain.h"
#include "record/recordsigner.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace hearth;
using Kind = VerificationProblem::Kind;

Q_DECLARE_METATYPE(hearth::VerificationProblem::Kind)

namespace {
const QString deviceA = QStringLiteral("tablet-0001");
const QString deviceB = QStringLiteral("tablet-0002");
const Envelope::PackRef pack { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };

JsonValue visitBody(int n)
{
    return JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-%1").arg(n) },
        { QStringLiteral("visitId"), QStringLiteral("visit-%1").arg(n) },
        { QStringLiteral("notes"), QStringLiteral("Visit number %1; all well.").arg(n) } });
}
} // namespace

// The single verification routine: one problem, reported at the right record and sequence
// number, for every way a list of records can be damaged.
class TestRecordVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validChainVerifies();
    void everyFlippedByteFailsAtThatRecord_data();
    void everyFlippedByteFailsAtThatRecord();
    void chainDamage_data();
    void chainDamage();
    void truncatedAtTheEnd();
    void truncatedBytes();
    void reserialisedRecordIsRefused();
    void brokenChainWithValidSignature();
    void forkIsRepeatedSequence();
    void unknownKey();
    void foreignDevice();
    void signedByWrongKey();
    void incrementalFromKnownReceipt();
    void incrementalStateDoesNotAdvanceOnFailure();
    void idRules_data();
    void idRules();
    void writerAfterClockStepsBack();
    void problemText();

private:
    QList<QByteArray> m_chain; // five records of device A
    QByteArray m_recordOfB;
    std::optional<DeviceKeyPair> m_keyA;
    std::optional<DeviceKeyPair> m_keyB;
    PublicKeyLookup m_lookup;
    QList<SignedRecord> m_signed;
};

void TestRecordVerifier::initTestCase()
{
    m_keyA.emplace(DeviceKeyPair::generate());
    m_keyB.emplace(DeviceKeyPair::generate());
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    RecordWriter writer(*m_keyA, ChainState::genesis(deviceA), ids);
    for (int i = 1; i <= 5; ++i) {
        clock.advanceMs(60'000);
        auto record = i == 3
            ? writer.append(RecordKind::Amendment, QStringLiteral("hv-0042"), pack,
                JsonValue::object({ { QStringLiteral("amends"), m_signed[0].envelope.id },
                    { QStringLiteral("reason"), QStringLiteral("Typo") } }))
            : writer.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack, visitBody(i));
        QVERIFY(record);
        m_chain.append(record->bytes);
        m_signed.append(*record);
    }
    RecordWriter writerB(*m_keyB, ChainState::genesis(deviceB), ids);
    auto record = writerB.append(RecordKind::Visit, QStringLiteral("hv-0107"), pack, visitBody(9));
    QVERIFY(record);
    m_recordOfB = record->bytes;

    const SigningPublicKey a = m_keyA->publicKey(), b = m_keyB->publicKey();
    m_lookup = [a, b](const QString &device) -> std::optional<SigningPublicKey> {
        if (device == deviceA)
            return a;
        if (device == deviceB)
            return b;
        return std::nullopt;
    };
}

void TestRecordVerifier::validChainVerifies()
{
    auto state = RecordVerifier::verifySequence(m_chain, m_lookup);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
    QCOMPARE(state->device, deviceA);
    QCOMPARE(state->nextSeq, 6);
    QCOMPARE(state->prev, m_signed.last().chainHash);

    auto single = RecordVerifier::verifyEnvelope(m_chain[2], m_lookup);
    QVERIFY(single);
    QCOMPARE(single->envelope, m_signed[2].envelope);
    QCOMPARE(single->bytes, m_chain[2]);
    QCOMPARE(single->signingInput, m_signed[2].signingInput);
    QCOMPARE(single->chainHash, m_signed[2].chainHash);

    // Handed the bytes already parsed (a server's batch split), the result is the same.
    auto parsed = CanonicalJson::parse(m_chain[2]);
    QVERIFY(parsed);
    auto again = RecordVerifier::verifyEnvelope(m_chain[2], *parsed, m_lookup);
    QVERIFY(again);
    QCOMPARE(again->envelope, single->envelope);
    QCOMPARE(again->chainHash, single->chainHash);
}

void TestRecordVerifier::everyFlippedByteFailsAtThatRecord_data()
{
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("mask");
    for (int record : { 0, 2, 4 }) {
        for (int mask : { 0x01, 0x20, 0x80 })
            QTest::addRow("record %d xor 0x%02x", record, mask) << record << mask;
    }
}

void TestRecordVerifier::everyFlippedByteFailsAtThatRecord()
{
    QFETCH(int, record);
    QFETCH(int, mask);
    const QByteArray original = m_chain[record];
    QHash<int, int> kinds;
    for (qsizetype offset = 0; offset < original.size(); ++offset) {
        QList<QByteArray> chain = m_chain;
        chain[record][offset] = char(original[offset] ^ mask);
        auto result = RecordVerifier::verifySequence(chain, m_lookup);
        QVERIFY2(
            !result, qPrintable(QStringLiteral("flipping byte %1 was not detected").arg(offset)));
        QVERIFY2(result.error().index == record,
            qPrintable(QStringLiteral("byte %1: %2").arg(offset).arg(result.error().toString())));
        kinds[int(result.error().kind)]++;
    }
    // Both layers must have been exercised: structure and signature.
    QVERIFY(kinds.value(int(Kind::Malformed)) > 0);
    if (mask == 0x01)
        QVERIFY(kinds.value(int(Kind::BadSignature)) > 0);
}

void TestRecordVerifier::chainDamage_data()
{
    QTest::addColumn<QList<int>>("order"); // indices into the intact chain
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<qsizetype>("index");
    QTest::addColumn<qint64>("seq");
    QTest::addColumn<qint64>("expectedSeq");

    QTest::newRow("delete middle")
        << QList<int> { 0, 1, 3, 4 } << Kind::Gap << qsizetype(2) << qint64(4) << qint64(3);
    QTest::newRow("delete two") << QList<int> { 0, 3, 4 } << Kind::Gap << qsizetype(1) << qint64(4)
                                << qint64(2);
    QTest::newRow("delete first") << QList<int> { 1, 2, 3, 4 } << Kind::Gap << qsizetype(0)
                                  << qint64(2) << qint64(1);
    QTest::newRow("truncate head")
        << QList<int> { 2, 3, 4 } << Kind::Gap << qsizetype(0) << qint64(3) << qint64(1);
    QTest::newRow("duplicate") << QList<int> { 0, 1, 2, 2, 3, 4 } << Kind::RepeatedSequence
                               << qsizetype(3) << qint64(3) << qint64(4);
    QTest::newRow("duplicate first") << QList<int> { 0, 0, 1 } << Kind::RepeatedSequence
                                     << qsizetype(1) << qint64(1) << qint64(2);
    QTest::newRow("duplicate earlier later")
        << QList<int> { 0, 1, 2, 3, 1 } << Kind::RepeatedSequence << qsizetype(4) << qint64(2)
        << qint64(5);
    QTest::newRow("swap neighbours") << QList<int> { 0, 1, 3, 2, 4 } << Kind::OutOfOrder
                                     << qsizetype(2) << qint64(4) << qint64(3);
    QTest::newRow("swap first two") << QList<int> { 1, 0, 2, 3, 4 } << Kind::OutOfOrder
                                    << qsizetype(0) << qint64(2) << qint64(1);
    QTest::newRow("reversed") << QList<int> { 4, 3, 2, 1, 0 } << Kind::OutOfOrder << qsizetype(0)
                              << qint64(5) << qint64(1);
    QTest::newRow("last moved to front") << QList<int> { 4, 0, 1, 2, 3 } << Kind::OutOfOrder
                                         << qsizetype(0) << qint64(5) << qint64(1);
}

void TestRecordVerifier::chainDamage()
{
    QFETCH(QList<int>, order);
    QFETCH(Kind, kind);
    QFETCH(qsizetype, index);
    QFETCH(qint64, seq);
    QFETCH(qint64, expectedSeq);
    QList<QByteArray> chain;
    for (int i : order)
        chain.append(m_chain[i]);
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    const VerificationProblem &p = result.error();
    QCOMPARE(VerificationProblem::kindName(p.kind), VerificationProblem::kindName(kind));
    QCOMPARE(p.index, index);
    QCOMPARE(p.seq, seq);
    QCOMPARE(p.expectedSeq, expectedSeq);
}

void TestRecordVerifier::truncatedAtTheEnd()
{
    RecordVerifier::SequenceOptions options;
    options.expectedLastSeq = 5;
    QVERIFY(RecordVerifier::verifySequence(m_chain, m_lookup, options));
    auto result = RecordVerifier::verifySequence(m_chain.mid(0, 3), m_lookup, options);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::Truncated);
    QCOMPARE(result.error().index, 3);
    QCOMPARE(result.error().expectedSeq, 4);
    // Without the device's announced head a shorter list is simply a shorter chain.
    QVERIFY(RecordVerifier::verifySequence(m_chain.mid(0, 3), m_lookup));
    auto empty = RecordVerifier::verifySequence({}, m_lookup, options);
    QVERIFY(!empty);
    QCOMPARE(empty.error().kind, Kind::Truncated);
    QCOMPARE(empty.error().expectedSeq, 1);
}

void TestRecordVerifier::truncatedBytes()
{
    for (qsizetype cut :
        { qsizetype(0), qsizetype(1), m_chain[3].size() / 2, m_chain[3].size() - 1 }) {
        QList<QByteArray> chain = m_chain;
        chain[3].truncate(cut);
        auto result = RecordVerifier::verifySequence(chain, m_lookup);
        QVERIFY(!result);
        QCOMPARE(result.error().kind, Kind::Malformed);
        QCOMPARE(result.error().index, 3);
        QCOMPARE(result.error().expectedSeq, 4);
    }
    QList<QByteArray> withNewline = m_chain;
    withNewline[1] += '\n';
    auto result = RecordVerifier::verifySequence(withNewline, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::Malformed);
    QCOMPARE(result.error().index, 1);
}

void TestRecordVerifier::reserialisedRecordIsRefused()
{
    // Same content, other bytes (what a lenient JSON library would write back): refused, not
    // silently canonicalised.
    const QByteArray indented = QJsonDocument::fromJson(m_chain[1]).toJson(QJsonDocument::Indented);
    QList<QByteArray> chain = m_chain;
    chain[1] = indented;
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::Malformed);
    QCOMPARE(result.error().index, 1);
    QVERIFY(result.error().message.contains(QStringLiteral("canonical")));

    // Already parsed, the bytes are still held to the canonical form of what they hold, and a
    // parse of other bytes is no stand-in for them.
    auto parsed = CanonicalJson::parse(indented);
    QVERIFY(parsed);
    auto single = RecordVerifier::verifyEnvelope(indented, *parsed, m_lookup);
    QVERIFY(!single);
    QCOMPARE(single.error().kind, Kind::Malformed);
    auto other = RecordVerifier::verifyEnvelope(m_chain[3], *parsed, m_lookup);
    QVERIFY(!other);
    QCOMPARE(other.error().kind, Kind::Malformed);
}

void TestRecordVerifier::brokenChainWithValidSignature()
{
    Envelope wrongPrev = m_signed[2].envelope;
    wrongPrev.prev = m_signed[0].chainHash; // points two back, i.e. record 2 cut out of the chain
    auto resigned = RecordSigner::sign(wrongPrev, *m_keyA);
    QVERIFY(resigned);
    QList<QByteArray> chain = m_chain;
    chain[2] = resigned->bytes;
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::BrokenChain);
    QCOMPARE(result.error().index, 2);
    QCOMPARE(result.error().seq, 3);

    // Deleting a record and renumbering the rest is caught by the chain as well.
    Envelope renumbered = m_signed[3].envelope;
    renumbered.seq = 3;
    chain = m_chain.mid(0, 2);
    chain.append(RecordSigner::sign(renumbered, *m_keyA)->bytes);
    result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::BrokenChain);
    QCOMPARE(result.error().seq, 3);
}

void TestRecordVerifier::forkIsRepeatedSequence()
{
    Envelope other = m_signed[2].envelope;
    other.body.insert(QStringLiteral("reason"), QStringLiteral("A different reason"));
    auto fork = RecordSigner::sign(other, *m_keyA);
    QVERIFY(fork);
    QList<QByteArray> chain = m_chain.mid(0, 3);
    chain.append(fork->bytes);
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::RepeatedSequence);
    QCOMPARE(result.error().index, 3);
    QCOMPARE(result.error().seq, 3);
}

void TestRecordVerifier::unknownKey()
{
    auto result = RecordVerifier::verifySequence(
        m_chain, RecordVerifier::singleDevice(deviceB, m_keyB->publicKey()));
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::UnknownKey);
    QCOMPARE(result.error().index, 0);
    QCOMPARE(result.error().seq, 1);
    QVERIFY(result.error().message.contains(deviceA));
    QVERIFY(!RecordVerifier::verifyEnvelope(m_chain[0], {}));
}

void TestRecordVerifier::foreignDevice()
{
    QList<QByteArray> chain = m_chain.mid(0, 2);
    chain.append(m_recordOfB);
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::ForeignDevice);
    QCOMPARE(result.error().index, 2);
    QCOMPARE(result.error().seq, 1);
}

void TestRecordVerifier::signedByWrongKey()
{
    // Device A's record signed with B's key: the signature is valid, but not for A's key.
    auto forged = RecordSigner::sign(m_signed[1].envelope, *m_keyB);
    QVERIFY(forged);
    QList<QByteArray> chain = m_chain;
    chain[1] = forged->bytes;
    auto result = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::BadSignature);
    QCOMPARE(result.error().index, 1);
    QCOMPARE(result.error().seq, 2);
}

void TestRecordVerifier::incrementalFromKnownReceipt()
{
    RecordVerifier first(m_lookup);
    for (int i = 0; i < 2; ++i)
        QVERIFY(first.verifyNext(m_chain[i]));
    const ChainState receipt = *first.state();
    QCOMPARE(receipt.nextSeq, 3);
    QCOMPARE(receipt.prev, m_signed[1].chainHash);

    // Later, on the server, a new batch continues from the saved receipt.
    RecordVerifier::SequenceOptions options;
    options.start = receipt;
    auto state = RecordVerifier::verifySequence(m_chain.mid(2), m_lookup, options);
    QVERIFY(state);
    QCOMPARE(state->nextSeq, 6);

    // A batch that skips a record after the receipt, or repeats one already received.
    auto gap = RecordVerifier::verifySequence(m_chain.mid(3), m_lookup, options);
    QVERIFY(!gap);
    QCOMPARE(gap.error().kind, Kind::Gap);
    QCOMPARE(gap.error().seq, 4);
    auto repeated = RecordVerifier::verifySequence(m_chain.mid(1), m_lookup, options);
    QVERIFY(!repeated);
    QCOMPARE(repeated.error().kind, Kind::RepeatedSequence);
    QCOMPARE(repeated.error().index, 0);
    QCOMPARE(repeated.error().seq, 2);
}

void TestRecordVerifier::incrementalStateDoesNotAdvanceOnFailure()
{
    RecordVerifier verifier(m_lookup);
    QVERIFY(verifier.verifyNext(m_chain[0]));
    auto failed = verifier.verifyNext(m_chain[2]);
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, Kind::Gap);
    QCOMPARE(failed.error().index, 1);
    QCOMPARE(verifier.state()->nextSeq, 2);
    auto next = verifier.verifyNext(m_chain[1]);
    QVERIFY(next);
    QCOMPARE(verifier.state()->nextSeq, 3);
}

// Record 2 of the chain signed again with its id or "created" changed: within the tolerance it
// verifies, beyond it or with the id not above record 1's it is refused.
void TestRecordVerifier::idRules_data()
{
    QTest::addColumn<qint64>("createdShiftMs");
    QTest::addColumn<bool>("idBelowPrevious");
    QTest::addColumn<int>("expected"); // -1: verifies
    QTest::newRow("created equals id time") << qint64(0) << false << -1;
    QTest::newRow("created 1000 ms later") << qint64(1000) << false << -1;
    QTest::newRow("created 1000 ms earlier") << qint64(-1000) << false << -1;
    QTest::newRow("created 1001 ms later") << qint64(1001) << false << int(Kind::IdTimeMismatch);
    QTest::newRow("created a year earlier")
        << qint64(-365LL * 86400 * 1000) << false << int(Kind::IdTimeMismatch);
    QTest::newRow("id below the previous") << qint64(0) << true << int(Kind::IdNotIncreasing);
}

void TestRecordVerifier::idRules()
{
    QFETCH(qint64, createdShiftMs);
    QFETCH(bool, idBelowPrevious);
    QFETCH(int, expected);
    Envelope envelope = m_signed[1].envelope;
    if (idBelowPrevious) {
        // The previous record's millisecond, below it: only the order is wrong.
        envelope.id = m_signed[0].envelope.id.left(24) + QStringLiteral("000000000000");
        envelope.created = m_signed[0].envelope.created;
    }
    envelope.created = Envelope::formatCreated(
        QDateTime::fromString(envelope.created, Qt::ISODateWithMs).addMSecs(createdShiftMs));
    auto resigned = RecordSigner::sign(envelope, *m_keyA);
    QVERIFY(resigned);
    auto result = RecordVerifier::verifySequence({ m_chain[0], resigned->bytes }, m_lookup);
    if (expected < 0) {
        QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
        return;
    }
    QVERIFY(!result);
    QCOMPARE(int(result.error().kind), expected);
    QCOMPARE(result.error().index, qsizetype(1));
    // Continuing from a saved state knows the previous id too.
    RecordVerifier incremental(
        m_lookup, ChainState { deviceA, 2, m_signed[0].chainHash }, m_signed[0].envelope.id);
    auto next = incremental.verifyNext(resigned->bytes);
    QVERIFY(!next);
    QCOMPARE(int(next.error().kind), expected);
}

// The generator keeps ids increasing past a clock that stepped back; "created" follows the id,
// so the record still verifies (a second clock reading would be an hour behind its id).
void TestRecordVerifier::writerAfterClockStepsBack()
{
    test::FakeClock clock;
    UuidV7Generator ids(clock);
    RecordWriter writer(*m_keyA, ChainState::genesis(deviceA), ids);
    QList<QByteArray> chain;
    for (int i = 1; i <= 3; ++i) {
        auto record
            = writer.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack, visitBody(i));
        QVERIFY(record);
        chain.append(record->bytes);
        clock.advanceMs(-3'600'000);
    }
    auto state = RecordVerifier::verifySequence(chain, m_lookup);
    QVERIFY2(state, state ? "" : qPrintable(state.error().toString()));
}

void TestRecordVerifier::problemText()
{
    const VerificationProblem p { Kind::Gap, 2, 4, 3,
        QStringLiteral("expected sequence number 3") };
    QCOMPARE(p.toString(), QStringLiteral("record 2 (seq 4): gap: expected sequence number 3"));
}

QTEST_GUILESS_MAIN(TestRecordVerifier)
#include "tst_recordverifier.moc"
