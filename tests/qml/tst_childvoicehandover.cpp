// A whole child-voice session with the tablet handed to the child, on the real app shell over a
// real vault: the practitioner starts the session, taps "Hand the tablet to the child", the child
// draws with mouse events, puts a picture and their own words in a house and chooses a face, the
// practitioner leaves child mode with the passcode and sees what the child made shown back as the
// child's, then signs. The signed record verifies, its childContribution is exactly what child
// mode made (canonical bytes), and its drawing renders to the same image.

#include "childdrawingpainter.h"
#include "displaysettings.h"
#include "displaysingleton.h"
#include "manualcountdown.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"
#include "sessionsingleton.h"
#include "syncsingleton.h"
#include "visit/visitservices.h"
#include "workspace.h"
#include "workspacesingleton.h"

#include "record/canonicaljson.h"
#include "record/envelope.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

#include <QNetworkAccessManager>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

Q_IMPORT_QML_PLUGIN(Hearth_AppPlugin)
Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;

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

class TestChildVoiceHandover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<DisplaySettings> m_display;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Workspace> m_workspace;
    QNetworkAccessManager m_network;
    std::unique_ptr<SyncStatus> m_syncStatus;
    std::unique_ptr<QQmlEngine> m_engine;
    std::unique_ptr<QQuickItem> m_shell;
    QQuickWindow m_window;
    QString m_childId;
    JsonValue m_made; // what child mode held when the child gave the tablet back

    QQuickItem *item(const QString &name) { return findItem(m_window.contentItem(), name); }

    // Scrolls the session page so `name` is in the window, then returns it.
    QQuickItem *shown(const QString &name)
    {
        QQuickItem *target = item(name);
        auto *scroll = item(QStringLiteral("childVoiceScroll"));
        if (!target || !scroll)
            return target;
        const qreal y
            = target->mapToItem(
                        scroll->property("contentItem").value<QQuickItem *>(), QPointF(0, 0))
                  .y();
        const qreal most
            = std::max(0.0, scroll->property("contentHeight").toReal() - scroll->height());
        scroll->setProperty("contentY", std::clamp(y - scroll->height() / 3, 0.0, most));
        return target;
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
        m_session = std::make_unique<SessionController>(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); }, std::make_unique<test::ManualCountdown>());
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
    }

    void cleanupTestCase()
    {
        m_shell.reset();
        m_engine.reset();
        m_syncStatus.reset();
        m_workspace.reset();
        m_session.reset();
    }

    void a_theSessionHandsTheTabletToTheChild()
    {
        QVERIFY(m_workspace->startChildVoice());
        ChildVoiceController *session = m_workspace->childVoice();
        QVERIFY(session);
        QVERIFY(session->chooseChild(m_childId));
        session->setPlace(QStringLiteral("school"));
        session->setSeenAlone(1);
        session->setPractitionerWillDo(QStringLiteral("Talk it through with the team manager"));
        session->setChildToldNext(QStringLiteral("I will come back next Tuesday"));
        QTRY_VERIFY(item(QStringLiteral("childVoicePage")));
        // Nothing made yet: only the child's contribution would let this session be signed.
        QVERIFY(!session->missing().isEmpty());
        QVERIFY(!session->hasContribution());
        QQuickItem *handOver = shown(QStringLiteral("childVoiceHandOver"));
        QVERIFY(handOver);
        QTRY_VERIFY(handOver->isVisible() && handOver->isEnabled());
        QTest::qWait(50); // the flickable has moved
        click(m_window, handOver);
        QTRY_VERIFY(m_workspace->childMode());
        QTRY_VERIFY(item(QStringLiteral("childModePage")));
    }

    void b_theChildDrawsAndPlaces()
    {
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
        click(m_window, item(QStringLiteral("childHouse%1").arg(ChildModeController::Dreams)));
        click(m_window, item(QStringLiteral("childPicture_pet")));
        item(QStringLiteral("childWordsField"))
            ->setProperty("text", QStringLiteral("a dog called Biscuit"));
        click(m_window, item(QStringLiteral("childAddWords")));
        click(m_window, item(QStringLiteral("childModeTab2")));
        click(m_window, item(QStringLiteral("childFace_safe_7")));
        m_made = m_workspace->childMode()->contribution();
        QCOMPARE(m_made[u"houses"][u"dreams"].items().size(), std::size_t(2));
        QCOMPARE(
            m_made[u"houses"][u"dreams"].items()[1][u"words"].toString(), u"a dog called Biscuit");
        // Kept in the session's draft as the child works, before the tablet comes back.
        QTRY_COMPARE(m_workspace->childVoice()->draft().childContribution, m_made);
    }

    // A full lock while the child has the tablet keeps what they made in the session's draft,
    // and handing the tablet back carries on from it.
    void bb_aFullLockKeepsItInTheDraft()
    {
        m_session->lock();
        QTRY_VERIFY(item(QStringLiteral("unlockPage")));
        QVERIFY(!m_workspace->childMode());
        QVERIFY(!m_workspace->childVoice());
        m_session->unlock(Passcode);
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->ready(), SlowMs);
        QVERIFY(m_workspace->resumeChildVoice());
        QCOMPARE(m_workspace->childVoice()->draft().childContribution, m_made);
        QTRY_VERIFY(item(QStringLiteral("childVoicePage")));
        QQuickItem *handOver = shown(QStringLiteral("childVoiceHandOver"));
        QTRY_VERIFY(handOver->isVisible() && handOver->isEnabled());
        QTest::qWait(50);
        click(m_window, handOver);
        QTRY_VERIFY(m_workspace->childMode());
        QCOMPARE(m_workspace->childMode()->contribution(), m_made);
        QTRY_VERIFY(item(QStringLiteral("childModePage")));
    }

    void c_thePasscodeBringsTheSessionBackWithTheChildsOwn()
    {
        click(m_window, item(QStringLiteral("childModeLeaveButton")));
        QTRY_VERIFY(item(QStringLiteral("childLeavePasscode")));
        item(QStringLiteral("childLeavePasscode"))->setProperty("text", Passcode);
        click(m_window, item(QStringLiteral("childLeaveSubmit")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->childMode(), SlowMs);
        QTRY_VERIFY(item(QStringLiteral("childVoicePage")));
        ChildVoiceController *session = m_workspace->childVoice();
        QVERIFY(session->hasContribution());
        QCOMPARE(session->draft().childContribution, m_made);
        QVERIFY(session->missing().isEmpty());
        QQuickItem *made = shown(QStringLiteral("childVoiceMade"));
        QVERIFY(made && made->isVisible());
        QQuickItem *drawing = item(QStringLiteral("childVoiceDrawing"));
        QVERIFY(drawing && drawing->isVisible());
        QVERIFY(drawing->property("readOnly").toBool());
        QCOMPARE(session->childDrawing()->strokeCount(), 1);
        QQuickItem *dreams = item(QStringLiteral("childVoiceMade.dreams"));
        QVERIFY(dreams && dreams->isVisible());
        QVERIFY(item(QStringLiteral("childVoiceMadeScale.safe")));
        QVERIFY(item(QStringLiteral("childVoiceMadeScale.safe"))
                    ->property("text")
                    .toString()
                    .contains(u'7'));
    }

    void d_theSignedRecordHoldsExactlyWhatTheChildMade()
    {
        QSignalSpy signedSpy(m_workspace.get(), &Workspace::childVoiceSigned);
        m_workspace->signChildVoice(Passcode);
        QTRY_COMPARE_WITH_TIMEOUT(signedSpy.size(), 1, SlowMs);
        const QString recordId = signedSpy.at(0).at(0).toString();
        RecordStore &records = m_workspace->services()->records();
        QVERIFY(records.verifyAll());
        auto bytes = records.envelope(recordId);
        QVERIFY(bytes && bytes->has_value());
        auto envelope = Envelope::fromJson(JsonParser::parse(**bytes).value());
        QVERIFY(envelope);
        QCOMPARE(envelope->kind, RecordKind::ChildVoiceSession);
        const JsonValue &signedMade = envelope->body[u"childContribution"];
        QCOMPARE(
            CanonicalJson::serialize(signedMade).value(), CanonicalJson::serialize(m_made).value());
        auto strokes = ChildDrawing::fromJson(signedMade[u"strokes"], QStringLiteral("$"));
        QVERIFY(strokes);
        auto drawn = ChildDrawing::fromJson(m_made[u"strokes"], QStringLiteral("$"));
        QVERIFY(drawn);
        const QImage image = ChildDrawingPainter::render(strokes.value(), 400);
        QCOMPARE(image, ChildDrawingPainter::render(drawn.value(), 400));
        // Something was painted: the comparison is of a drawing, not of two empty images.
        QVERIFY(image != ChildDrawingPainter::render({}, 400));
    }

    void e_theChronologyShowsItAsTheChilds()
    {
        QVERIFY(m_workspace->openChronology(m_childId));
        ChronologyModel *chronology = m_workspace->chronology();
        QVERIFY(chronology);
        QTRY_VERIFY_WITH_TIMEOUT(!chronology->loading(), SlowMs);
        QString session;
        for (int row = 0; row < chronology->rowCount(); ++row) {
            const QModelIndex index = chronology->index(row);
            if (chronology->data(index, ChronologyModel::KindRole).toString()
                == u"child-voice-session")
                session = chronology->data(index, ChronologyModel::WhatRole).toString();
        }
        QVERIFY2(session.contains(u"\u201ca dog called Biscuit\u201d"), qPrintable(session));
        QVERIFY2(session.contains(u"7 out of 10"), qPrintable(session));
        QVERIFY2(session.contains(u"a drawing"), qPrintable(session));
        m_workspace->closeChronology();
    }
};

QTEST_MAIN(TestChildVoiceHandover)
#include "tst_childvoicehandover.moc"
