// Caseload and draft benchmarks in a real encrypted vault: the caseload list of 2,000
// children ready from cold (new repository: SQL read, JSON decode, index build), search per
// keystroke on the loaded list, and autosave latency (one visit draft per transaction) with
// 5,000 visits already stored. Targets (issue 3): < 100 ms, < 20 ms, p99 < 10 ms.
#include "model/caseloadjson.h"
#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "model/visitjson.h"
#include "vault/database.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace hearth;

namespace {

constexpr int Children = 2000;
constexpr int Visits = 5000;

const char *const Given[] = { "Ada", "Zoë", "Siân", "Mohammed", "Olivia", "Łukasz", "Amara", "Noah",
    "Ffion", "Aleksandra", "Kwame", "Isla", "Dafydd", "Chloé", "Yusuf", "Maja" };
const char *const Family[] = { "Example", "Jones", "O'Brien", "Nowak", "Okafor", "Williams",
    "Smith-Ahmed", "Evans", "Müller", "Kowalski", "Patel", "Davies", "Ní Bhriain", "Hughes" };

QString uuid(char kind, int n)
{
    return QStringLiteral("%1%2-0000-4000-8000-000000000000")
        .arg(QLatin1Char(kind))
        .arg(n, 7, 10, QLatin1Char('0'));
}

Visit sampleVisit(int n)
{
    Visit v;
    v.id = uuid('e', n);
    v.packId = QStringLiteral("hearth.england");
    v.packVersion = QStringLiteral("1.0.0");
    v.createdUtc = QStringLiteral("2026-01-01T09:00:00.000Z");
    v.start.childId = uuid('c', n % Children);
    v.start.notice = VisitNotice::Announced;
    v.start.place = VisitPlace::Home;
    v.start.purpose = QStringLiteral("Review visit");
    v.start.arrivalUtc
        = QStringLiteral("2026-%1-01T10:00:00Z").arg(1 + n % 12, 2, 10, QLatin1Char('0'));
    v.start.location = { LocationSource::Gps, 51507351, -127758, 35, {} };
    v.seeing.seen = true;
    v.seeing.seenAlone = true;
    v.seeing.communication = QStringLiteral("Talks freely in English and Welsh");
    v.lived.dayInTheLife = QString(400, QLatin1Char('d'));
    for (const char *item : { "dental", "immunisations", "nutrition", "home-hygiene", "hazards",
             "fire-risk", "supervision", "clothing", "emotional-availability" })
        v.neglect.ratings.insert(QLatin1String(item),
            { NeglectLevel::SomeConcern,
                QStringLiteral("What was seen, heard and smelt, in detail") });
    v.cooperation.level = 3;
    v.cooperation.evidence = QString(200, QLatin1Char('e'));
    v.review.whatItMeans = QString(300, QLatin1Char('m'));
    if (n % 2 == 0)
        v.review.status = VisitStatus::Complete;
    return v;
}

// One vault for the whole run: 2,000 children in 700 households and 5,000 visits.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Vault> vault;
    qint64 bodyBytes = 0;

    bool setUp()
    {
        vault = std::make_unique<Vault>(dir.path());
        if (!vault->create(QByteArrayLiteral("bench-passcode-2026"),
                RecoveryKeyPair::generate().publicKey, KdfCost::interactive()))
            return false;
        Caseload caseload;
        for (int h = 0; h < 700; ++h)
            caseload.households.append(
                { uuid('b', h), Source::Agency, QStringLiteral("%1 Example Row").arg(h),
                    QStringLiteral("EX%1 %2AB").arg(h % 30).arg(h % 9), {} });
        for (int c = 0; c < Children; ++c) {
            Child child;
            child.id = uuid('c', c);
            child.householdId = uuid('b', c % 700);
            child.givenName = QString::fromUtf8(Given[c % 16]);
            child.familyName = QString::fromUtf8(Family[(c / 16) % 14]) + QString::number(c / 224);
            child.dateOfBirth = QDate(2010 + c % 16, 1 + c % 12, 1 + c % 28);
            caseload.children.append(child);
        }
        CaseloadRepository repo(vault->database());
        if (!repo.upsert(caseload))
            return false;
        // Stored with the same columns DraftStore writes, in one transaction to set up quickly.
        Database &db = vault->database();
        return db
            .transaction([&]() -> Expected<void, VaultError> {
                auto draft = db.prepare(QStringLiteral(
                    "INSERT INTO draft VALUES (?, 'visit', ?, '2026-01-01', '2026-01-01')"));
                auto meta = db.prepare(QStringLiteral(
                    "INSERT INTO visit_meta VALUES (?, ?, ?, ?, 'hearth.england@1.0.0')"));
                if (!draft || !meta)
                    return unexpected(VaultError::make(VaultError::Code::Io));
                for (int n = 0; n < Visits; ++n) {
                    const Visit v = sampleVisit(n);
                    const QByteArray body = VisitJson::toBytes(v);
                    bodyBytes = body.size();
                    draft->reset();
                    meta->reset();
                    draft->bind(1, v.id).bind(2, QString::fromUtf8(body));
                    meta->bind(1, v.id).bind(2, v.start.childId);
                    meta->bind(3, enumName(v.review.status)).bind(4, v.start.arrivalUtc);
                    if (auto ok = draft->run(); !ok)
                        return ok;
                    if (auto ok = meta->run(); !ok)
                        return ok;
                }
                return {};
            })
            .hasValue();
    }
};

Fixture *g_fixture = nullptr;
double g_listMs = 0;
double g_searchMaxMs = 0;
double g_autosaveP50 = 0;
double g_autosaveP99 = 0;

void BM_CaseloadListReady(benchmark::State &state)
{
    for (auto _ : state) {
        CaseloadRepository repo(g_fixture->vault->database());
        QElapsedTimer timer;
        timer.start();
        auto list = repo.children();
        g_listMs = std::max(g_listMs, double(timer.nsecsElapsed()) / 1e6);
        if (!list || list->size() != Children)
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(list);
    }
    state.counters["children"] = Children;
}
BENCHMARK(BM_CaseloadListReady)->Unit(benchmark::kMillisecond)->Iterations(10);

// Typing "siân ok" one key at a time, then a postcode: each call is one keystroke.
void BM_SearchPerKeystroke(benchmark::State &state)
{
    CaseloadRepository repo(g_fixture->vault->database());
    if (!repo.children()) {
        state.SkipWithError("load failed");
        return;
    }
    const QStringList typed { QStringLiteral("s"), QStringLiteral("si"), QStringLiteral("sia"),
        QStringLiteral("siân"), QStringLiteral("siân "), QStringLiteral("siân o"),
        QStringLiteral("siân ok"), QStringLiteral("e"), QStringLiteral("ex1"),
        QStringLiteral("ex1 2") };
    qsizetype i = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto found = repo.search(typed[i++ % typed.size()]);
        g_searchMaxMs = std::max(g_searchMaxMs, double(timer.nsecsElapsed()) / 1e6);
        benchmark::DoNotOptimize(found);
    }
}
BENCHMARK(BM_SearchPerKeystroke)->Unit(benchmark::kMicrosecond);

void BM_AutosaveWith5000Visits(benchmark::State &state)
{
    DraftStore store(g_fixture->vault->database());
    Visit visit = sampleVisit(1); // an odd number: still a draft
    std::vector<double> latencies;
    for (auto _ : state) {
        visit.lived.observedBehaviour = QString::number(latencies.size());
        QElapsedTimer timer;
        timer.start();
        if (!store.save(visit))
            state.SkipWithError("save failed");
        latencies.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.empty()) {
        g_autosaveP50 = latencies[latencies.size() / 2];
        g_autosaveP99 = latencies[std::min(latencies.size() - 1, latencies.size() * 99 / 100)];
    }
    state.counters["p99_ms"] = g_autosaveP99;
    state.counters["body_bytes"] = double(g_fixture->bodyBytes);
}
BENCHMARK(BM_AutosaveWith5000Visits)->Unit(benchmark::kMillisecond)->Iterations(500)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    Fixture fixture;
    if (!fixture.setUp()) {
        std::fprintf(stderr, "bench_model: could not set up the vault\n");
        return 1;
    }
    g_fixture = &fixture;
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("\nSummary (targets from issue 3)\n");
    std::printf("  caseload of %d children, list ready (cold, worst): %7.2f ms  (< 100 ms)\n",
        Children, g_listMs);
    std::printf(
        "  search per keystroke (worst):                     %7.3f ms  (< 20 ms)\n", g_searchMaxMs);
    std::printf("  autosave with %d visits: p50 %.2f ms, p99 %.2f ms  (p99 < 10 ms)\n", Visits,
        g_autosaveP50, g_autosaveP99);
    return 0;
}
