#include "cli.h"
#include "sync/syncstore.h"

#include "common/clock.h"
#include "content/contentlibrary.h"
#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"
#include "visit/visitbody.h"

#include <QDir>
#include <QUuid>

#include <array>
#include <cstdio>

namespace hearth::cli {

namespace {

// Fictional names only; every demo record also says "demo": true in its body.
constexpr std::array<const char *, 12> GivenNames = { "Ada", "Bryn", "Cerys", "Dylan", "Efa",
    "Ffion", "Gethin", "Hana", "Idris", "Jac", "Kit", "Lowri" };
constexpr std::array<const char *, 8> FamilyNames = { "Example", "Sample", "Specimen",
    "Placeholder", "Fictional", "Madeup", "Notreal", "Testcase" };

// A finished demo visit, signed through VisitBody::toBody like every visit the app signs, so
// demo records have exactly the shape of real ones (the child's words as quotes included).
Expected<JsonValue, QString> demoVisit(
    const ContentPack &pack, const QString &childId, const QString &childName, int visit)
{
    Visit v;
    v.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    v.packId = pack.id;
    v.packVersion = pack.version;
    v.createdUtc = Clock::system().nowUtc().toString(Qt::ISODateWithMs);
    v.start.childId = childId;
    v.start.notice = VisitNotice::Announced;
    v.start.place = VisitPlace::Home;
    v.start.purpose
        = QStringLiteral("DEMO DATA. Visit %1 to %2 (fictional).").arg(visit).arg(childName);
    v.start.arrivalUtc = v.createdUtc;
    v.start.location.source = LocationSource::Manual;
    v.start.location.note = QStringLiteral("DEMO DATA. Family home (fictional).");
    v.who.newPeople = QStringLiteral("no");
    v.seeing.seen = true;
    v.seeing.seenAlone = true;
    v.seeing.bedroomSeen = true;
    v.seeing.sleepingPlace = QStringLiteral("DEMO DATA. Own cot, clean and dry.");
    v.seeing.communication = QStringLiteral("DEMO DATA. Babbles and points.");
    // The first prompt of the pack that asks the child, answered in the child's words.
    for (const ContentPack::LivedPrompt &prompt : pack.livedExperience) {
        if (prompt.kind == u"observe")
            continue;
        v.lived.answers.insert(prompt.id,
            { QStringLiteral("DEMO DATA. Asked while playing."),
                QStringLiteral("Demo words: I like the swings.") });
        break;
    }
    v.lived.dayInTheLife = QStringLiteral("DEMO DATA. Nursery in the morning, park after tea.");
    for (const ContentPack::NeglectDomain &domain : pack.neglect)
        for (const ContentPack::NeglectItem &item : domain.items)
            v.neglect.ratings.insert(item.id, { NeglectLevel::NoConcern, {} });
    v.cooperation.level = 4;
    v.cooperation.evidence = QStringLiteral("DEMO DATA. Appointments kept.");
    v.concerns.immediate.present = false;
    v.review.whatItMeans
        = QStringLiteral("DEMO DATA. Warm, responsive care observed; no change since last visit.");
    v.review.status = VisitStatus::Complete;
    v.review.completedUtc = v.createdUtc;
    auto body = VisitBody::toBody(v);
    if (body)
        body->insert(QStringLiteral("demo"), true);
    return body;
}

} // namespace

// Unlocks the vault in --dir, or creates it with a demo recovery pair beside it, clearly named:
// never for real use. Returns the exit code on failure (already reported).
std::optional<int> openDemoVault(Vault &vault)
{
    const Wiped passcode { readSecretLine() };
    if (vault.exists()) {
        if (auto ok = vault.unlock(passcode.bytes); !ok)
            return fail(ok.error());
        return std::nullopt;
    }
    const RecoveryKeyPair recovery = RecoveryKeyPair::generate();
    const QString folder = QDir(vault.directory()).filePath(QStringLiteral("demo-recovery"));
    QDir().mkpath(folder);
    if (auto ok = writeRecoverySecretKey(
            QDir(folder).filePath(QStringLiteral("DEMO-ONLY-recovery.secret")), recovery);
        !ok)
        return fail(ok.error());
    if (auto ok = vault.create(passcode.bytes, recovery.publicKey, KdfCost::interactive()); !ok)
        return fail(ok.error());
    return std::nullopt;
}

// As in the app: once enrolled, records are signed by the enrolled practitioner, the only
// author the agency accepts from this device. Empty when the device is not enrolled.
Expected<QString, VaultError> enrolledPractitioner(Vault &vault)
{
    auto enrolment = SyncStore(vault.database()).enrolment();
    if (!enrolment)
        return unexpected(enrolment.error());
    return enrolment->has_value() ? (*enrolment)->info.practitionerId : QString();
}

int demoCommand(const QCommandLineParser &args)
{
    if (!args.isSet(QStringLiteral("dir")))
        return usage(QStringLiteral("--dir DIR is required"));
    if (args.isSet(QStringLiteral("history")))
        return historyCommand(args);
    bool childrenOk = false;
    bool visitsOk = false;
    const int children = args.value(QStringLiteral("children")).toInt(&childrenOk);
    const int visits = args.value(QStringLiteral("visits")).toInt(&visitsOk);
    if (!childrenOk || !visitsOk || children < 1 || visits < 0 || children > 100000
        || visits > 1000)
        return usage(
            QStringLiteral("--children (1-100000) and --visits (0-1000) must be whole numbers"));

    Vault vault(args.value(QStringLiteral("dir")));
    if (auto failed = openDemoVault(vault))
        return *failed;
    RecordStore store(vault.database());
    if (auto ok = store.open(); !ok)
        return fail(ok.error());
    const auto enrolled = enrolledPractitioner(vault);
    if (!enrolled)
        return fail(enrolled.error());
    const QString author
        = enrolled->isEmpty() ? QStringLiteral("demo-practitioner") : enrolled.value();
    ContentLibrary content;
    if (auto loaded = content.loadBuiltIn(); !loaded)
        return fail(loaded.error().message());
    const ContentPack &pack = *content.current();
    qint64 signedCount = 0;
    for (int c = 0; c < children; ++c) {
        const QString childId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name
            = QStringLiteral("%1 %2").arg(QLatin1String(GivenNames[size_t(c) % GivenNames.size()]),
                QLatin1String(FamilyNames[size_t(c / 12) % FamilyNames.size()]));
        for (int v = 1; v <= visits; ++v) {
            auto body = demoVisit(pack, childId, name, v);
            if (!body)
                return fail(body.error());
            auto record = store.append(
                RecordKind::Visit, author, { pack.id, pack.version }, std::move(body.value()));
            if (!record)
                return fail(record.error());
            ++signedCount;
        }
    }
    std::printf("DEMO DATA: %d fictional children, %lld signed demo visits in %s (device %s)\n",
        children, signedCount, qPrintable(vault.directory()), qPrintable(store.deviceId()));
    return 0;
}

} // namespace hearth::cli
