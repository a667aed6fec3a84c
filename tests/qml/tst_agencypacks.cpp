// An agency's own content packs, placed in the vault folder's packs/ without a rebuild: a good
// one becomes the pack new visits use, a broken one is refused whole and named in the
// workspace's problem, and visits still work on what did load.

#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "visit/visitservices.h"
#include "workspace.h"

#include "content/contentlibrary.h"
#include "content/contentpack.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
const QString ContentData = QStringLiteral(HEARTH_TEST_DATA_DIR "/content");
} // namespace

class TestAgencyPacks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;

    void unlockWithPacks(const QStringList &files)
    {
        // A fresh vault folder for each test: the packs are read when the vault is set up.
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("packs")));
        for (const QString &file : files)
            QVERIFY(QFile::copy(ContentData + u'/' + file, m_dir->filePath(u"packs/"_qs + file)));
        const QString path = m_dir->path();
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, 20000));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        m_workspace.reset();
        m_session.reset();
        m_dir.reset();
    }

    void agencyPackIsUsedForNewVisits()
    {
        unlockWithPacks({ QStringLiteral("good-agency-pack.json") });
        QCOMPARE(m_workspace->errorText(), QString());
        const ContentPack *current = m_workspace->services()->packFor({}, {});
        QVERIFY(current);
        QCOMPARE(current->id, QStringLiteral("agency.example"));
        // The built-in pack stays loaded for drafts that were started with it, even under a
        // version this tablet no longer has (1.0.0, before its apostrophes were made one).
        const ContentPack *builtIn = m_workspace->services()->packFor(
            ContentLibrary::builtInId(), QStringLiteral("1.0.0"));
        QVERIFY(builtIn);
        QCOMPARE(builtIn->id, ContentLibrary::builtInId());
    }

    void brokenPackIsNamedAndTheRestStillWorks()
    {
        unlockWithPacks({ QStringLiteral("broken-syntax.json") });
        QVERIFY2(m_workspace->errorText().contains(u"broken-syntax.json"_qs),
            qPrintable(m_workspace->errorText()));
        const ContentPack *current = m_workspace->services()->packFor({}, {});
        QVERIFY(current);
        QCOMPARE(current->id, ContentLibrary::builtInId());
        const QString child = m_workspace->addChild(
            QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("2024-01-15"), {});
        QVERIFY(!child.isEmpty());
        QVERIFY(m_workspace->startVisit(child));
    }
};

QTEST_GUILESS_MAIN(TestAgencyPacks)
#include "tst_agencypacks.moc"
