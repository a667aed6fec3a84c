// Child mode locked down, on the real app shell in a window over a real vault: the Back key and
// Escape stay, a wrong passcode stays, nothing of another child (nor the child's family name) is
// anywhere in the item tree, the idle timeout still soft-locks and the page behind shows nothing,
// the PIN brings the child back to child mode (not to Hearth), app switching locks fully, and
// only the practitioner's passcode ends it, with what the child made kept.

#include "displaysettings.h"
#include "displaysingleton.h"
#include "manualcountdown.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "sessionsingleton.h"
#include "syncsingleton.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include "record/childcontributionbody.h"

#include <QNetworkAccessManager>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
const QString Pin = QStringLiteral("402817");
constexpr int SlowMs = 20000;
// Words of the records behind child mode that must never be in its item tree.
const QStringList Hidden { QStringLiteral("Quartermaine"), QStringLiteral("Ottoline"),
    QStringLiteral("Fairweather") };

void collectTexts(QObject *object, QStringList &out)
{
    for (const char *property : { "text", "title", "placeholderText" }) {
        const QVariant value = object->property(property);
        if (value.typeId() == QMetaType::QString)
            out << value.toString();
    }
    if (auto *item = qobject_cast<QQuickItem *>(object))
        for (QQuickItem *child : item->childItems())
            collectTexts(child, out);
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

void click(QQuickWindow &window, QQuickItem *item)
{
    QTest::mouseClick(&window, Qt::LeftButton, {},
        item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}
} // namespace

class TestChildModeScreen : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DisplaySettings> m_display;
    test::ManualCountdown *m_idle = nullptr;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<SyncStatus> m_syncStatus;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickItem> m_shell;
    QQuickWindow m_window;
    QString m_childId;
    QList<JsonValue> m_kept;

    QQuickItem *item(const QString &name) { return findItem(m_window.contentItem(), name); }
    // A popup is an object of the page, not an item (its items live in the window's overlay).
    QObject *leaveDialog()
    {
        return m_shell->findChild<QObject *>(QStringLiteral("childLeaveDialog"));
    }
    bool leaveDialogOpen() { return leaveDialog() && leaveDialog()->property("opened").toBool(); }

    // Every text anywhere in the window (dialogs included: they live in its overlay).
    QStringList hiddenWordsShown()
    {
        QStringList texts;
        collectTexts(m_window.contentItem(), texts);
        QStringList found;
        for (const QString &text : texts)
            for (const QString &word : Hidden)
                if (text.contains(word))
                    found << text;
        return found;
    }

    bool openChildMode()
    {
        return m_workspace->openChildMode(
            m_childId, {}, [this](const JsonValue &contribution) { m_kept << contribution; });
    }

    void typeLeavePasscode(const QString &passcode)
    {
        if (!leaveDialogOpen()) {
            click(m_window, item(QStringLiteral("childModeLeaveButton")));
            QTRY_VERIFY(leaveDialogOpen());
        }
        item(QStringLiteral("childLeavePasscode"))->setProperty("text", passcode);
        click(m_window, item(QStringLiteral("childLeaveSubmit")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QQuickStyle::setStyle(QStringLiteral("Material"));
        qputenv("HEARTH_SPEECH_ENGINE", "no-such-engine");
        const QString path = m_dir.path();
        m_display = std::make_unique<DisplaySettings>(path + QStringLiteral("/display.ini"));
        DisplaySingleton::setInstance(m_display.get());
        auto idle = std::make_unique<test::ManualCountdown>();
        m_idle = idle.get();
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); }, std::move(idle));
        SessionSingleton::setInstance(m_session.get());
        m_workspace = std::make_unique<Workspace>(*m_session, nullptr);
        WorkspaceSingleton::setInstance(m_workspace.get());
        m_syncStatus = std::make_unique<SyncStatus>(*m_session, *m_workspace, m_network);
        SyncStatusSingleton::setInstance(m_syncStatus.get());
        m_session->setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor([&] { return m_workspace->ready(); }, SlowMs));
        m_childId = m_workspace->addChild(QStringLiteral("Zebedee"), QStringLiteral("Quartermaine"),
            QStringLiteral("2018-06-01"), {});
        QVERIFY(!m_childId.isEmpty());
        QVERIFY(!m_workspace
                     ->addChild(QStringLiteral("Ottoline"), QStringLiteral("Fairweather"),
                         QStringLiteral("2017-02-03"), {})
                     .isEmpty());
        m_session->setPin(Passcode, Pin, Pin);
        QVERIFY(QTest::qWaitFor([&] { return m_session->pinSet() && !m_session->busy(); }, SlowMs));

        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(
            m_engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Hearth/AppShell.qml")));
        m_shell.reset(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(m_shell, qPrintable(component.errorString()));
        m_window.resize(800, 1280);
        m_shell->setParentItem(m_window.contentItem());
        m_shell->setSize(m_window.size());
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QTRY_VERIFY(item(QStringLiteral("homePage")));
        QVERIFY2(
            !hiddenWordsShown().isEmpty(), "the caseload shows both children: the check can fail");
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_engine.reset();
        m_syncStatus.reset();
        m_workspace.reset();
        m_session.reset();
    }

    void a_showsOnlyTheChildsFirstName()
    {
        QVERIFY(openChildMode());
        QTRY_VERIFY(item(QStringLiteral("childModePage")));
        QTRY_VERIFY(!item(QStringLiteral("homePage")));
        QCOMPARE(hiddenWordsShown(), QStringList());
        QVERIFY(item(QStringLiteral("childModeGreeting"))
                    ->property("text")
                    .toString()
                    .contains(u"Zebedee"));
        QVERIFY(!item(QStringLiteral("syncStatusBar"))
            || !item(QStringLiteral("syncStatusBar"))->isVisible());
        // No speech engine here: no read-aloud button to press.
        QVERIFY(!item(QStringLiteral("childSpeakButton"))->isVisible());
        // Every tab, and so every panel, is built and still shows nothing else.
        for (int tab = 0; tab < 3; ++tab) {
            click(m_window, item(QStringLiteral("childModeTab%1").arg(tab)));
            QCOMPARE(item(QStringLiteral("childModePage"))->property("section").toInt(), tab);
            QCOMPARE(hiddenWordsShown(), QStringList());
        }
    }

    void b_backKeyAndEscapeStay()
    {
        for (Qt::Key key : { Qt::Key_Back, Qt::Key_Escape }) {
            QTest::keyClick(&m_window, key);
            QTest::qWait(50);
            QVERIFY(m_workspace->childMode());
            QVERIFY(item(QStringLiteral("childModePage")));
        }
        // Escape inside the passcode box closes the box, never child mode.
        click(m_window, item(QStringLiteral("childModeLeaveButton")));
        QTRY_VERIFY(leaveDialogOpen());
        QTest::keyClick(&m_window, Qt::Key_Escape);
        QTRY_VERIFY(!leaveDialog()->property("visible").toBool());
        QVERIFY(m_workspace->childMode());
    }

    void c_wrongPasscodeStays()
    {
        typeLeavePasscode(QStringLiteral("not my passcode"));
        ChildModeController *mode = m_workspace->childMode();
        QVERIFY(mode);
        QTRY_VERIFY_WITH_TIMEOUT(!mode->checking(), SlowMs);
        QVERIFY(!mode->leaveError().isEmpty());
        QVERIFY(item(QStringLiteral("childLeaveError"))->isVisible());
        QCOMPARE(m_workspace->childMode(), mode);
        QVERIFY(item(QStringLiteral("childModePage")));
        QTest::keyClick(&m_window, Qt::Key_Escape);
    }

    void d_childDrawsAndPlaces()
    {
        // The closed passcode box fades out before the page takes taps again.
        QTRY_VERIFY(!leaveDialog()->property("visible").toBool());
        click(m_window, item(QStringLiteral("childModeTab0")));
        QQuickItem *canvas = item(QStringLiteral("childCanvas"));
        QVERIFY(canvas);
        QTRY_VERIFY(canvas->isVisible() && canvas->width() > 100);
        const QPoint start = canvas->mapToScene(QPointF(40, 40)).toPoint();
        QTest::mousePress(&m_window, Qt::LeftButton, {}, start);
        for (int i = 1; i <= 20; ++i)
            QTest::mouseMove(&m_window, start + QPoint(i * 8, i * 5), 10);
        QTest::mouseRelease(&m_window, Qt::LeftButton, {}, start + QPoint(160, 100), 10);
        QCOMPARE(m_workspace->childMode()->drawing()->strokeCount(), 1);

        click(m_window, item(QStringLiteral("childModeTab1")));
        click(m_window, item(QStringLiteral("childHouse%1").arg(ChildModeController::GoodThings)));
        click(m_window, item(QStringLiteral("childPicture_pet")));
        click(m_window, item(QStringLiteral("childModeTab2")));
        click(m_window, item(QStringLiteral("childFace_safe_7")));
        QVERIFY(!m_kept.isEmpty());
        const JsonValue &kept = m_kept.constLast();
        QVERIFY(ChildContributionBody::validate(kept, QStringLiteral("$")));
        QCOMPARE(kept[u"strokes"].size(), std::size_t(1));
        QCOMPARE(kept[u"houses"][u"goodThings"].items()[0][u"picture"].toString(), u"pet");
        QCOMPARE(kept[u"scales"].items()[0][u"value"].toInteger(), 7);
    }

    void e_idleSoftLockShowsNothingAndThePinReturnsToChildMode()
    {
        m_idle->expire();
        QCOMPARE(m_session->state(), SessionController::SoftLocked);
        QTRY_VERIFY(item(QStringLiteral("softLockPage")));
        QTRY_VERIFY(!item(QStringLiteral("childModePage")));
        QStringList texts;
        collectTexts(m_window.contentItem(), texts);
        QVERIFY(!texts.join(u' ').contains(u"Zebedee"));
        QCOMPARE(hiddenWordsShown(), QStringList());
        for (QChar digit : Pin)
            click(m_window, item(QStringLiteral("pinKey") + digit));
        QTRY_COMPARE(m_session->state(), SessionController::Unlocked);
        // Still the child's: the PIN does not give Hearth back, only the passcode does.
        QTRY_VERIFY(item(QStringLiteral("childModePage")));
        QVERIFY(!item(QStringLiteral("homePage")));
        QCOMPARE(m_workspace->childMode()->drawing()->strokeCount(), 1);
    }

    void f_appSwitchLocksFullyAndKeepsTheContribution()
    {
        const qsizetype before = m_kept.size();
        m_session->lock();
        QTRY_VERIFY(item(QStringLiteral("unlockPage")));
        QVERIFY(!m_workspace->childMode());
        QVERIFY(m_kept.size() > before);
        QCOMPARE(m_kept.constLast()[u"strokes"].size(), std::size_t(1));
        QStringList texts;
        collectTexts(m_window.contentItem(), texts);
        QVERIFY(!texts.join(u' ').contains(u"Zebedee"));
        m_session->unlock(Passcode);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->ready(), SlowMs);
    }

    void g_theRightPasscodeEndsChildMode()
    {
        QVERIFY(m_workspace->openChildMode(m_childId, m_kept.constLast(),
            [this](const JsonValue &contribution) { m_kept << contribution; }));
        QTRY_VERIFY(item(QStringLiteral("childModePage")));
        QCOMPARE(m_workspace->childMode()->drawing()->strokeCount(), 1);
        const JsonValue carried = m_kept.constLast();
        typeLeavePasscode(Passcode);
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->childMode(), SlowMs);
        QTRY_VERIFY(item(QStringLiteral("homePage")));
        QCOMPARE(m_kept.constLast(), carried);
    }
};

QTEST_MAIN(TestChildModeScreen)
#include "tst_childmodescreen.moc"
