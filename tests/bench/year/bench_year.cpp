// A year of records on one tablet, measured in the real app. The vault is filled through the
// real paths (RecordStore signs every visit with the device key, chains it, stores it with its
// summary and queues it; the caseload and drafts go through their repositories), with 2,000
// children, 40 drafts and first 5,000 then 20,000 signed visits. Each figure comes from the
// `hearth` binary in a child process (--ui-script year-check): resident memory once the home
// screen is usable (after malloc_trim, so the key derivation's freed Argon2id memory is not
// counted), peak memory, time from "Unlock" to a usable home screen (with and without the key
// derivation), time until the caseload's pattern flags are judged (off the UI thread) and the
// resident memory after, and time to reopen a draft from it. Targets: at most 150 MB resident
// and 300 ms.
// Figures are printed, never asserted.
#include "model/caseloadrepository.h"
#include "model/draftstore.h"
#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace hearth;

namespace {
// The passcode the app's scripted walks type (app/uiscenarios.cpp).
const QByteArray Passcode = QByteArrayLiteral("kettle on the hob");
const Envelope::PackRef Pack { QStringLiteral("hearth.england"), QStringLiteral("1.0.0") };
constexpr int Children = 2000;
constexpr int DraftCount = 40;
constexpr int Batch = 1000;

// A signed visit about the size of a real one (about 2 KB of canonical JSON).
JsonValue visitBody(const QString &childId, int n)
{
    const QString text = QStringLiteral(
        "Benchmark visit %1. Child seen alone in the living room and in the bedroom; cot clean "
        "and dry. Mother described the day: feeds every three hours, naps after lunch, bath at "
        "six. Home warm, food in the cupboards, no hazards seen on the stairs.")
                             .arg(n);
    return JsonValue::object({ { QStringLiteral("child"), childId },
        { QStringLiteral("visitId"), CaseloadRepository::newId() },
        { QStringLiteral("summary"), text }, { QStringLiteral("lived"), text },
        { QStringLiteral("seeing"), text }, { QStringLiteral("neglect"), text },
        { QStringLiteral("review"), text } });
}

// The vault shared by both sizes: 20,000 extends the 5,000 already signed.
struct YearVault
{
    QTemporaryDir dir;
    QStringList childIds;
    int signedCount = 0;
    double fillSeconds = 0;
    QString error;

    YearVault()
    {
        QElapsedTimer timer;
        timer.start();
        Vault vault(dir.path());
        if (!vault.create(
                Passcode, RecoveryKeyPair::generate().publicKey, KdfCost::interactive())) {
            error = QStringLiteral("vault create failed");
            return;
        }
        Caseload caseload;
        for (int c = 0; c < Children; ++c) {
            Child child;
            child.id = CaseloadRepository::newId();
            child.givenName = QStringLiteral("Child");
            child.familyName = QStringLiteral("Family%1").arg(c, 4, 10, QLatin1Char('0'));
            child.dateOfBirth = QDate(2023, 1, 1).addDays(c % 700);
            childIds.append(child.id);
            caseload.children.append(child);
        }
        CaseloadRepository repository(vault.database());
        if (auto ok = repository.upsert(caseload); !ok) {
            error = ok.error().toString();
            return;
        }
        DraftStore drafts(vault.database());
        for (int d = 0; d < DraftCount; ++d) {
            if (auto ok = drafts.create(childIds.at(d), Pack.id, Pack.version); !ok) {
                error = ok.error().toString();
                return;
            }
        }
        fillSeconds += double(timer.nsecsElapsed()) / 1e9;
    }

    bool signUpTo(int total)
    {
        QElapsedTimer timer;
        timer.start();
        Vault vault(dir.path());
        if (auto ok = vault.unlock(Passcode); !ok) {
            error = ok.error().detail;
            return false;
        }
        RecordStore store(vault.database());
        if (auto ok = store.open(); !ok) {
            error = ok.error().detail;
            return false;
        }
        while (signedCount < total) {
            QList<JsonValue> bodies;
            const int n = std::min(Batch, total - signedCount);
            for (int i = 0; i < n; ++i)
                bodies.append(
                    visitBody(childIds.at((signedCount + i) % Children), signedCount + i));
            if (auto ok = store.appendAll(
                    RecordKind::Visit, QStringLiteral("hv-bench"), Pack, std::move(bodies));
                !ok) {
                error = ok.error().detail;
                return false;
            }
            signedCount += n;
        }
        fillSeconds += double(timer.nsecsElapsed()) / 1e9;
        return true;
    }
};

YearVault &yearVault()
{
    static YearVault vault;
    return vault;
}

// One run of the real app: the HEARTH-YEAR figures, or nothing with `error` set.
std::optional<QMap<QString, double>> runApp(const QString &dataDir, QString &error)
{
    QTemporaryDir runtime;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(HEARTH_APP),
        { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--lang"), QStringLiteral("en_GB"),
            QStringLiteral("--ui-script"), QStringLiteral("year-check") });
    if (!app.waitForFinished(180000) || app.exitCode() != 0) {
        app.kill();
        error = QStringLiteral("hearth failed: ") + QString::fromUtf8(app.readAllStandardError());
        return std::nullopt;
    }
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    const QRegularExpression figure(QStringLiteral("(\\w+)=(-?\\d+)"));
    const qsizetype line = out.indexOf(QStringLiteral("HEARTH-YEAR"));
    if (line < 0) {
        error = QStringLiteral("no HEARTH-YEAR line in: ") + out;
        return std::nullopt;
    }
    QMap<QString, double> figures;
    auto matches = figure.globalMatch(out.mid(line, out.indexOf(u'\n', line) - line));
    while (matches.hasNext()) {
        const auto match = matches.next();
        figures.insert(match.captured(1), match.captured(2).toDouble());
    }
    return figures;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

QMap<int, QMap<QString, double>> g_medians; // records -> figure -> median

void BM_YearOnOneTablet(benchmark::State &state)
{
    const int records = int(state.range(0));
    YearVault &vault = yearVault();
    if (!vault.error.isEmpty() || !vault.signUpTo(records)) {
        state.SkipWithError(qPrintable(vault.error));
        return;
    }
    state.SetLabel(qPrintable(QStringLiteral("%1 children, %2 drafts, %3 signed; fill so far %4 s")
                                  .arg(Children)
                                  .arg(DraftCount)
                                  .arg(records)
                                  .arg(vault.fillSeconds, 0, 'f', 1)));
    QMap<QString, std::vector<double>> runs;
    for (auto _ : state) {
        QString error;
        const auto figures = runApp(vault.dir.path(), error);
        if (!figures) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        state.SetIterationTime(figures->value(QStringLiteral("unlock_to_home_ms")) / 1000.0);
        for (auto it = figures->cbegin(); it != figures->cend(); ++it)
            runs[it.key()].push_back(it.value());
    }
    QMap<QString, double> &medians = g_medians[records];
    for (auto it = runs.cbegin(); it != runs.cend(); ++it)
        medians.insert(it.key(), median(it.value()));
    state.counters["home_ms"] = medians.value(QStringLiteral("unlock_to_home_ms"));
    state.counters["home_after_keys_ms"] = medians.value(QStringLiteral("home_after_keys_ms"));
    state.counters["draft_open_ms"] = medians.value(QStringLiteral("draft_open_ms"));
    state.counters["home_rss_MB"] = medians.value(QStringLiteral("home_rss_kib")) / 1024.0;
    state.counters["peak_MB"] = medians.value(QStringLiteral("peak_kib")) / 1024.0;
    state.counters["flags_ms"] = medians.value(QStringLiteral("flags_ms"));
    state.counters["flags_rss_MB"] = medians.value(QStringLiteral("flags_rss_kib")) / 1024.0;
}
BENCHMARK(BM_YearOnOneTablet)
    ->Arg(5000)
    ->Arg(20000)
    ->Iterations(3)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond);

void printGrowth()
{
    if (!g_medians.contains(5000) || !g_medians.contains(20000))
        return;
    const auto &small = g_medians[5000];
    const auto &large = g_medians[20000];
    std::printf("\nA year on one tablet (medians of 3 runs; targets: <= 150 MB resident, "
                "<= 300 ms)\n%-34s %10s %10s %8s\n",
        "figure", "5,000", "20,000", "growth");
    const QList<QPair<const char *, QString>> rows {
        { "unlock to usable home (ms)", QStringLiteral("unlock_to_home_ms") },
        { "home after key derivation (ms)", QStringLiteral("home_after_keys_ms") },
        { "reopen a draft (ms)", QStringLiteral("draft_open_ms") },
        { "resident at home (MiB)", QStringLiteral("home_rss_kib") },
        { "home to flags judged (ms)", QStringLiteral("flags_ms") },
        { "resident with flags (MiB)", QStringLiteral("flags_rss_kib") },
        { "peak while judging flags (MiB)", QStringLiteral("flags_peak_kib") },
        { "resident with the draft (MiB)", QStringLiteral("draft_rss_kib") },
        { "peak (MiB)", QStringLiteral("peak_kib") },
    };
    for (const auto &[label, key] : rows) {
        const double scale = key.endsWith(u"kib") ? 1024.0 : 1.0;
        const double a = small.value(key) / scale;
        const double b = large.value(key) / scale;
        std::printf("%-34s %10.1f %10.1f %+7.0f%%\n", label, a, b, a > 0 ? (b - a) / a * 100 : 0.0);
    }
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    printGrowth();
    return 0;
}
