// Child mode's C++ under the page: a drawing made with real mouse events on the canvas renders
// back exactly (after canonical JSON and a re-parse, and as the canvas itself showed it), what
// the child made is kept after each change and is a valid contribution, leaving needs the real
// vault passcode, and a missing speech engine only hides reading aloud.

#include "childcanvas.h"
#include "childdrawingpainter.h"
#include "childmode.h"
#include "readaloud.h"
#include "recoverysetup.h"
#include "sessioncontroller.h"

#include "record/canonicaljson.h"
#include "record/childcontributionbody.h"

#include <QPainter>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace hearth;

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
constexpr int SlowMs = 20000;

// A squiggle, a dot and a long curve in three pens, pressed and dragged like a finger.
void drawOn(QQuickWindow &window, ChildCanvas &canvas)
{
    const auto stroke = [&](int colour, int width, QList<QPoint> points) {
        canvas.setColour(colour);
        canvas.setPenWidth(width);
        QTest::mousePress(&window, Qt::LeftButton, {}, points.constFirst());
        for (qsizetype i = 1; i < points.size(); ++i)
            QTest::mouseMove(&window, points[i], 8);
        QTest::mouseRelease(&window, Qt::LeftButton, {}, points.constLast(), 8);
    };
    stroke(1, 100, { { 20, 20 }, { 60, 35 }, { 90, 80 }, { 140, 70 }, { 200, 190 } });
    stroke(5, 220, { { 250, 40 } });
    QList<QPoint> curve;
    for (int i = 0; i <= 60; ++i)
        curve << QPoint(30 + i * 4, 200 - int(80 * std::sin(i / 9.0)));
    stroke(6, 40, curve);
}
} // namespace

class TestChildMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawingRendersBackExactly()
    {
        QQuickWindow window;
        window.resize(300, 300);
        ChildDrawing drawing;
        ChildCanvas canvas(window.contentItem());
        canvas.setSize(QSizeF(300, 300));
        canvas.setDrawing(&drawing);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        drawOn(window, canvas);
        QCOMPARE(drawing.strokeCount(), 3);
        QVERIFY(drawing.pointCount() > 60);
        QCOMPARE(drawing.strokes()[1].points.size(), 1);

        // What the canvas showed, painted one new segment at a time, is the full render.
        const QImage shown = window.grabWindow().convertToFormat(QImage::Format_ARGB32);
        QImage expected(300, 300, QImage::Format_ARGB32);
        expected.fill(window.color());
        {
            QPainter painter(&expected);
            painter.drawImage(0, 0, ChildDrawingPainter::render(drawing.strokes(), 300));
        }
        QCOMPARE(shown, expected);

        const auto bytes = CanonicalJson::serialize(drawing.toJson());
        QVERIFY(bytes);
        const auto parsed = CanonicalJson::parseCanonical(bytes.value());
        QVERIFY(parsed);
        const auto strokes = ChildDrawing::fromJson(parsed.value(), QStringLiteral("$"));
        QVERIFY2(strokes, qPrintable(strokes ? QString() : strokes.error().toString()));
        QVERIFY(strokes.value() == drawing.strokes());
        for (int side : { 300, 512, 1024 })
            QCOMPARE(ChildDrawingPainter::render(strokes.value(), side),
                ChildDrawingPainter::render(drawing.strokes(), side));
        // And the comparison can fail: one point moved changes the picture.
        auto moved = strokes.value();
        moved[0].points[2] += QPoint(400, 0);
        QVERIFY(ChildDrawingPainter::render(moved, 300)
            != ChildDrawingPainter::render(strokes.value(), 300));
    }

    void readOnlyCanvasKeepsTheDrawing()
    {
        QQuickWindow window;
        window.resize(300, 300);
        ChildDrawing drawing;
        ChildCanvas canvas(window.contentItem());
        canvas.setSize(QSizeF(300, 300));
        canvas.setDrawing(&drawing);
        canvas.setReadOnly(true);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        drawOn(window, canvas);
        QCOMPARE(drawing.strokeCount(), 0);
    }

    void timesRunForwardsAndBoundsHold()
    {
        ChildDrawing drawing;
        QVERIFY(!drawing.beginStroke(9, 100, { 1, 1 }, 0));     // no such colour
        QVERIFY(!drawing.beginStroke(0, 99, { 1, 1 }, 0));      // no such width
        QVERIFY(!drawing.beginStroke(0, 100, { 10001, 1 }, 0)); // off the canvas
        QVERIFY(drawing.beginStroke(0, 100, { 1, 1 }, 500));
        QVERIFY(!drawing.addPoint({ 1, 1 }, 510)); // the same point again
        QVERIFY(drawing.addPoint({ 2, 1 }, 400));  // earlier than the last: taken as the last
        QCOMPARE(drawing.strokes()[0].times, QList<qint64>({ 500, 500 }));
        for (int i = 0; i < ChildContributionBody::MaxPointsPerStroke; ++i)
            drawing.addPoint({ i % 10000, 2 + i / 10000 }, 600 + i);
        QCOMPARE(drawing.strokes()[0].points.size(), ChildContributionBody::MaxPointsPerStroke);
        QVERIFY(ChildContributionBody::validate(
            JsonValue::object(
                { { QStringLiteral("format"), 1 }, { QStringLiteral("strokes"), drawing.toJson() },
                    { QStringLiteral("houses"),
                        JsonValue::object({ { QStringLiteral("worries"), JsonValue::array() },
                            { QStringLiteral("goodThings"), JsonValue::array() },
                            { QStringLiteral("dreams"), JsonValue::array() } }) },
                    { QStringLiteral("scales"), JsonValue::array() },
                    { QStringLiteral("readAloud"), false } }),
            QStringLiteral("$")));
    }

    void keepsEveryChangeAndLeavesOnlyWithThePasscode()
    {
        QTemporaryDir dir;
        const QString path = dir.path();
        SessionController session(
            std::make_unique<Vault>(path), [path] { return RecoverySetup::resolve({}, path); },
            [] { return KdfCost::interactive(); });
        session.setUp(Passcode, Passcode);
        QVERIFY(QTest::qWaitFor(
            [&] { return session.state() == SessionController::Unlocked; }, SlowMs));

        QList<JsonValue> kept;
        ChildModeController mode(
            QStringLiteral("Sam"),
            [&session](const QString &passcode, std::function<void(const QString &)> done) {
                return session.confirmPasscode(passcode, std::move(done));
            },
            [&kept](const JsonValue &contribution) { kept << contribution; },
            std::make_unique<ReadAloud>(QStringLiteral("no-such-engine"), QLocale()));
        QVERIFY(mode.placePicture(ChildModeController::Worries, QStringLiteral("shouting")));
        QVERIFY(!mode.placePicture(ChildModeController::Worries, QStringLiteral("knife")));
        QVERIFY(mode.placeWords(ChildModeController::Dreams, QStringLiteral("  A dog  ")));
        QVERIFY(!mode.placeWords(ChildModeController::Dreams, QStringLiteral("   ")));
        QVERIFY(mode.setScale(QStringLiteral("safe"), 2));
        QVERIFY(!mode.setScale(QStringLiteral("safe"), 11));
        QVERIFY(!mode.setScale(QStringLiteral("money"), 3));
        QVERIFY(mode.drawing()->beginStroke(2, 40, { 10, 10 }, 0));
        mode.drawing()->endStroke();
        QCOMPARE(kept.size(), 4);
        QVERIFY(ChildContributionBody::validate(kept.constLast(), QStringLiteral("$")));
        QCOMPARE(kept.constLast()[u"houses"][u"dreams"].items()[0][u"words"].toString(),
            QStringLiteral("A dog"));
        QCOMPARE(kept.constLast()[u"readAloud"].toBool(), false);

        QSignalSpy left(&mode, &ChildModeController::left);
        mode.leave(QStringLiteral("not the passcode"));
        QVERIFY(QTest::qWaitFor([&] { return !mode.checking(); }, SlowMs));
        QVERIFY(!mode.leaveError().isEmpty());
        QCOMPARE(left.count(), 0);
        mode.leave(Passcode);
        QVERIFY(QTest::qWaitFor([&] { return left.count() == 1; }, SlowMs));
        QVERIFY(mode.leaveError().isEmpty());

        // Reopened from what was kept, it carries on where the child was.
        ChildModeController again(
            QStringLiteral("Sam"), [](auto, auto) { return false; }, {}, nullptr);
        QVERIFY(again.load(kept.constLast()));
        QCOMPARE(again.contribution(), kept.constLast());
        JsonValue bad = kept.constLast();
        bad.insert(QStringLiteral("format"), 2);
        QVERIFY(!again.load(bad));
        QCOMPARE(again.contribution(), kept.constLast());
    }

    void missingSpeechEngineOnlyHidesReadingAloud()
    {
        ReadAloud none(QStringLiteral("no-such-engine"), QLocale(QLocale::English));
        QVERIFY(!none.available());
        none.say(QStringLiteral("Draw a picture"));
        QVERIFY(!none.spoken());
        // The engine installed here (if any) on a machine with no sound: either it speaks, or it
        // fails and hides itself; it never crashes and never claims to have spoken when it did not.
        ReadAloud installed(QString(), QLocale(QLocale::English));
        QSignalSpy changed(&installed, &ReadAloud::availableChanged);
        installed.say(QStringLiteral("Draw a picture"));
        QTest::qWait(500);
        qInfo("speech engine here: available %d, spoken %d", int(installed.available()),
            int(installed.spoken()));
        // No Welsh voice ships with Debian's engines: Welsh words are not read in an English voice.
        ReadAloud welsh(QString(), QLocale(QLocale::Welsh));
        QVERIFY(!welsh.available());
    }
};

QTEST_MAIN(TestChildMode)
#include "tst_childmode.moc"
