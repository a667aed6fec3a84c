#include "cli.h"
#include "sync/syncstore.h"

#include "vault/kdfcost.h"
#include "vault/recordstore.h"
#include "vault/recoverykey.h"
#include "vault/vault.h"

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

JsonValue demoVisit(const QString &childId, const QString &childName, int visit)
{
    return JsonValue::object({
        { QStringLiteral("demo"), true },
        { QStringLiteral("child"), childId },
        { QStringLiteral("visitId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("summary"),
            QStringLiteral(
                "DEMO DATA. Visit %1 to %2 (fictional). Child seen alone in the living room; "
                "bedroom seen, cot clean and dry.")
                .arg(visit)
                .arg(childName) },
        { QStringLiteral("meaningForChild"),
            QStringLiteral(
                "DEMO DATA. Warm, responsive care observed; no change since last visit.") },
    });
}

} // namespace

int demoCommand(const QCommandLineParser &args)
{
    bool childrenOk = false;
    bool visitsOk = false;
    const int children = args.value(QStringLiteral("children")).toInt(&childrenOk);
    const int visits = args.value(QStringLiteral("visits")).toInt(&visitsOk);
    if (!childrenOk || !visitsOk || children < 1 || visits < 0 || children > 100000
        || visits > 1000)
        return usage(
            QStringLiteral("--children (1-100000) and --visits (0-1000) must be whole numbers"));
    if (!args.isSet(QStringLiteral("dir")))
        return usage(QStringLiteral("--dir DIR is required"));

    Vault vault(args.value(QStringLiteral("dir")));
    const Wiped passcode { readSecretLine() };
    if (!vault.exists()) {
        // A demo vault gets a demo recovery pair beside it, clearly named: never for real use.
        const RecoveryKeyPair recovery = RecoveryKeyPair::generate();
        const QString folder = QDir(vault.directory()).filePath(QStringLiteral("demo-recovery"));
        QDir().mkpath(folder);
        if (auto ok = writeRecoverySecretKey(
                QDir(folder).filePath(QStringLiteral("DEMO-ONLY-recovery.secret")), recovery);
            !ok)
            return fail(ok.error());
        if (auto ok = vault.create(passcode.bytes, recovery.publicKey, KdfCost::interactive()); !ok)
            return fail(ok.error());
    } else if (auto ok = vault.unlock(passcode.bytes); !ok) {
        return fail(ok.error());
    }
    RecordStore store(vault.database());
    if (auto ok = store.open(); !ok)
        return fail(ok.error());

    // As in the app: once enrolled, records are signed by the enrolled practitioner, the only
    // author the agency accepts from this device.
    auto enrolment = SyncStore(vault.database()).enrolment();
    if (!enrolment)
        return fail(enrolment.error());
    const QString author = enrolment->has_value() ? (*enrolment)->info.practitionerId
                                                  : QStringLiteral("demo-practitioner");
    const Envelope::PackRef pack { QStringLiteral("demo"), QStringLiteral("1") };
    qint64 signedCount = 0;
    for (int c = 0; c < children; ++c) {
        const QString childId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString name
            = QStringLiteral("%1 %2").arg(QLatin1String(GivenNames[size_t(c) % GivenNames.size()]),
                QLatin1String(FamilyNames[size_t(c / 12) % FamilyNames.size()]));
        for (int v = 1; v <= visits; ++v) {
            auto record
                = store.append(RecordKind::Visit, author, pack, demoVisit(childId, name, v));
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
