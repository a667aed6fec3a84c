#include "uivisitscenarios.h"

#include "sessioncontroller.h"
#include "uidriver.h"
#include "uiflagscenarios.h"
#include "visitcontroller.h"

#include "visit/visitfield.h"

#include <QDate>
#include <QLocale>
#include <QMetaEnum>
#include <QPainter>
#include <QQuickItem>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace hearth::UiVisitScenarios {

namespace {
const QString Passcode = QStringLiteral("kettle on the hob");
const QString ChildName = QStringLiteral("Maya Thompson");
const QString PartialText = QStringLiteral("Maya showed me her drawing of the family dog.");
constexpr int SlowMs = 30000;

QString name(const char *text)
{
    return QString::fromUtf8(text);
}

bool state(UiDriver &ui, SessionController &session, SessionController::State wanted)
{
    return ui.waitFor([&] { return session.state() == wanted && !session.busy(); }, SlowMs,
        QStringLiteral("session state %1").arg(int(wanted)));
}

bool openVault(UiDriver &ui, SessionController &session)
{
    if (session.state() == SessionController::NeedsSetup) {
        return ui.waitForVisible(name("firstRunPage"))
            && ui.setText(name("firstRunPasscodeField"), Passcode)
            && ui.setText(name("firstRunConfirmField"), Passcode)
            && ui.click(name("firstRunSubmitButton"))
            && state(ui, session, SessionController::Unlocked)
            && ui.waitForVisible(name("homePage"))
            // These screens follow a health visitor's day.
            && ui.click(name("roleChoice-health-visitor"));
    }
    return ui.waitForVisible(name("unlockPage"))
        && ui.setText(name("unlockPasscodeField"), Passcode) && ui.click(name("unlockSubmitButton"))
        && state(ui, session, SessionController::Unlocked) && ui.waitForVisible(name("homePage"));
}

bool addChild(UiDriver &ui, const QString &given, const QString &family, const QString &date,
    bool unborn = false)
{
    return ui.click(name("addChildButton")) && ui.waitForVisible(name("addChildDialog"))
        && ui.setText(name("childGivenField"), given)
        && ui.setText(name("childFamilyField"), family)
        && (!unborn || ui.call(name("childUnbornCheck"), "toggle"))
        && ui.setText(name("childDateField.text"), date) && ui.click(name("childAddButton"))
        && ui.waitFor(
            [&] { return !ui.find(name("addChildDialog"))->property("visible").toBool(); }, 5000,
            QStringLiteral("the add-child dialog to close"));
}

// Clicks every visible control whose objectName starts with `prefix` and ends with `suffix`.
bool clickAll(UiDriver &ui, const QString &prefix, const QString &suffix)
{
    int clicked = 0;
    const auto all = ui.allObjects();
    for (QObject *object : all) {
        const QString objectName = object->objectName();
        if (objectName.startsWith(prefix) && objectName.endsWith(suffix)
            && object->property("visible").toBool()) {
            if (!QMetaObject::invokeMethod(object, "clicked"))
                return false;
            ++clicked;
        }
    }
    return clicked > 0;
}

int currentStep(UiDriver &ui)
{
    QObject *page = ui.find(name("visitPage"));
    QObject *visit = page ? page->property("visit").value<QObject *>() : nullptr;
    return visit ? visit->property("step").toInt() : -1;
}

// Next and Back, as a practitioner would page through (the step strip only creates the
// buttons that fit on screen in portrait).
bool goTo(UiDriver &ui, int step)
{
    for (int guard = 0; guard < 10 && currentStep(ui) != step; ++guard) {
        const int from = currentStep(ui);
        if (from < 0 || !ui.click(from < step ? name("nextButton") : name("backButton"))
            || !ui.waitFor([&] { return currentStep(ui) != from; }, 5000,
                QStringLiteral("step %1").arg(step + 1)))
            return false;
    }
    return currentStep(ui) == step;
}

// The child's words field of the first prompt of her age band that asks her (which prompts
// show depends on her age on the day the scenario runs).
QQuickItem *childsWordsField(UiDriver &ui)
{
    const auto all = ui.allObjects();
    for (QObject *object : all) {
        if (object->objectName().startsWith(name("lived.answers.*.childsWords:"))
            && object->property("visible").toBool())
            return qobject_cast<QQuickItem *>(object);
    }
    std::fprintf(stderr, "no prompt on the lived-experience step asks for the child's words\n");
    return nullptr;
}

bool writeChildsWords(UiDriver &ui)
{
    const QString words = QLocale().language() == QLocale::Welsh
        ? QStringLiteral("Bisged yw enw'r ci. Fi sy'n rhoi bwyd iddo fe.")
        : QStringLiteral("The dog is called Biscuit. I give him his tea.");
    QQuickItem *field = childsWordsField(ui);
    return field && ui.setText(field->objectName(), words);
}

// Scrolls whatever view holds `item` so a screenshot shows it (the child's words are below
// the fold on the lived-experience step and on the signed visit).
bool scrollTo(QQuickItem *item, qreal above = 240.0)
{
    QQuickItem *flickable = item ? item->parentItem() : nullptr;
    while (flickable && !flickable->inherits("QQuickFlickable"))
        flickable = flickable->parentItem();
    auto *content = flickable ? flickable->property("contentItem").value<QQuickItem *>() : nullptr;
    if (!content)
        return false;
    const QPointF at = item->mapToItem(content, QPointF(0, 0));
    flickable->setProperty("contentY", std::max(0.0, at.y() - above));
    return true;
}

// A bruise on the left forearm: a tap on the front outline (its tapped signal, as the
// TapHandler sends it), then its size, colour, description and dates.
bool markInjury(UiDriver &ui)
{
    QObject *front = ui.find(name("bodyMap:front"));
    QObject *page = ui.find(name("visitPage"));
    QObject *visit = page ? page->property("visit").value<QObject *>() : nullptr;
    if (!front || !visit
        || !QMetaObject::invokeMethod(front, "tapped", Q_ARG(int, 7470), Q_ARG(int, 4775)))
        return false;
    const auto write = [&](const char *field, const QVariant &value) {
        const QMetaEnum fields = QMetaEnum::fromType<VisitField::Id>();
        bool ok = false;
        return QMetaObject::invokeMethod(visit, "write", Q_RETURN_ARG(bool, ok),
                   Q_ARG(int, fields.keyToValue(field)), Q_ARG(QString, QString()), Q_ARG(int, 0),
                   Q_ARG(QVariant, value))
            && ok;
    };
    const QString description = QLocale().language() == QLocale::Welsh
        ? QStringLiteral("Pedwar clais crwn bach mewn rhes, maint blaen bys.")
        : QStringLiteral("Four small round bruises in a row, each the size of a fingertip.");
    return write("BodyMarkLength", 30) && write("BodyMarkWidth", 12)
        && write("BodyMarkColour", QStringLiteral("purple"))
        && write("BodyMarkDescription", description)
        && write("BodyMarkInjuredOn",
            QDate::fromString(visit->property("today").toString(), Qt::ISODate)
                .addDays(-1)
                .toString(Qt::ISODate));
}

// A photograph of the marked bruise, as the camera would hand it over (drawn here: no
// camera and no file), captioned and linked to mark 1.
bool photographInjury(UiDriver &ui)
{
    QObject *page = ui.find(name("visitPage"));
    auto *visit = page ? page->property("visit").value<VisitController *>() : nullptr;
    if (!visit)
        return false;
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(0xE9, 0xC4, 0xA6));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(QColor(0x6B, 0x3F, 0x7F, 200));
        painter.drawEllipse(QPointF(560 + i * 160, 600 + (i % 2) * 30), 60, 70);
    }
    painter.setBrush(QColor(0xF5, 0xE6, 0x8C));
    painter.drawRect(QRectF(300, 900, 1000, 90)); // a ruler beside the bruises
    painter.end();
    const QString caption = QLocale().language() == QLocale::Welsh
        ? QStringLiteral("Cleisiau ar y fraich chwith, gyda phren mesur.")
        : QStringLiteral("Bruises on the left forearm, with a ruler.");
    return visit->addPhotoImage(image) && visit->write(VisitField::PhotoCaption, {}, 0, caption)
        && visit->write(VisitField::PhotoMark, {}, 0, 1);
}

bool startVisit(UiDriver &ui)
{
    if (!ui.setText(name("caseloadSearch"), QStringLiteral("maya")))
        return false;
    // At 200 % text in landscape, below a callout, the rows can start under the screen's edge
    // where the list has not made them yet: then the list is scrolled to its search field.
    if (!ui.waitForVisible(QStringLiteral("startVisit:") + ChildName, 3000))
        scrollTo(qobject_cast<QQuickItem *>(ui.find(name("caseloadSearch"))), 0.0);
    return ui.waitForVisible(QStringLiteral("startVisit:") + ChildName)
        && ui.click(QStringLiteral("startVisit:") + ChildName)
        && ui.waitForVisible(name("visitPage"));
}

bool fillFirstSteps(UiDriver &ui)
{
    return ui.click(name("start.notice:unannounced")) && ui.click(name("start.place:home"))
        && ui.setText(name("start.purpose"), QStringLiteral("Routine visit after the new baby."))
        && ui.setText(name("manualLocationField"), QStringLiteral("Family home, 12 Mill Lane"))
        && ui.click(name("manualLocationButton")) && goTo(ui, 1)
        && clickAll(ui, name("who.menPrompts."), name(":not-known"))
        && ui.click(name("who.newPeople:no")) && goTo(ui, 2) && ui.click(name("seeing.seen:true"))
        && ui.click(name("seeing.seenAlone:true")) && ui.click(name("seeing.bedroomSeen:true"))
        && ui.setText(name("seeing.sleepingPlace"), QStringLiteral("Own cot in the back bedroom."))
        && ui.setText(name("seeing.communication"), QStringLiteral("Short sentences in English."))
        && goTo(ui, 3);
}

bool fillLaterSteps(UiDriver &ui, bool withNudge)
{
    // A stock phrase in the practitioner's language, so the review shows its nudge.
    const QString stock = QLocale().language() == QLocale::Welsh
        ? QStringLiteral("Amodau cartref gwael.")
        : QStringLiteral("Poor home conditions.");
    const QString day = withNudge
        ? stock
        : QStringLiteral("Up at six with her mum, nursery until three, tea at five.");
    return ui.setText(name("lived.dayInTheLife"), day)
        && ui.setText(name("lived.observedBehaviour"), PartialText) && writeChildsWords(ui)
        && goTo(ui, 4) && clickAll(ui, name("neglect.ratings."), name(":no-concern"))
        && ui.click(name("neglect.ratings.*.level:dental:some-concern"))
        && ui.setText(name("neglect.ratings.*.description:dental"),
            QStringLiteral("Two front teeth visibly decayed; not registered with a dentist."))
        && goTo(ui, 5) && ui.click(name("cooperation.level:4"))
        && ui.setText(name("cooperation.evidence"),
            QStringLiteral("All three health appointments kept; mother asked for help."))
        && goTo(ui, 6) && goTo(ui, 7) && ui.click(name("concerns.immediate.present:false"))
        && ui.click(name("concerns.nextSteps.add"))
        && ui.setText(name("concerns.nextSteps.#.what:0"), QStringLiteral("Dental referral"))
        && ui.setText(name("concerns.nextSteps.#.who:0"), QStringLiteral("Health visitor"))
        && ui.setText(name("concerns.nextSteps.#.byWhen:0.text"), QStringLiteral("01/07/2025"))
        && ui.call(name("concerns.nextSteps.#.byWhen:0"), "commit") && markInjury(ui) && goTo(ui, 8)
        && ui.setText(name("review.whatItMeans"),
            QStringLiteral("Maya is cared for but her teeth hurt; she needs a dentist soon."));
}

bool sign(UiDriver &ui)
{
    return ui.waitFor([&] { return ui.find(name("signButton"))->property("enabled").toBool(); },
               5000, QStringLiteral("signing to be possible"))
        && ui.click(name("signButton")) && ui.waitForVisible(name("signDialog"));
}

bool visitAndSign(UiDriver &ui, SessionController &session)
{
    if (!openVault(ui, session) || !addChild(ui, name("Maya"), name("Thompson"), name("04/03/2021"))
        || !startVisit(ui) || !fillFirstSteps(ui) || !fillLaterSteps(ui, false) || !sign(ui))
        return false;
    if (!ui.setText(name("signPasscodeField"), Passcode) || !ui.click(name("signConfirmButton"))
        || !ui.waitForVisible(name("signedVisitPage"), SlowMs))
        return false;
    return ui.click(name("amendButton")) && ui.waitForVisible(name("amendDialog"))
        && ui.setText(
            name("amendCorrectionField"), QStringLiteral("Maya is registered with a dentist."))
        && ui.setText(
            name("amendReasonField"), QStringLiteral("Mother phoned with the dentist's name."))
        && ui.click(name("amendConfirmButton")) && ui.waitForVisible(name("amendmentEntry"));
}

bool visitPartial(UiDriver &ui, SessionController &session)
{
    if (!openVault(ui, session) || !addChild(ui, name("Maya"), name("Thompson"), name("04/03/2021"))
        || !startVisit(ui) || !fillFirstSteps(ui)
        || !ui.setText(name("lived.observedBehaviour"), PartialText))
        return false;
    ui.settle(1000); // longer than the autosave debounce
    std::printf("HEARTH-READY\n");
    std::fflush(stdout);
    for (;;)
        ui.settle(1000);
}

bool resumeCheck(UiDriver &ui, SessionController &session)
{
    if (!openVault(ui, session) || !ui.waitForVisible(QStringLiteral("resumeDraft:") + ChildName)
        || !ui.click(QStringLiteral("resumeDraft:") + ChildName)
        || !ui.waitForVisible(name("visitPage")))
        return false;
    QObject *progress = ui.find(name("stepProgress"));
    QObject *text = ui.find(name("lived.observedBehaviour"));
    if (!progress || !progress->property("text").toString().contains(name("4")) || !text
        || text->property("text").toString() != PartialText) {
        std::fprintf(stderr, "the draft did not reopen on step 4 with its text\n");
        return false;
    }
    return true;
}
} // namespace

QStringList scriptNames()
{
    return { name("visit-and-sign"), name("visit-partial"), name("resume-check") };
}

bool run(UiDriver &ui, SessionController &session, const QString &script)
{
    if (script == u"visit-and-sign")
        return visitAndSign(ui, session);
    if (script == u"visit-partial")
        return visitPartial(ui, session);
    if (script == u"resume-check")
        return resumeCheck(ui, session);
    return false;
}

bool prepare(UiDriver &ui, SessionController &session, const QString &screen)
{
    if (!openVault(ui, session) || !addChild(ui, name("Maya"), name("Thompson"), name("04/03/2021"))
        || !addChild(ui, name("Dylan"), name("Rhys-Evans"), name("20/11/2024"))
        || !addChild(ui, name("Zoë"), name("Okafor"), name("30/06/2012"))
        || !addChild(ui, {}, name("Baby Price"), name("01/09/2025"), true))
        return false;
    if (screen == u"household" || screen == u"household-lifeevent") {
        // The father, not at this visit, with a risk known from the police; then what his
        // mother says happened in the spring, as a life event about to be recorded.
        const bool father = ui.setText(name("caseloadSearch"), name("Dylan"))
            && ui.waitForVisible(name("household:Dylan Rhys-Evans"))
            && ui.click(name("household:Dylan Rhys-Evans"))
            && ui.waitForVisible(name("householdPage"))
            && ui.setText(name("householdNewAdultName"), name("Rhodri Evans"))
            && ui.click(name("householdAddAdult"))
            && ui.click(name("householdRelationship0:birth-father"))
            && ui.click(name("householdLiving0:stays-sometimes"))
            && ui.click(name("householdResponsibility0"))
            && ui.click(name("householdRiskKind0:domestic-abuse"))
            && ui.setText(name("householdRiskSource0"), name("Police notification"))
            && ui.setText(name("householdRiskDate0.text"), name("02/10/2026"))
            && ui.click(name("householdAddRisk0")) && ui.waitForVisible(name("householdRisk0.0"));
        if (!father || screen == u"household")
            return father;
        auto *household = ui.find(name("householdPage"))->property("household").value<QObject *>();
        const QString rhodri
            = household->property("adults").toList().value(0).toMap().value(name("id")).toString();
        return ui.click(name("lifeEventType:prison-release"))
            && ui.setText(name("lifeEventDate.text"), name("14/09/2026"))
            && ui.click(name("lifeEventAdult:") + rhodri)
            && ui.setText(name("lifeEventNote"), name("Back home on licence"))
            && ui.setText(name("lifeEventSource"), name("Dylan's mother"))
            && (ui.settle(),
                scrollTo(qobject_cast<QQuickItem *>(ui.find(name("lifeEventType:bereavement")))));
    }
    if (screen == u"home-flagged" || screen == u"visit-since")
        return UiFlagScenarios::prepare(ui, session, screen, ChildName, Passcode);
    if (screen == u"acknowledge-choice")
        return UiFlagScenarios::signNewAdults(ui, session, ChildName, Passcode) && startVisit(ui)
            && ui.waitForVisible(name("sinceAcknowledge:1"), SlowMs)
            && ui.click(name("sinceAcknowledge:0"))
            && ui.waitForVisible(name("acknowledgeFlagChoice"));
    if (screen == u"visit-who" && !UiFlagScenarios::signNewAdults(ui, session, ChildName, Passcode))
        return false;
    if (screen == u"home-caseload") {
        // One visit in progress and one signed, as on a working day.
        if (!startVisit(ui) || !fillFirstSteps(ui) || !ui.click(name("closeVisitButton")))
            return false;
        return ui.setText(name("caseloadSearch"), {}) && ui.waitForVisible(name("homePage"));
    }
    if (!startVisit(ui))
        return false;
    if (screen == u"visit-start")
        return true;
    if (!fillFirstSteps(ui))
        return false;
    const QStringList steps { name("visit-who"), name("visit-seeing"), name("visit-lived"),
        name("visit-neglect"), name("visit-cooperation"), name("visit-notbrought"),
        name("visit-concerns") };
    if (steps.contains(screen)) {
        const int step = int(steps.indexOf(screen)) + 1;
        if (step >= 4 && !fillLaterSteps(ui, false))
            return false;
        // Everyone here today: from the question about anyone new down to the open card of the
        // first man new since the last visit, with "spoken to today".
        if (screen == u"visit-who")
            return goTo(ui, step) && clickAll(ui, name("adult:"), name(":present"))
                && scrollTo(qobject_cast<QQuickItem *>(ui.find(name("whoNewPeople"))), 16.0);
        if (screen == u"visit-lived")
            return goTo(ui, step) && writeChildsWords(ui) && scrollTo(childsWordsField(ui));
        // The numbered mark sits about halfway down the outline: the whole outline shows.
        if (screen == u"visit-concerns")
            return goTo(ui, step)
                && scrollTo(qobject_cast<QQuickItem *>(ui.find(name("bodyMark:1"))));
        return goTo(ui, step);
    }
    if (!fillLaterSteps(ui, screen == u"visit-review"))
        return false;
    if (screen == u"visit-review")
        return goTo(ui, 8);
    if ((screen == u"visit-photos" || screen == u"signed-photos") && !photographInjury(ui))
        return false;
    if (screen == u"visit-photos")
        return goTo(ui, 7) && scrollTo(qobject_cast<QQuickItem *>(ui.find(name("photoImage:0"))));
    // An impossible date refused under the field, and the calendar open beside it.
    if (screen == u"visit-calendar")
        return goTo(ui, 6) && ui.click(name("missedAppointments.add"))
            && ui.setText(name("missedAppointments.#.what:0"), QStringLiteral("Hearing test"))
            && ui.setText(name("missedAppointments.#.when:0.text"), QStringLiteral("31/02/2026"))
            && ui.call(name("missedAppointments.#.when:0"), "commit")
            && ui.click(name("missedAppointments.#.when:0.pick"))
            && ui.waitForVisible(name("missedAppointments.#.when:0.picker"));
    if (screen == u"visit-review-bodymap")
        return goTo(ui, 8) && scrollTo(qobject_cast<QQuickItem *>(ui.find(name("bodyMark:1"))));
    if (!sign(ui))
        return false;
    if (screen == u"sign")
        return true;
    const char *shown = screen == u"signed-bodymap" ? "bodyMark:1"
        : screen == u"signed-photos"                ? "photoShown:0"
                                                    : "childsWordsQuote";
    return ui.setText(name("signPasscodeField"), Passcode) && ui.click(name("signConfirmButton"))
        && ui.waitForVisible(name("signedVisitPage"), SlowMs)
        && scrollTo(qobject_cast<QQuickItem *>(ui.find(name(shown))));
}

} // namespace hearth::UiVisitScenarios
