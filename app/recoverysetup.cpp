#include "recoverysetup.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>

namespace hearth {

namespace {
Q_LOGGING_CATEGORY(lcRecovery, "hearth.recovery")

constexpr char DemoReadme[]
    = "DEMO ONLY - NOT FOR REAL RECORDS\n"
      "\n"
      "Hearth was started without an agency recovery key (--recovery-key FILE), so it made\n"
      "this demonstration key pair. The vault on this device is sealed to\n"
      "DEMO-ONLY-recovery.public, and DEMO-ONLY-recovery.secret (kept right here, beside\n"
      "the data) can reopen it with `hearthctl vault recover`.\n"
      "\n"
      "Because the secret key sits next to the data, this protects nothing. Use it for\n"
      "demonstrations and testing only. A real device is set up with the agency's public\n"
      "key, and the secret key never leaves the agency.\n";
} // namespace

QString RecoverySetup::demoDirectory(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("demo-recovery"));
}

QString RecoverySetup::demoPublicKeyPath(const QString &dataDirectory)
{
    return QDir(demoDirectory(dataDirectory)).filePath(QStringLiteral("DEMO-ONLY-recovery.public"));
}

QString RecoverySetup::demoSecretKeyPath(const QString &dataDirectory)
{
    return QDir(demoDirectory(dataDirectory)).filePath(QStringLiteral("DEMO-ONLY-recovery.secret"));
}

Expected<RecoveryPublicKey, VaultError> RecoverySetup::resolve(
    const QString &agencyKeyFile, const QString &dataDirectory)
{
    if (!agencyKeyFile.isEmpty())
        return readRecoveryPublicKey(agencyKeyFile);
    return demoKey(dataDirectory);
}

Expected<RecoveryPublicKey, VaultError> RecoverySetup::demoKey(const QString &dataDirectory)
{
    const QString publicPath = demoPublicKeyPath(dataDirectory);
    if (QFile::exists(publicPath))
        return readRecoveryPublicKey(publicPath);

    if (!QDir().mkpath(demoDirectory(dataDirectory)))
        return unexpected(
            VaultError::make(VaultError::Code::ReadOnly, demoDirectory(dataDirectory)));
    qCWarning(lcRecovery) << "No agency recovery key given: making a DEMO-ONLY key pair in"
                          << demoDirectory(dataDirectory);
    const RecoveryKeyPair pair = RecoveryKeyPair::generate();
    // Secret first: a public key on disk without its secret would seal vaults nobody can
    // recover.
    if (auto written = writeRecoverySecretKey(demoSecretKeyPath(dataDirectory), pair); !written)
        return unexpected(written.error());
    if (auto written = writeRecoveryPublicKey(publicPath, pair.publicKey); !written)
        return unexpected(written.error());

    QSaveFile readme(
        QDir(demoDirectory(dataDirectory)).filePath(QStringLiteral("DEMO-ONLY-README.txt")));
    if (readme.open(QIODevice::WriteOnly)) {
        readme.write(DemoReadme);
        readme.commit();
    }
    return pair.publicKey;
}

} // namespace hearth
