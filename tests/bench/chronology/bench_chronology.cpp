// A child's chronology and the caseload's pattern flags at a busy tablet's volume (issue 11):
// one child with 500 signed records opens its chronology (target under 50 ms: checking every
// signature, from records already checked, and the path the app's screen takes), the England
// pack's rules evaluate over a 2,000-child caseload (target under 200 ms), and the caseload
// judge's peak memory over 5,000 and 20,000 records (it should not grow with the records).
// Figures are printed, never asserted.

#include "chronology/patternflag.h"
#include "content/contentlibrary.h"
#include "household/caseloadjudge.h"
#include "household/childhistory.h"
#include "model/caseloadrepository.h"
#include "signedhistory.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

#include <sodium.h>

using namespace hearth;
using test::SignedHistory;

namespace {
const QDateTime Now(QDate(2027, 1, 1), QTime(9, 0), QTimeZone::utc());

QList<PatternRule> englandRules()
{
    ContentLibrary library;
    if (!library.loadBuiltIn())
        qFatal("the built-in pack did not load");
    return library.current()->patterns;
}

// A varied visit: missed appointments, concerns and a quote now and then.
SignedHistory::Visit visitNumber(int i, QDate date)
{
    SignedHistory::Visit v;
    v.date = date;
    v.seen = i % 7 != 3;
    v.level = 1 + (i * 3) % 5;
    v.offered = 3;
    v.kept = i % 4;
    if (i % 3 == 0)
        v.missed = { date.addDays(-5) };
    if (i % 2 == 0)
        v.concerns = { { i % 4 ? QStringLiteral("neglect") : QStringLiteral("domestic-abuse"),
            QStringLiteral("Concrete description of what was seen.") } };
    if (i % 5 == 0)
        v.quote = QStringLiteral("I like it at nana's");
    v.adults = { { QStringLiteral("Jade"), true } };
    return v;
}

struct OneChild
{
    SignedHistory history;
    QList<PatternRule> rules = englandRules();
    OneChild()
    {
        for (int i = 0; i < 500; ++i)
            history.visit(visitNumber(i, QDate(2025, 1, 1).addDays(i)));
    }
};

OneChild &oneChild()
{
    static OneChild fixture;
    return fixture;
}

void evaluateOne(const QList<VerifiedRecord> &records, const QList<PatternRule> &rules)
{
    const Chronology chronology = ChronologyBuilder::build(SignedHistory::childId(), records, {});
    const ProfileFacts facts
        = ProfileFacts::fromRecords(chronology, QDate(2024, 6, 1), {}, SignedHistory::childId());
    benchmark::DoNotOptimize(PatternEvaluator::evaluate(rules, chronology, facts, Now));
}

// From the stored bytes: every signature checked, then the chronology and its flags.
void BM_ChildOf500Records_Verified(benchmark::State &state)
{
    OneChild &fixture = oneChild();
    for (auto _ : state)
        evaluateOne(fixture.history.verified().records, fixture.rules);
    state.SetItemsProcessed(state.iterations() * 500);
}
BENCHMARK(BM_ChildOf500Records_Verified)->Unit(benchmark::kMillisecond);

// From records already verified (as the app holds them after unlock).
void BM_ChildOf500Records_Chronology(benchmark::State &state)
{
    OneChild &fixture = oneChild();
    const QList<VerifiedRecord> records = fixture.history.verified().records;
    for (auto _ : state)
        evaluateOne(records, fixture.rules);
    state.SetItemsProcessed(state.iterations() * 500);
}
BENCHMARK(BM_ChildOf500Records_Chronology)->Unit(benchmark::kMillisecond);

// The path the chronology screen takes (app/chronologyrecords.h, workspacechronology.cpp): the
// records were checked once, when the session's first chronology opened, and are kept while the
// vault is unlocked; opening a child builds its chronology, flags and signature counts from them
// through ChildHistory, reading the caseload's summaries from a real vault.
void BM_ChildOf500Records_Screen(benchmark::State &state)
{
    OneChild &fixture = oneChild();
    QTemporaryDir dir;
    Vault vault(dir.path());
    if (!vault.create(QByteArrayLiteral("bench chronology passcode"),
            RecoveryKeyPair::generate().publicKey, KdfCost::interactive())) {
        state.SkipWithError("vault create failed");
        return;
    }
    CaseloadRepository caseload(vault.database());
    const VerifiedRecords verified = fixture.history.verified();
    for (auto _ : state) {
        auto ofChild = ChildHistory::fromVerified(verified, caseload, fixture.rules, Now)
                           .child(SignedHistory::childId());
        if (!ofChild)
            state.SkipWithError("the chronology did not load");
        benchmark::DoNotOptimize(ofChild);
    }
    state.SetItemsProcessed(state.iterations() * 500);
}
BENCHMARK(BM_ChildOf500Records_Screen)->Unit(benchmark::kMillisecond);

// 2,000 children with 6 visits each (12,000 records): every chronology and every flag.
void BM_CaseloadOf2000_Patterns(benchmark::State &state)
{
    SignedHistory history;
    for (int visit = 0; visit < 6; ++visit)
        for (int child = 0; child < 2000; ++child) {
            history.setChild(QStringLiteral("child-%1").arg(child));
            history.visit(visitNumber(child + visit, QDate(2026, 1, 1).addMonths(visit * 2)));
        }
    const QList<VerifiedRecord> records = history.verified().records;
    const QList<PatternRule> rules = englandRules();
    qsizetype flagged = 0;
    for (auto _ : state) {
        flagged = 0;
        const QHash<QString, Chronology> all = ChronologyBuilder::buildAll(records, {});
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const ProfileFacts facts
                = ProfileFacts::fromRecords(it.value(), QDate(2024, 6, 1), {}, it.key());
            flagged += PatternEvaluator::evaluate(rules, it.value(), facts, Now).size();
        }
    }
    state.counters["flags"] = double(flagged);
    state.SetItemsProcessed(state.iterations() * 2000);
}
BENCHMARK(BM_CaseloadOf2000_Patterns)->Unit(benchmark::kMillisecond);
// A field of /proc/self/status in KiB (VmRSS, VmHWM).
qint64 statusKib(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field) + 1).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// What the app's caseload list does on its worker thread (CaseloadJudge::summarise) over a
// tablet's records, 2,000 children: the peak resident memory above what the input itself holds.
void BM_CaseloadJudge_PeakMemory(benchmark::State &state)
{
    const int records = int(state.range(0));
    SignedHistory history;
    for (int i = 0; i < records; ++i) {
        history.setChild(QStringLiteral("child-%1").arg(i % 2000));
        history.visit(visitNumber(i, QDate(2026, 1, 1).addDays(i / 2000 * 7)));
    }
    CaseloadFlagInput input;
    input.envelopes = history.bytes();
    input.lookup = history.lookup();
    input.rules = englandRules();
    input.asOf = Now;
    for (int child = 0; child < 2000; ++child) {
        Child c;
        c.id = QStringLiteral("child-%1").arg(child);
        c.dateOfBirth = QDate(2024, 6, 1);
        input.children.append(c);
    }
    double peakMiB = 0;
    qsizetype flagged = 0;
    for (auto _ : state) {
        // Writing 5 to clear_refs resets the high-water mark to the current resident size.
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (clear.open(QIODevice::WriteOnly))
            clear.write("5");
        clear.close();
        const qint64 before = statusKib("VmRSS:");
        const auto summaries = CaseloadJudge::summarise(input);
        flagged = summaries.size();
        peakMiB = double(statusKib("VmHWM:") - before) / 1024.0;
    }
    state.counters["peak_above_input_MiB"] = peakMiB;
    state.counters["children_flagged"] = double(flagged);
}
BENCHMARK(BM_CaseloadJudge_PeakMemory)
    ->Arg(5000)
    ->Arg(20000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);
} // namespace

int main(int argc, char **argv)
{
    if (sodium_init() < 0)
        return 1;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    return 0;
}
