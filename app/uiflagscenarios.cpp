#include "uiflagscenarios.h"

#include "model/caseloadrepository.h"
#include "sessioncontroller.h"
#include "uidriver.h"
#include "vault/recordstore.h"
#include "vault/vault.h"
#include "workspace.h"

#include <QDateTime>
#include <QTimeZone>

namespace hearth::UiFlagScenarios {

namespace {
constexpr int SlowMs = 30000;

// A visit as the app signs it, with only what the flags read: when, whether the child was
// seen, and the appointments the child was not brought to.
JsonValue visitBody(
    const QString &childId, int number, const QDate &day, bool seen, const QList<QDate> &missed)
{
    JsonValue notBrought = JsonValue::array();
    for (const QDate &when : missed)
        notBrought.append(JsonValue::object(
            { { QStringLiteral("what"), QStringLiteral("Hearing test at the clinic") },
                { QStringLiteral("when"), when.toString(Qt::ISODate) },
                { QStringLiteral("followUp"), QStringLiteral("Rebooked; letter sent home.") } }));
    return JsonValue::object({ { QStringLiteral("child"), childId },
        { QStringLiteral("visitId"), QStringLiteral("flag-demo-%1").arg(number) },
        { QStringLiteral("format"), 3 },
        { QStringLiteral("start"),
            JsonValue::object({ { QStringLiteral("notice"), QStringLiteral("announced") },
                { QStringLiteral("purpose"), QStringLiteral("Health review") },
                { QStringLiteral("arrivalUtc"),
                    QDateTime(day, QTime(10, 0), QTimeZone::utc())
                        .toString(Qt::ISODateWithMs) } }) },
        { QStringLiteral("seeing"), JsonValue::object({ { QStringLiteral("seen"), seen } }) },
        { QStringLiteral("missedAppointments"), notBrought } });
}

// Two appointments missed since the practitioner's own last visit, seen by a colleague who
// did not see the child twice, and a school nurse's contact from the agency's feed.
bool signHistory(SessionController &session, const QString &childName)
{
    Vault *vault = session.unlockedVault();
    if (!vault)
        return false;
    CaseloadRepository caseload(vault->database());
    auto found = caseload.search(childName.section(u' ', 0, 0));
    if (!found || found->isEmpty())
        return false;
    const QString childId = found->constFirst().id;
    RecordStore records(vault->database());
    if (!records.open())
        return false;
    const QDate today = QDate::currentDate();
    const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.0.0") };
    const struct
    {
        QString author;
        int daysAgo;
        bool seen;
        QList<QDate> missed;
    } visits[] = {
        { Workspace::defaultAuthor(), 300, true, { today.addDays(-305) } },
        { Workspace::defaultAuthor(), 60, true, {} },
        { QStringLiteral("hv-cover"), 25, false, { today.addDays(-28) } },
        { QStringLiteral("hv-cover"), 10, false, { today.addDays(-12) } },
    };
    int number = 0;
    for (const auto &v : visits)
        if (!records.append(RecordKind::Visit, v.author, pack,
                visitBody(childId, ++number, today.addDays(-v.daysAgo), v.seen, v.missed)))
            return false;
    Caseload feed;
    feed.visitSummaries = { { CaseloadRepository::newId(), childId, today.addDays(-40),
        QStringLiteral("School nurse team"),
        QStringLiteral("Seen in school for the reception health check; hearing referral made.") } };
    return bool(caseload.upsert(feed));
}
JsonValue present(const Adult &adult, bool spokenTo)
{
    return JsonValue::object(
        { { QStringLiteral("id"), adult.id }, { QStringLiteral("name"), adult.displayName() },
            { QStringLiteral("spokenTo"), spokenTo } });
}

// The practitioner met Maya's mother two months ago and spoke to her; a colleague visiting a
// month ago found her new partner and his brother there, and spoke to neither: two new-adult
// flags, one for each man.
bool signNewAdults(SessionController &session, const QString &childName)
{
    Vault *vault = session.unlockedVault();
    if (!vault)
        return false;
    CaseloadRepository caseload(vault->database());
    auto found = caseload.search(childName.section(u' ', 0, 0));
    if (!found || found->isEmpty())
        return false;
    const QString childId = found->constFirst().id;
    const auto adult = [&](const char *given, const char *family, const char *role, bool lives) {
        Adult a;
        a.source = Source::Device;
        a.givenName = QString::fromUtf8(given);
        a.familyName = QString::fromUtf8(family);
        AdultLink link;
        link.childId = childId;
        link.role = QString::fromUtf8(role);
        link.livesWithChild = lives;
        return caseload.createAdult(a, link);
    };
    auto jade = adult("Jade", "Thompson", "mother", true);
    auto rhodri = adult("Rhodri", "Evans", "partner", true);
    auto kyle = adult("Kyle", "Evans", "visitor", false);
    RecordStore records(vault->database());
    if (!jade || !rhodri || !kyle || !records.open())
        return false;
    const QDate today = QDate::currentDate();
    const Envelope::PackRef pack { QStringLiteral("hearth.england"), QStringLiteral("1.0.0") };
    const struct
    {
        QString author;
        int daysAgo;
        QString newPeople;
        JsonValue adults;
    } visits[] = {
        { Workspace::defaultAuthor(), 60, QStringLiteral("no"),
            JsonValue::array({ present(*jade, true) }) },
        { QStringLiteral("hv-cover"), 30, QStringLiteral("yes"),
            JsonValue::array(
                { present(*jade, true), present(*rhodri, false), present(*kyle, false) }) },
    };
    int number = 0;
    for (const auto &v : visits) {
        JsonValue body = visitBody(childId, ++number, today.addDays(-v.daysAgo), true, {});
        body.insert(QStringLiteral("who"),
            JsonValue::object({ { QStringLiteral("adultsPresent"), v.adults },
                { QStringLiteral("newPeople"), v.newPeople } }));
        if (!records.append(RecordKind::Visit, v.author, pack, std::move(body)))
            return false;
    }
    return true;
}

// Locks and unlocks through the UI, so the app reads what was signed as it would any day.
bool reopen(UiDriver &ui, SessionController &session, const QString &passcode)
{
    session.lock();
    return ui.waitForVisible(QStringLiteral("unlockPage"), SlowMs)
        && ui.setText(QStringLiteral("unlockPasscodeField"), passcode)
        && ui.click(QStringLiteral("unlockSubmitButton"))
        && ui.waitForVisible(QStringLiteral("homePage"), SlowMs);
}
} // namespace

bool signNewAdults(
    UiDriver &ui, SessionController &session, const QString &childName, const QString &passcode)
{
    return signNewAdults(session, childName) && reopen(ui, session, passcode);
}

bool prepare(UiDriver &ui, SessionController &session, const QString &screen,
    const QString &childName, const QString &passcode)
{
    if (!signHistory(session, childName) || !reopen(ui, session, passcode))
        return false;
    if (!ui.setText(QStringLiteral("caseloadSearch"), childName.section(u' ', 0, 0))
        || !ui.waitForVisible(QStringLiteral("flag:") + childName, SlowMs))
        return false;
    // On a short screen for the text size the child's row is below the search: scrolled into
    // view, as the practitioner would.
    if (screen == u"home-flagged") {
        QObject *list = ui.find(QStringLiteral("caseloadList"));
        constexpr int Beginning = 0; // ListView.Beginning
        return list
            && QMetaObject::invokeMethod(
                list, "positionViewAtIndex", Q_ARG(int, 0), Q_ARG(int, Beginning));
    }
    return ui.click(QStringLiteral("startVisit:") + childName)
        && ui.waitForVisible(QStringLiteral("visitPage"), SlowMs)
        && ui.waitForVisible(QStringLiteral("sinceItem:0"), SlowMs);
}

} // namespace hearth::UiFlagScenarios
