#include "uichildscenarios.h"

#include "childdrawing.h"
#include "childmode.h"
#include "uidriver.h"

#include <QLineF>
#include <QMetaObject>
#include <QPointF>
#include <QQuickItem>
#include <QtMath>

#include <algorithm>

namespace hearth::UiChildScenarios {

namespace {
constexpr int SlowMs = 30000;
const QString ChildName = QStringLiteral("Ffion Morgan");

QString name(const char *text)
{
    return QString::fromUtf8(text);
}

// A social worker with Ffion on the caseload, in a session with her at school that is ready to
// sign but for what she makes herself.
bool startSession(UiDriver &ui)
{
    if (!ui.click(name("roleChoice-social-worker")) || !ui.waitForVisible(name("roleHomePrompt"))
        || !ui.click(name("addChildButton")) || !ui.waitForVisible(name("addChildDialog"))
        || !ui.setText(name("childGivenField"), name("Ffion"))
        || !ui.setText(name("childFamilyField"), name("Morgan"))
        || !ui.setText(name("childDateField.text"), name("12/04/2018"))
        || !ui.click(name("childAddButton"))
        || !ui.waitFor(
            [&] { return !ui.find(name("addChildDialog"))->property("visible").toBool(); }, 5000,
            name("the add-child dialog to close")))
        return false;
    if (!ui.click(name("roleChildVoiceButton")) || !ui.waitForVisible(name("childVoicePage"))
        || !ui.setText(name("concernChildSearch"), name("Ffion")))
        return false;
    // The picker searches as the practitioner types, not when its text is set.
    if (!QMetaObject::invokeMethod(ui.find(name("concernChildSearch")), "textEdited"))
        return false;
    const QString pick = name("concernChild:") + ChildName;
    return ui.waitForVisible(pick) && ui.click(pick) && ui.click(name("childVoicePlace:school"))
        && ui.setText(name("childVoicePlaceDetailArea"), name("the quiet room by the library"))
        && ui.click(name("childVoiceAlone:yes"))
        && ui.setText(name("childVoiceWillDoArea"),
            name("Talk to Mum about the shouting at night, and ask school to keep an eye out."))
        && ui.setText(name("childVoiceToldNextArea"),
            name("I will come back to see Ffion at school next Tuesday."));
}

ChildModeController *handOver(UiDriver &ui)
{
    if (!ui.click(name("childVoiceHandOver")) || !ui.waitForVisible(name("childModePage")))
        return nullptr;
    return ui.find(name("childModePage"))->property("mode").value<ChildModeController *>();
}

// One stroke through `points` (canvas units), a finger's pace apart.
void stroke(ChildDrawing &drawing, int colour, int width, const QList<QPointF> &points)
{
    qint64 time = drawing.lastTime() + 400;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QPoint at = points.at(i).toPoint();
        if (i == 0)
            drawing.beginStroke(colour, width, at, time);
        else
            drawing.addPoint(at, time);
        time += 16;
    }
    drawing.endStroke();
}

QList<QPointF> circle(QPointF centre, double radius)
{
    QList<QPointF> points;
    for (int step = 0; step <= 32; ++step) {
        const double angle = step * 2 * M_PI / 32;
        points << centre + QPointF(radius * qCos(angle), radius * qSin(angle));
    }
    return points;
}

// What a seven-year-old might draw: the house, the sun, Ffion and her dog on the grass.
void drawPicture(ChildDrawing &drawing)
{
    enum Pen
    {
        Black,
        Red,
        Orange,
        Yellow,
        Green,
        Blue,
        Purple,
        Brown,
        Pink
    };
    const int thin = 40, medium = 100, thick = 220;
    stroke(
        drawing, Green, thick, { { 300, 8900 }, { 3000, 8750 }, { 6000, 8950 }, { 9700, 8800 } });
    stroke(drawing, Brown, medium,
        { { 1200, 8800 }, { 1200, 5200 }, { 4400, 5200 }, { 4400, 8800 }, { 1200, 8800 } });
    stroke(drawing, Red, medium, { { 900, 5300 }, { 2800, 3400 }, { 4700, 5300 }, { 900, 5300 } });
    stroke(
        drawing, Blue, medium, { { 2400, 8800 }, { 2400, 7300 }, { 3200, 7300 }, { 3200, 8800 } });
    stroke(drawing, Yellow, thick, circle({ 7900, 1900 }, 850));
    for (int ray = 0; ray < 8; ++ray) {
        const double angle = ray * M_PI / 4;
        const QPointF direction(qCos(angle), qSin(angle));
        const QPointF centre(7900, 1900);
        stroke(drawing, Orange, medium, { centre + 1150 * direction, centre + 1650 * direction });
    }
    stroke(drawing, Black, medium, circle({ 6400, 5700 }, 450));
    stroke(drawing, Black, medium, { { 6400, 6150 }, { 6400, 7700 } });
    stroke(drawing, Black, medium, { { 5700, 6700 }, { 6400, 6500 }, { 7100, 6700 } });
    stroke(drawing, Black, medium, { { 5900, 8600 }, { 6400, 7700 }, { 6900, 8600 } });
    stroke(drawing, Pink, thin, { { 6200, 5850 }, { 6400, 5980 }, { 6600, 5850 } });
    stroke(
        drawing, Brown, medium, { { 7600, 8500 }, { 7700, 7900 }, { 8800, 7900 }, { 8900, 8500 } });
    stroke(drawing, Brown, medium, circle({ 9000, 7600 }, 350));
    stroke(drawing, Purple, thin,
        { { 1700, 6000 }, { 2300, 6000 }, { 2300, 6600 }, { 1700, 6600 }, { 1700, 6000 } });
}

// Ffion's answers: a worry, good things and a dream, and a face on every scale.
bool makeAnswers(ChildModeController &mode)
{
    using House = ChildModeController::House;
    return mode.placePicture(House::Worries, name("shouting"))
        && mode.placeWords(House::Worries, name("when they shout at night"))
        && mode.placePicture(House::GoodThings, name("family"))
        && mode.placeWords(House::GoodThings, name("Nan"))
        && mode.placePicture(House::GoodThings, name("pet"))
        && mode.placePicture(House::Dreams, name("home"))
        && mode.placeWords(House::Dreams, name("a dog called Biscuit"))
        && mode.setScale(name("home"), 4) && mode.setScale(name("school"), 8)
        && mode.setScale(name("safe"), 6) && mode.setScale(name("happy"), 7);
}

// The passcode gives the tablet back: the session page again, scrolled to what Ffion made.
bool giveBack(UiDriver &ui, const QString &passcode)
{
    if (!ui.click(name("childModeLeaveButton")) || !ui.waitForVisible(name("childLeaveDialog"))
        || !ui.setText(name("childLeavePasscode"), passcode) || !ui.click(name("childLeaveSubmit"))
        || !ui.waitForVisible(name("childVoicePage"), SlowMs)
        || !ui.waitForVisible(name("childVoiceMade")))
        return false;
    auto *made = qobject_cast<QQuickItem *>(ui.find(name("childVoiceMade")));
    auto *scroll = qobject_cast<QQuickItem *>(ui.find(name("childVoiceScroll")));
    auto *content = scroll ? scroll->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!made || !content)
        return false;
    ui.settle(300);
    const qreal top = made->mapToItem(content, QPointF(0, 0)).y() - 2 * made->height() / 10;
    const qreal most = std::max(0.0, scroll->property("contentHeight").toReal() - scroll->height());
    return scroll->setProperty("contentY", std::clamp(top, 0.0, most));
}

bool signAndOpenChronology(UiDriver &ui, const QString &passcode)
{
    if (!ui.setText(name("childVoicePasscode"), passcode) || !ui.click(name("childVoiceSignButton"))
        || !ui.waitForVisible(name("homePage"), SlowMs))
        return false;
    // On a narrow screen the caseload is a tab of its own.
    QObject *children = ui.find(name("childrenTab"));
    if (children && children->property("visible").toBool() && !ui.click(name("childrenTab")))
        return false;
    return ui.setText(name("caseloadSearch"), name("Ffion"))
        && ui.waitForVisible(name("chronology:") + ChildName)
        && ui.click(name("chronology:") + ChildName)
        && ui.waitForVisible(name("builtFrom"), SlowMs);
}
} // namespace

bool handles(const QString &screen)
{
    return screen.startsWith(u"childmode-") || screen == u"childvoice-made"
        || screen == u"childvoice-signed";
}

bool prepare(UiDriver &ui, const QString &screen, const QString &passcode)
{
    if (!startSession(ui))
        return false;
    ChildModeController *mode = handOver(ui);
    if (!mode)
        return false;
    drawPicture(*mode->drawing());
    if (!makeAnswers(*mode))
        return false;
    if (screen == u"childmode-draw")
        return mode->drawing()->strokeCount() > 0;
    if (screen == u"childmode-houses")
        return ui.click(name("childModeTab1"))
            && ui.click(name("childHouse%1").arg(int(ChildModeController::GoodThings)));
    if (screen == u"childmode-faces")
        return ui.click(name("childModeTab2"));
    if (screen == u"childmode-leave")
        return ui.click(name("childModeLeaveButton"))
            && ui.waitForVisible(name("childLeaveDialog"));
    if (!giveBack(ui, passcode))
        return false;
    if (screen == u"childvoice-made")
        return true;
    return screen == u"childvoice-signed" && signAndOpenChronology(ui, passcode);
}

} // namespace hearth::UiChildScenarios
