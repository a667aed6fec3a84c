// Throughput of signing and verifying a typical visit record (about 2.4 KB stored), each beside
// the bare libsodium call on the same bytes, so the cost of canonical JSON, validation and the
// chain is visible as a ratio. Target: at least 5,000 sign-and-build per second on a tablet-class
// CPU. Figures are printed, never asserted.

#include "record/canonicaljson.h"
#include "record/recordverifier.h"
#include "record/recordwriter.h"

#include <benchmark/benchmark.h>

#include <QFile>

#include <cstdio>
#include <map>
#include <string>

using namespace hearth;

namespace {
const Envelope::PackRef pack { QStringLiteral("uk-hv-core"), QStringLiteral("2024.2") };

JsonValue typicalVisitBody()
{
    QFile file(QStringLiteral(HEARTH_TEST_DATA_DIR "/record-vectors/typical-visit-body.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return CanonicalJson::normalizeStrings(CanonicalJson::parse(file.readAll()).value()).value();
}

// Shared fixtures: one key, one typical record and a chain of 100 records.
struct Fixture
{
    DeviceKeyPair key = DeviceKeyPair::generate();
    JsonValue body = typicalVisitBody();
    UuidV7Generator ids;
    SignedRecord record;
    QList<QByteArray> chain;

    Fixture()
    {
        RecordWriter writer(key, ChainState::genesis(QStringLiteral("tablet-0001")), ids);
        for (int i = 0; i < 100; ++i) {
            auto r = writer.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack, body);
            if (!r)
                qFatal("%s", qPrintable(r.error().toString()));
            if (i == 0)
                record = *r;
            chain.append(r->bytes);
        }
    }
    PublicKeyLookup lookup() const
    {
        return RecordVerifier::singleDevice(QStringLiteral("tablet-0001"), key.publicKey());
    }
};

Fixture &fixture()
{
    static Fixture f;
    return f;
}

void perRecord(benchmark::State &state, qint64 records)
{
    state.counters["records_per_s"]
        = benchmark::Counter(double(records), benchmark::Counter::kIsRate);
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

void BM_SignAndBuildVisit(benchmark::State &state)
{
    Fixture &f = fixture();
    RecordWriter writer(f.key, ChainState::genesis(QStringLiteral("tablet-0001")), f.ids);
    for (auto _ : state) {
        auto r = writer.append(RecordKind::Visit, QStringLiteral("hv-0042"), pack, f.body);
        benchmark::DoNotOptimize(r);
    }
    perRecord(state, state.iterations());
    state.counters["stored_bytes"] = double(f.record.bytes.size());
}

void BM_RawSignDetached(benchmark::State &state)
{
    Fixture &f = fixture();
    unsigned char signature[crypto_sign_BYTES];
    const QByteArray &input = f.record.signingInput;
    for (auto _ : state) {
        crypto_sign_detached(
            signature, nullptr, bytes(input), quint64(input.size()), f.key.secretKey().data());
        benchmark::DoNotOptimize(signature);
    }
    perRecord(state, state.iterations());
}

void BM_VerifyEnvelope(benchmark::State &state)
{
    Fixture &f = fixture();
    const PublicKeyLookup lookup = f.lookup();
    for (auto _ : state) {
        auto r = RecordVerifier::verifyEnvelope(f.record.bytes, lookup);
        if (!r)
            state.SkipWithError("verification failed");
        benchmark::DoNotOptimize(r);
    }
    perRecord(state, state.iterations());
}

void BM_VerifySequence100(benchmark::State &state)
{
    Fixture &f = fixture();
    const PublicKeyLookup lookup = f.lookup();
    for (auto _ : state) {
        auto r = RecordVerifier::verifySequence(f.chain, lookup);
        if (!r)
            state.SkipWithError("verification failed");
        benchmark::DoNotOptimize(r);
    }
    perRecord(state, state.iterations() * f.chain.size());
}

void BM_RawVerifyDetached(benchmark::State &state)
{
    Fixture &f = fixture();
    const QByteArray &input = f.record.signingInput;
    const SigningPublicKey &pk = f.key.publicKey();
    for (auto _ : state) {
        const int rc = crypto_sign_verify_detached(
            bytes(f.record.envelope.signature), bytes(input), quint64(input.size()), pk.data());
        benchmark::DoNotOptimize(rc);
    }
    perRecord(state, state.iterations());
}

BENCHMARK(BM_SignAndBuildVisit);
BENCHMARK(BM_RawSignDetached);
BENCHMARK(BM_VerifyEnvelope);
BENCHMARK(BM_VerifySequence100);
BENCHMARK(BM_RawVerifyDetached);

// Keeps each benchmark's records_per_s so main can print the ratios after the table.
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    void ReportRuns(const std::vector<Run> &runs) override
    {
        for (const Run &run : runs) {
            const auto it = run.counters.find("records_per_s");
            if (it != run.counters.end() && run.run_type == Run::RT_Iteration)
                m_rates[run.benchmark_name()] = it->second.value;
        }
        ConsoleReporter::ReportRuns(runs);
    }

    void printRatios() const
    {
        auto rate = [this](const std::string &name) {
            const auto it = m_rates.find(name);
            return it == m_rates.end() ? 0.0 : it->second;
        };
        const double sign = rate("BM_SignAndBuildVisit"), rawSign = rate("BM_RawSignDetached");
        const double verify = rate("BM_VerifyEnvelope"), chain = rate("BM_VerifySequence100");
        const double rawVerify = rate("BM_RawVerifyDetached");
        if (sign > 0 && rawSign > 0)
            std::printf(
                "sign-and-build: %.0f records/s, raw crypto_sign_detached %.0f/s, ratio %.2f "
                "(target >= 5000/s: %s)\n",
                sign, rawSign, rawSign / sign, sign >= 5000 ? "met" : "NOT met");
        if (verify > 0 && rawVerify > 0)
            std::printf(
                "verify one envelope: %.0f records/s, raw crypto_sign_verify_detached %.0f/s, "
                "ratio %.2f\n",
                verify, rawVerify, rawVerify / verify);
        if (chain > 0 && rawVerify > 0)
            std::printf("verify chain of 100: %.0f records/s, ratio to raw verify %.2f\n", chain,
                rawVerify / chain);
    }

private:
    std::map<std::string, double> m_rates;
};
} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}
