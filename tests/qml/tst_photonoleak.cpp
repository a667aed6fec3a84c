// No image file is ever written outside the vault. The real flow (a photo chosen from a file
// the test made, shown from the vault, the visit signed, the signed visit opened and its photo
// shown again, then the visit and its photo synced to the real hearth-server) runs with HOME,
// TMPDIR, every XDG_* folder and the working directory pointed at fresh folders; the server's
// data folder is made under that TMPDIR. Afterwards every file under them, and every entry /tmp
// gained meanwhile, is read: any file other than the test's own source, the vault's database
// and the server's database (where the agency is meant to keep the photo) that holds JPEG or
// PNG magic bytes fails the test, named.
//
// Not a QTest class: the environment has to be in place before QGuiApplication (and with it
// QStandardPaths, the image plugins and Qt Quick) first reads it.

#include "photofixtures.h"
#include "photoflow.h"
#include "photoimageprovider.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "signedvisit.h"
#include "sync/enrolment.h"
#include "sync/syncengine.h"
#include "syncserver.h"
#include "visitcontroller.h"
#include "workspace.h"

#include <QDir>
#include <QDirIterator>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");

QSet<QString> tmpEntries()
{
    const QStringList names
        = QDir(QStringLiteral("/tmp"))
              .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    return QSet<QString>(names.cbegin(), names.cend());
}

bool holdsImageMagic(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    return bytes.contains("\xFF\xD8\xFF") || bytes.contains("\x89PNG\r\n\x1A\n");
}

QStringList imageFilesUnder(const QString &root, const QSet<QString> &allowed)
{
    QStringList found;
    const QFileInfo info(root);
    if (info.isFile() && !info.isSymLink()) {
        if (!allowed.contains(info.absoluteFilePath()) && holdsImageMagic(root))
            found.append(root);
        return found;
    }
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (!allowed.contains(path) && holdsImageMagic(path))
            found.append(path);
    }
    return found;
}

int fail(const char *what)
{
    std::fprintf(stderr, "FAIL: %s\n", what);
    return 1;
}
} // namespace

int main(int argc, char **argv)
{
    const QSet<QString> tmpBefore = tmpEntries();
    char pattern[] = "/tmp/hearth-noleak-XXXXXX";
    if (!::mkdtemp(pattern))
        return fail("cannot make the test's root folder");
    const QString root = QString::fromLocal8Bit(pattern);
    const QStringList folders { QStringLiteral("home"), QStringLiteral("tmp"),
        QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("cache"),
        QStringLiteral("state"), QStringLiteral("runtime"), QStringLiteral("work"),
        QStringLiteral("source"), QStringLiteral("pictures") };
    for (const QString &folder : folders)
        if (!QDir(root).mkpath(folder))
            return fail("cannot make the fresh folders");
    QFile::setPermissions(
        root + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto point = [&root](const char *name, const char *folder) {
        ::setenv(name, qPrintable(root + u'/' + QLatin1String(folder)), 1);
    };
    point("HOME", "home");
    point("TMPDIR", "tmp");
    point("XDG_CONFIG_HOME", "config");
    point("XDG_DATA_HOME", "data");
    point("XDG_CACHE_HOME", "cache");
    point("XDG_STATE_HOME", "state");
    point("XDG_RUNTIME_DIR", "runtime");
    point("XDG_PICTURES_DIR", "pictures");
    ::setenv("XDG_DATA_DIRS", qPrintable(root + QStringLiteral("/data")), 1);
    ::setenv("XDG_CONFIG_DIRS", qPrintable(root + QStringLiteral("/config")), 1);
    ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (::chdir(qPrintable(root + QStringLiteral("/work"))) != 0)
        return fail("cannot enter the working folder");

    QGuiApplication app(argc, argv);
    const QString sourcePath = root + QStringLiteral("/source/bruise.jpg");
    {
        QFile source(sourcePath);
        const QByteArray bytes = PhotoFixtures::jpegWithExif(2400, 1800);
        if (!source.open(QIODevice::WriteOnly) || source.write(bytes) != bytes.size())
            return fail("cannot write the source photo");
    }
    const QString vaultFolder = root + QStringLiteral("/data/hearth");
    if (!QDir().mkpath(vaultFolder))
        return fail("cannot make the vault folder");

    QString storedHash;
    {
        SessionController session(
            std::make_unique<Vault>(vaultFolder),
            [&] { return RecoverySetup::resolve({}, vaultFolder); },
            [] { return KdfCost::interactive(); });
        Workspace workspace(session, nullptr);
        PhotoImageProvider provider(workspace);
        session.setUp(Passcode, Passcode);
        if (!QTest::qWaitFor([&] { return workspace.ready(); }, 30000))
            return fail("the vault did not open");
        const QString child = workspace.addChild(
            QStringLiteral("Ada"), QStringLiteral("L"), QStringLiteral("2024-01-15"), {});
        if (child.isEmpty() || !workspace.startVisit(child))
            return fail("no visit");
        VisitController *visit = workspace.visit();
        if (!PhotoFlow::completeVisit(*visit))
            return fail("the visit could not be filled in");
        if (!visit->addPhotoFromFile(QUrl::fromLocalFile(sourcePath)))
            return fail("the photo was not added");
        storedHash = visit->visit().photos.constFirst().hash;
        QSize size;
        if (provider.requestImage(storedHash, &size, QSize(400, 300)).isNull())
            return fail("the photo is not shown from the vault");
        QSignalSpy signedSpy(&workspace, &Workspace::visitSigned);
        workspace.sign(Passcode);
        if (!signedSpy.wait(30000) || !workspace.signedVisit())
            return fail("the visit was not signed");
        if (workspace.signedVisit()->photos().size() != 1
            || provider.requestImage(storedHash, &size, {}).isNull())
            return fail("the signed visit does not show its photo");
        session.lock();
    }

    // The sync leg: enrol the vault with the agency server and send the signed visit.
    SyncServer server;
    if (!server.create().isEmpty() || !server.start().isEmpty())
        return fail("the agency server did not start");
    {
        Vault vault(vaultFolder);
        if (!vault.unlock(Passcode.toUtf8()))
            return fail("the vault did not open again");
        QNetworkAccessManager network;
        Enrolment enrolment(vault, network, Clock::system());
        QSignalSpy enrolled(&enrolment, &Enrolment::enrolled);
        enrolment.enrol(server.url(), server.newCode(), QStringLiteral("Test tablet"), {});
        if (!enrolled.wait(30000))
            return fail("the tablet did not enrol");
        SyncEngine engine(vault, network, Clock::system());
        engine.setRetryAutomatically(false);
        QSignalSpy finished(&engine, &SyncEngine::attemptFinished);
        engine.start(SyncTrigger::Manual);
        if (!finished.wait(60000))
            return fail("the sync did not finish");
        const auto attempt = finished.first().first().value<SyncAttempt>();
        // The server stores a visit only once its photo has arrived.
        if (attempt.outcome != SyncAttempt::Outcome::Success || attempt.acknowledged != 1)
            return fail(qPrintable(
                QStringLiteral("the visit and its photo were not synced: ") + attempt.message));
        vault.lock();
    }
    const QString serverDatabase
        = QFileInfo(server.dir() + QStringLiteral("/hearth.sqlite")).absoluteFilePath();
    server.stop();
    if (!serverDatabase.startsWith(root)
        || !(holdsImageMagic(serverDatabase)
            || holdsImageMagic(serverDatabase + QStringLiteral("-wal"))))
        return fail("the server's database is not under the walked folders or lacks the photo");

    // The vault's database (and its write-ahead log, if one is left) is encrypted: its bytes
    // are random, and may hold any three bytes by chance.
    const QString database
        = QFileInfo(vaultFolder + QStringLiteral("/hearth.db")).absoluteFilePath();
    // The server's database holds the JPEG, as the agency's store should.
    const QSet<QString> allowed { QFileInfo(sourcePath).absoluteFilePath(), database,
        database + QStringLiteral("-wal"), database + QStringLiteral("-shm"), serverDatabase,
        serverDatabase + QStringLiteral("-wal"), serverDatabase + QStringLiteral("-shm") };
    QStringList leaked = imageFilesUnder(root, allowed);
    for (const QString &entry : tmpEntries() - tmpBefore) {
        const QString path = QStringLiteral("/tmp/") + entry;
        if (path != root)
            leaked += imageFilesUnder(path, allowed);
    }
    QDir(root).removeRecursively();
    if (!leaked.isEmpty()) {
        for (const QString &path : std::as_const(leaked))
            std::fprintf(stderr, "an image file outside the vault: %s\n", qPrintable(path));
        return fail("image files were written outside the vault");
    }
    std::printf("PASS: photo %s chosen, shown, signed, shown again and synced; no image file "
                "outside the vault and the server's database\n",
        qPrintable(storedHash.left(12)));
    return 0;
}
