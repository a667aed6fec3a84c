// The household editor's changes: each checks what it is given, changes the profile and
// schedules the autosave; a refusal says why in errorText and changes nothing.
#include "householdcontroller.h"

#include "household/profilestore.h"
#include "model/caseloadrepository.h"
#include "record/canonicaljson.h"
#include "record/profilewords.h"
#include "visit/visitservices.h"

#include <QUuid>

namespace hearth {

namespace {
QByteArray bytesOf(const ChildProfile &profile)
{
    auto bytes = CanonicalJson::serialize(ProfileStore::toBody(profile, QDate(2000, 1, 1)));
    return bytes ? bytes.value() : QByteArray();
}
} // namespace

bool HouseholdController::isChanged() const
{
    return bytesOf(m_profile) != bytesOf(m_signed);
}

void HouseholdController::changed()
{
    setErrorText({});
    m_autosave.start();
    Q_EMIT contentChanged();
}

void HouseholdController::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

bool HouseholdController::refuse(const QString &why)
{
    setErrorText(why);
    return false;
}

ProfileAdult *HouseholdController::adultAt(int row)
{
    return row >= 0 && row < m_profile.adults.size() ? &m_profile.adults[row] : nullptr;
}

QDate HouseholdController::parseDay(const QString &iso, const QString &what)
{
    const QDate day = QDate::fromString(iso.trimmed(), Qt::ISODate);
    if (iso.trimmed().size() != 10 || !day.isValid()) {
        setErrorText(tr("Please give the date of the %1 as year-month-day, for example 2026-04-17.")
                         .arg(what));
        return {};
    }
    if (day > today()) {
        setErrorText(tr("The date of the %1 cannot be after today.").arg(what));
        return {};
    }
    return day;
}

void HouseholdController::setDisability(const QString &text)
{
    if (text == m_profile.health.disability)
        return;
    m_profile.health.disability = text;
    changed();
}

void HouseholdController::setSpecialNeeds(bool on)
{
    if (on == m_profile.health.specialNeeds)
        return;
    m_profile.health.specialNeeds = on;
    changed();
}

void HouseholdController::setOtherCondition(const QString &text)
{
    for (LongTermCondition &c : m_profile.health.conditions)
        if (c.kind == u"other" && c.detail != text) {
            c.detail = text;
            changed();
        }
}

void HouseholdController::setGpRegistered(int answer)
{
    if (answer < -1 || answer > 1 || answer == gpRegistered())
        return;
    m_profile.health.gpRegistered = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    if (answer != 1)
        m_profile.health.gpPractice.clear();
    changed();
}

void HouseholdController::setGpPractice(const QString &text)
{
    if (text == m_profile.health.gpPractice || gpRegistered() != 1)
        return;
    m_profile.health.gpPractice = text;
    changed();
}

void HouseholdController::setMobility(const QString &id)
{
    if ((!id.isEmpty() && !ProfileWords::mobility().contains(id))
        || id == m_profile.health.mobility)
        return;
    m_profile.health.mobility = id;
    changed();
}

int HouseholdController::addAdult(const QString &name)
{
    ProfileAdult adult;
    adult.id = QStringLiteral("adult-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    adult.name = name.trimmed();
    adult.knownFrom = today();
    m_profile.adults.append(adult);
    changed();
    return int(m_profile.adults.size() - 1);
}

bool HouseholdController::removeAdult(int row)
{
    if (!adultAt(row))
        return false;
    m_profile.adults.removeAt(row);
    changed();
    return true;
}

bool HouseholdController::setAdultName(int row, const QString &name)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult || adult->name == name)
        return adult != nullptr;
    adult->name = name;
    changed();
    return true;
}

bool HouseholdController::setAdultRelationship(int row, const QString &id)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult || !ProfileWords::relationships().contains(id))
        return false;
    adult->relationship = id;
    changed();
    return true;
}

bool HouseholdController::setAdultLiving(int row, const QString &id)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult || !ProfileWords::livingArrangements().contains(id))
        return false;
    adult->living = id;
    changed();
    return true;
}

bool HouseholdController::setParentalResponsibility(int row, bool on)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult)
        return false;
    adult->parentalResponsibility = on;
    changed();
    return true;
}

bool HouseholdController::setCaresForChild(int row, bool on)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult)
        return false;
    adult->caresForChild = on;
    changed();
    return true;
}

bool HouseholdController::setSeenToday(int row, bool seen)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult)
        return false;
    adult->seenOn = seen ? today() : QDate();
    changed();
    return true;
}

bool HouseholdController::addStrength(int row, const QString &text)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult)
        return false;
    if (text.trimmed().isEmpty())
        return refuse(tr("Please write the strength before adding it."));
    adult->strengths.append(text.trimmed());
    changed();
    return true;
}

bool HouseholdController::removeStrength(int row, int index)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult || index < 0 || index >= adult->strengths.size())
        return false;
    adult->strengths.removeAt(index);
    changed();
    return true;
}

bool HouseholdController::addRisk(
    int row, const QString &kind, const QString &source, const QString &date, const QString &detail)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult)
        return false;
    if (!ProfileWords::risks().contains(kind))
        return refuse(tr("Please choose which kind of risk is known."));
    if (source.trimmed().isEmpty())
        return refuse(tr("Please say where this risk is known from (for example a police "
                         "notification or what the mother said)."));
    if (kind == u"other" && detail.trimmed().isEmpty())
        return refuse(tr("Please describe the other risk."));
    const QDate day = parseDay(date, tr("risk"));
    if (!day.isValid())
        return false;
    adult->risks.append({ kind, source.trimmed(), day, detail.trimmed() });
    changed();
    return true;
}

bool HouseholdController::removeRisk(int row, int index)
{
    ProfileAdult *adult = adultAt(row);
    if (!adult || index < 0 || index >= adult->risks.size())
        return false;
    adult->risks.removeAt(index);
    changed();
    return true;
}

QString HouseholdController::addChild(
    const QString &givenName, const QString &familyName, const QString &dateOfBirth)
{
    if (!m_services)
        return {};
    if (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty()) {
        refuse(tr("Please type the child's name."));
        return {};
    }
    Child child;
    child.source = Source::Device;
    child.givenName = givenName.trimmed();
    child.familyName = familyName.trimmed();
    if (!dateOfBirth.trimmed().isEmpty()) {
        const QDate born = parseDay(dateOfBirth, tr("birth"));
        if (!born.isValid())
            return {};
        child.dateOfBirth = born;
    }
    // In the caseload's household when the agency gave one, so the visit lists them together.
    if (auto mine = m_services->caseload().child(m_profile.childId))
        child.householdId = mine->householdId;
    auto created = m_services->caseload().createChild(child);
    if (!created) {
        refuse(created.error().message);
        return {};
    }
    m_profile.otherChildren.append(
        { created->id, created->displayName(), created->dateOfBirth.value_or(QDate()), true });
    changed();
    return created->id;
}

bool HouseholdController::removeChild(int index)
{
    if (index < 0 || index >= m_profile.otherChildren.size())
        return false;
    m_profile.otherChildren.removeAt(index);
    changed();
    return true;
}

bool HouseholdController::setCondition(const QString &kind, bool on)
{
    if (!ProfileWords::conditions().contains(kind))
        return false;
    QList<LongTermCondition> &list = m_profile.health.conditions;
    const auto at = std::find_if(
        list.begin(), list.end(), [&](const LongTermCondition &c) { return c.kind == kind; });
    if (on == (at != list.end()))
        return true;
    if (on)
        list.append({ kind, {} });
    else
        list.erase(at);
    changed();
    return true;
}

bool HouseholdController::addReview(const QString &name, const QString &status, const QString &date)
{
    if (name.trimmed().isEmpty())
        return refuse(tr("Please name the review or questionnaire, for example the 2-2½ year "
                         "review."));
    if (!ProfileWords::reviewStatuses().contains(status))
        return refuse(tr("Please choose whether it was offered, returned, not returned or "
                         "followed up."));
    const QDate day = parseDay(date, tr("review"));
    if (!day.isValid())
        return false;
    m_profile.health.reviews.append({ name.trimmed(), status, day });
    changed();
    return true;
}

bool HouseholdController::removeReview(int index)
{
    if (index < 0 || index >= m_profile.health.reviews.size())
        return false;
    m_profile.health.reviews.removeAt(index);
    changed();
    return true;
}

void HouseholdController::flush()
{
    m_autosave.stop();
    if (!m_services)
        return;
    ProfileDraftStore drafts(m_services->database(), m_services->clock());
    // An untouched editor keeps no draft: reopening shows the signed profile as it is.
    auto ok = isChanged() ? drafts.save(m_profile) : drafts.discard(m_profile.childId);
    if (!ok)
        setErrorText(tr("The changes could not be kept: %1").arg(ok.error().message));
}

void HouseholdController::discard()
{
    m_autosave.stop();
    if (m_services)
        (void)ProfileDraftStore(m_services->database(), m_services->clock())
            .discard(m_profile.childId);
    m_services = nullptr;
}

void HouseholdController::detach()
{
    flush();
    m_services = nullptr;
}

void HouseholdController::forgetSigned()
{
    discard();
}

} // namespace hearth
