#include "householdcontroller.h"

#include "chronologytext.h"
#include "household/profilestore.h"
#include "model/caseloadrepository.h"
#include "record/bodyvalidator.h"
#include "record/lifeeventbody.h"
#include "record/profilewords.h"
#include "visit/visitservices.h"

namespace hearth {

namespace {
QVariantList labelled(const QStringList &ids, const QStringList &labels)
{
    QVariantList out;
    for (qsizetype i = 0; i < ids.size(); ++i)
        out.append(QVariantMap {
            { QStringLiteral("id"), ids.at(i) }, { QStringLiteral("label"), labels.value(i) } });
    return out;
}

QString iso(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

// How the caseload's role for an adult reads as a relationship to the child, for a household
// recorded for the first time; the practitioner checks and corrects it before signing.
QString relationshipFor(const QString &role)
{
    static const QHash<QString, QString> words {
        { QStringLiteral("mother"), QStringLiteral("birth-mother") },
        { QStringLiteral("father"), QStringLiteral("birth-father") },
        { QStringLiteral("partner"), QStringLiteral("parents-partner") },
        { QStringLiteral("father-figure"), QStringLiteral("parents-partner") },
        { QStringLiteral("step-parent"), QStringLiteral("step-parent") },
        { QStringLiteral("grandparent"), QStringLiteral("grandparent") },
        { QStringLiteral("sibling"), QStringLiteral("other-relative") },
        { QStringLiteral("visitor"), QStringLiteral("regular-visitor") },
    };
    return words.value(role, QStringLiteral("other"));
}
} // namespace

HouseholdController::HouseholdController(
    VisitServices &services, const QString &childId, QObject *parent)
    : QObject(parent)
    , m_services(&services)
{
    CaseloadRepository &caseload = services.caseload();
    auto child = caseload.child(childId);
    m_childName = child ? child->displayName() : childId;
    auto signedProfile = ProfileStore::load(services.records(), childId, today());
    if (signedProfile)
        m_signed = signedProfile.value();
    else
        setErrorText(signedProfile.error().message);
    m_signed.childId = childId;
    if (m_signed.isEmpty()) {
        // Not yet recorded: start from what the agency's caseload says about the household.
        m_signed.householdId = child && !child->householdId.isEmpty()
            ? child->householdId
            : QStringLiteral("household-") + childId;
        if (child)
            m_signed.health.disability = child->disability;
        if (auto adults = caseload.adultsFor(childId))
            for (const LinkedAdult &linked : adults.value())
                m_signed.adults.append({ linked.adult.id, linked.adult.displayName(),
                    relationshipFor(linked.link.role),
                    linked.link.livesWithChild ? QStringLiteral("lives-here")
                                               : QStringLiteral("visits"),
                    false, linked.link.caresForChild, {}, {}, {}, {} });
        if (auto others = caseload.otherChildren(childId))
            for (const Child &other : others.value())
                m_signed.otherChildren.append({ other.id, other.displayName(),
                    other.dateOfBirth.value_or(QDate()), other.source == Source::Device });
    }
    m_profile = m_signed;
    if (auto draft = ProfileDraftStore(services.database(), services.clock()).load(childId)) {
        if (draft.value()) {
            m_profile = std::move(*draft.value());
            m_profile.recordIds = m_signed.recordIds;
        }
    } else {
        setErrorText(tr("The unsaved changes to this household could not be read: %1")
                         .arg(draft.error().message));
    }
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(250);
    connect(&m_autosave, &QTimer::timeout, this, &HouseholdController::flush);
}

QDate HouseholdController::today() const
{
    return m_services ? m_services->clock().nowUtc().toLocalTime().date() : QDate();
}

QVariantList HouseholdController::adults() const
{
    QVariantList out;
    for (const ProfileAdult &a : m_profile.adults) {
        QVariantList risks;
        for (const AdultRisk &r : a.risks)
            risks.append(QVariantMap { { QStringLiteral("kind"), r.kind },
                { QStringLiteral("source"), r.source }, { QStringLiteral("date"), iso(r.date) },
                { QStringLiteral("detail"), r.detail } });
        out.append(QVariantMap { { QStringLiteral("id"), a.id }, { QStringLiteral("name"), a.name },
            { QStringLiteral("relationship"), a.relationship },
            { QStringLiteral("living"), a.living },
            { QStringLiteral("parentalResponsibility"), a.parentalResponsibility },
            { QStringLiteral("caresForChild"), a.caresForChild },
            { QStringLiteral("seenOn"), iso(a.seenOn) },
            { QStringLiteral("strengths"), a.strengths }, { QStringLiteral("risks"), risks } });
    }
    return out;
}

QVariantList HouseholdController::otherChildren() const
{
    QVariantList out;
    for (const HouseholdChild &c : m_profile.otherChildren)
        out.append(QVariantMap { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
            { QStringLiteral("dateOfBirth"), iso(c.dateOfBirth) },
            { QStringLiteral("addedOnTablet"), c.addedOnTablet } });
    return out;
}

QStringList HouseholdController::conditions() const
{
    QStringList out;
    for (const LongTermCondition &c : m_profile.health.conditions)
        out.append(c.kind);
    return out;
}

QString HouseholdController::otherCondition() const
{
    for (const LongTermCondition &c : m_profile.health.conditions)
        if (c.kind == u"other")
            return c.detail;
    return {};
}

QVariantList HouseholdController::reviews() const
{
    QVariantList out;
    for (const DevelopmentalReview &r : m_profile.health.reviews)
        out.append(QVariantMap { { QStringLiteral("name"), r.name },
            { QStringLiteral("status"), r.status }, { QStringLiteral("date"), iso(r.date) } });
    return out;
}

int HouseholdController::gpRegistered() const
{
    return m_profile.health.gpRegistered ? int(*m_profile.health.gpRegistered) : -1;
}

QVariantList HouseholdController::relationships()
{
    return labelled(ProfileWords::relationships(),
        { tr("Birth mother"), tr("Birth father"), tr("Step-parent"), tr("A parent's partner"),
            tr("Grandparent"), tr("Other relative"), tr("Lodger"), tr("Regular visitor"),
            tr("Other") });
}

QVariantList HouseholdController::livingArrangements()
{
    return labelled(ProfileWords::livingArrangements(),
        { tr("Lives here"), tr("Stays sometimes"), tr("Visits") });
}

QVariantList HouseholdController::riskKinds()
{
    return labelled(ProfileWords::risks(),
        { tr("Mental health"), tr("Domestic abuse"), tr("Substance misuse"), tr("Offending"),
            tr("Own care history"), tr("Other") });
}

QVariantList HouseholdController::lifeEventTypes()
{
    QStringList words;
    for (const QString &id : LifeEventBody::types())
        words.append(ChronologyText::lifeEventType(id));
    return labelled(LifeEventBody::types(), words);
}

QVariantList HouseholdController::lifeEventAdults() const
{
    QStringList ids { QString() };
    QStringList names { tr("No one adult in particular") };
    for (const ProfileAdult &adult : m_profile.adults) {
        ids.append(adult.id);
        names.append(adult.name);
    }
    return labelled(ids, names);
}

QVariantList HouseholdController::conditionKinds()
{
    return labelled(
        ProfileWords::conditions(), { tr("Asthma"), tr("Epilepsy"), tr("Diabetes"), tr("Other") });
}

QVariantList HouseholdController::reviewStatuses()
{
    return labelled(ProfileWords::reviewStatuses(),
        { tr("Offered"), tr("Returned"), tr("Not returned"), tr("Followed up") });
}

QVariantList HouseholdController::mobilityChoices()
{
    return labelled(ProfileWords::mobility(), { tr("Not yet mobile"), tr("Mobile") });
}

QString HouseholdController::missing() const
{
    for (qsizetype i = 0; i < m_profile.adults.size(); ++i) {
        const ProfileAdult &a = m_profile.adults.at(i);
        const QString who = a.name.trimmed().isEmpty() ? tr("adult %1").arg(i + 1) : a.name;
        if (a.name.trimmed().isEmpty())
            return tr("Please give the name of adult %1.").arg(i + 1);
        if (a.relationship.isEmpty())
            return tr("Please say who %1 is to the child.").arg(who);
        if (a.living.isEmpty())
            return tr("Please say whether %1 lives here, stays sometimes or visits.").arg(who);
    }
    if (conditions().contains(QStringLiteral("other")) && otherCondition().trimmed().isEmpty())
        return tr("Please say which other long-term condition the child has.");
    if (gpRegistered() == 1 && m_profile.health.gpPractice.trimmed().isEmpty())
        return tr("Please name the GP practice the child is registered with.");
    if (!m_signed.isEmpty() && !isChanged())
        return tr("Nothing has changed since the household was last saved.");
    if (auto ok = BodyValidator::validate(
            RecordKind::ProfileChange, ProfileStore::toBody(m_profile, QDate(2000, 1, 1)));
        !ok)
        return tr("This household cannot be saved yet: %1 (%2).")
            .arg(ok.error().message, ok.error().path);
    return {};
}

} // namespace hearth
