// init, migrate, add-practitioner, set-role, practitioners and enrol-code: setting up the store
// and letting devices in.
#include "admincontext.h"
#include "enrolmentcodes.h"
#include "migrations.h"
#include "practitionerrepository.h"
#include "record/canonicaljson.h"
#include "record/envelope.h"
#include "serverkey.h"
#include "settingsstore.h"
#include "transaction.h"

#include <QFile>
#include <QRegularExpression>

namespace hearth::server {

namespace {
// "hearth-recovery-public-v1 <base64 32 bytes>", the format of core/vault/recoverykey.h.
Expected<QString, QString> readRecoveryLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray line = file.read(512).trimmed();
    const QList<QByteArray> parts = line.split(' ');
    auto decoded = parts.size() == 2
        ? QByteArray::fromBase64Encoding(parts[1], QByteArray::AbortOnBase64DecodingErrors)
        : QByteArray::FromBase64Result {};
    if (parts.size() != 2 || parts[0] != "hearth-recovery-public-v1" || !decoded
        || decoded.decoded.size() != 32)
        return unexpected(QStringLiteral(
            "%1 is not a recovery public key (\"hearth-recovery-public-v1 <base64>\")")
                              .arg(path));
    return QString::fromLatin1(line);
}

// "90m", "24h", "7d" or plain seconds.
qint64 parseDuration(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,7})([smhd]?)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return -1;
    const qint64 value = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    const qint64 scale = unit == u"m" ? 60 : unit == u"h" ? 3600 : unit == u"d" ? 86400 : 1;
    return value * scale;
}
} // namespace

int runInit(const AdminContext &context)
{
    QString recovery;
    if (context.isSet("recovery-key")) {
        auto line = readRecoveryLine(context.option("recovery-key"));
        if (!line)
            return context.fail(line.error());
        recovery = *line;
    }
    qint64 lockTimeout = 300;
    if (context.isSet("lock-timeout")) {
        bool ok = false;
        lockTimeout = context.option("lock-timeout").toLongLong(&ok);
        if (!ok || lockTimeout < 30 || lockTimeout > 3600)
            return context.fail(QStringLiteral("--lock-timeout must be 30-3600 seconds"));
    }
    if (QFile::exists(context.resolved.keyPath))
        return context.fail(QStringLiteral("%1 already exists; refusing to replace the server key")
                                .arg(context.resolved.keyPath));
    auto version = Migrations::currentVersion(context.database);
    if (!version)
        return context.fail(version.error().message);
    if (*version != 0)
        return context.fail(
            QStringLiteral("%1 is already initialised").arg(context.database.describe()));
    auto migrated = Migrations::migrate(context.database);
    if (!migrated)
        return context.fail(migrated.error().message);
    auto key = ServerKey::create(context.resolved.keyPath);
    if (!key)
        return context.fail(key.error());
    const SettingsStore settings(context.database);
    auto transaction = Transaction::begin(context.database);
    if (!transaction)
        return context.fail(transaction.error().message);
    for (const auto &[name, value] :
        { std::pair { SettingsStore::serverPublicKey, DeviceKeyPair::toHex(key->publicKey()) },
            std::pair { SettingsStore::lockTimeoutSeconds, QString::number(lockTimeout) } }) {
        if (auto set = settings.set(name, value); !set)
            return context.fail(set.error().message);
    }
    if (!recovery.isEmpty()) {
        if (auto set = settings.set(SettingsStore::recoveryPublicKey, recovery); !set)
            return context.fail(set.error().message);
    }
    if (auto committed = transaction->commit(); !committed)
        return context.fail(committed.error().message);
    context.out << "initialised " << context.database.describe() << " (schema " << *migrated
                << ")\n"
                << "server signing key " << context.resolved.keyPath << '\n'
                << "server public key " << DeviceKeyPair::toHex(key->publicKey()) << '\n';
    return 0;
}

int runMigrate(const AdminContext &context)
{
    int target = -1;
    if (context.isSet("to")) {
        bool ok = false;
        target = context.option("to").toInt(&ok);
        if (!ok || target < 1 || target > Migrations::latestVersion())
            return context.fail(
                QStringLiteral("--to must be 1-%1").arg(Migrations::latestVersion()));
    }
    auto migrated = Migrations::migrate(context.database, target);
    if (!migrated)
        return context.fail(migrated.error().message);
    context.out << "schema version " << *migrated << '\n';
    return 0;
}

int runAddPractitioner(const AdminContext &context)
{
    if (context.arguments.size() != 2 || context.arguments[0].trimmed().isEmpty())
        return context.fail(QStringLiteral("usage: add-practitioner ID NAME [--role ROLE]"));
    std::optional<PractitionerRole> role;
    if (context.isSet("role")) {
        role = PractitionerRoles::fromSlug(context.option("role"));
        if (!role)
            return context.fail(
                QStringLiteral("unknown role \"%1\": a practitioner's role is %2")
                    .arg(context.option("role"), PractitionerRoles::allSlugsText()));
    }
    const QString now = Envelope::formatCreated(context.clock.nowUtc());
    const PractitionerRepository practitioners(context.database);
    if (auto added = practitioners.upsert(context.arguments[0], context.arguments[1], now, role);
        !added)
        return context.fail(added.error().message);
    auto stored = practitioners.find(context.arguments[0]);
    if (!stored || !stored->has_value())
        return context.fail(
            stored ? QStringLiteral("the practitioner was not stored") : stored.error().message);
    context.out << "practitioner " << context.arguments[0] << " ("
                << PractitionerRoles::slug((*stored)->role) << ")\n";
    return 0;
}

int runSetRole(const AdminContext &context)
{
    if (context.arguments.size() != 2)
        return context.fail(QStringLiteral("usage: set-role ID ROLE"));
    const auto role = PractitionerRoles::fromSlug(context.arguments[1]);
    if (!role)
        return context.fail(QStringLiteral("unknown role \"%1\": a practitioner's role is %2")
                                .arg(context.arguments[1], PractitionerRoles::allSlugsText()));
    auto changed = PractitionerRepository(context.database).setRole(context.arguments[0], *role);
    if (!changed)
        return context.fail(changed.error().message);
    if (!*changed)
        return context.fail(QStringLiteral("no practitioner \"%1\" (add it with add-practitioner)")
                                .arg(context.arguments[0]));
    context.out << "practitioner " << context.arguments[0] << " is now " << context.arguments[1]
                << " (enrolled tablets take it at their next caseload download)\n";
    return 0;
}

int runPractitioners(const AdminContext &context)
{
    auto practitioners = PractitionerRepository(context.database).list();
    if (!practitioners)
        return context.fail(practitioners.error().message);
    if (context.isSet("json")) {
        JsonValue list = JsonValue::array();
        for (const PractitionerRow &row : *practitioners)
            list.append(JsonValue::object(
                { { QStringLiteral("id"), row.id }, { QStringLiteral("name"), row.name },
                    { QStringLiteral("role"), PractitionerRoles::slug(row.role) } }));
        context.out << QString::fromUtf8(CanonicalJson::serialize(list).value()) << '\n';
        return 0;
    }
    context.out << QStringLiteral("%1 %2 %3\n")
                       .arg(QStringLiteral("PRACTITIONER"), -14)
                       .arg(QStringLiteral("ROLE"), -15)
                       .arg(QStringLiteral("NAME"));
    for (const PractitionerRow &row : *practitioners)
        context.out << QStringLiteral("%1 %2 %3\n")
                           .arg(row.id, -14)
                           .arg(PractitionerRoles::slug(row.role), -15)
                           .arg(row.name);
    return 0;
}

int runEnrolCode(const AdminContext &context)
{
    const QString practitioner = context.option("practitioner");
    if (practitioner.isEmpty())
        return context.fail(QStringLiteral("usage: enrol-code --practitioner ID [--expires 24h]"));
    const qint64 lifetime = parseDuration(
        context.isSet("expires") ? context.option("expires") : QStringLiteral("24h"));
    if (lifetime <= 0 || lifetime > 30 * 86400)
        return context.fail(
            QStringLiteral("--expires must be like 90m, 24h or 7d (at most 30 days)"));
    auto name = PractitionerRepository(context.database).name(practitioner);
    if (!name)
        return context.fail(name.error().message);
    if (!name->has_value())
        return context.fail(QStringLiteral("no practitioner \"%1\" (add it with add-practitioner)")
                                .arg(practitioner));
    const QDateTime now = context.clock.nowUtc();
    const QDateTime expires = now.addSecs(lifetime);
    auto code = EnrolmentCodes(context.database)
                    .create(practitioner, expires.toSecsSinceEpoch(), Envelope::formatCreated(now));
    if (!code)
        return context.fail(code.error().message);
    if (context.isSet("json"))
        context.out << "{\"code\":\"" << *code << "\",\"expires\":\""
                    << Envelope::formatCreated(expires) << "\"}\n";
    else
        context.out << *code << "  (for " << practitioner << ", expires "
                    << Envelope::formatCreated(expires) << ")\n";
    return 0;
}

} // namespace hearth::server
