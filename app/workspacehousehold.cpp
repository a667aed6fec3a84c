// The household editor's part of the Workspace: one child's profile open at a time, its
// changes kept as a draft in the vault, and signed through the same passcode check and record
// store as visits and concerns.
#include "content/contentlibrary.h"
#include "household/profilestore.h"
#include "model/caseloadrepository.h"
#include "record/lifeeventbody.h"
#include "visit/visitservices.h"
#include "workspace.h"

namespace hearth {

bool Workspace::openHousehold(const QString &childId)
{
    if (!m_services)
        return false;
    if (!m_services->caseload().child(childId)) {
        setErrorText(tr("This child is not on the tablet."));
        return false;
    }
    if (m_household) {
        HouseholdController *open = m_household;
        open->flush();
        setHousehold(nullptr);
        open->deleteLater();
    }
    setErrorText({});
    m_signError.clear();
    setHousehold(new HouseholdController(*m_services, childId, this));
    return true;
}

void Workspace::closeHousehold()
{
    if (!m_household)
        return;
    HouseholdController *household = m_household;
    household->discard();
    setHousehold(nullptr);
    household->deleteLater();
}

void Workspace::setHousehold(HouseholdController *household)
{
    if (household == m_household)
        return;
    m_household = household;
    Q_EMIT householdChanged();
}

void Workspace::saveHousehold(const QString &passcode)
{
    if (!m_household || !m_services || m_signing)
        return;
    if (const QString missing = m_household->missing(); !missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    m_household->flush();
    confirmPasscodeThen(passcode, &Workspace::finishHouseholdSaving);
}

void Workspace::finishHouseholdSaving(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    const ContentPack *pack = m_services ? m_services->content().current() : nullptr;
    if (m_signError.isEmpty() && (!m_services || !m_household || !pack))
        m_signError = tr("The household was closed before it could be saved.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    auto signedId = ProfileStore::save(m_services->records(), m_author, { pack->id, pack->version },
        m_household->profile(), m_services->caseload().today());
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    HouseholdController *finished = m_household;
    finished->forgetSigned();
    setHousehold(nullptr);
    finished->deleteLater();
    Q_EMIT signingChanged();
    Q_EMIT householdSaved(signedId.value());
}

void Workspace::recordLifeEvent(const QString &type, const QString &happenedOn, bool wholeHousehold,
    const QString &adultId, const QString &note, const QString &source, const QString &passcode)
{
    if (!m_household || !m_services || m_signing)
        return;
    // The draft's own checks first, so a missing answer is said before the passcode is asked.
    QString missing;
    const QDate day = QDate::fromString(happenedOn, Qt::ISODate);
    if (!LifeEventBody::types().contains(type))
        missing = tr("Choose what happened.");
    else if (!day.isValid())
        missing = tr("Say on what day it happened.");
    else if (day > m_services->caseload().today())
        missing = tr("The day it happened cannot be after today.");
    else if (source.trimmed().isEmpty())
        missing = tr("Say who told you.");
    else if (type == u"other" && note.trimmed().isEmpty())
        missing = tr("Say what happened.");
    if (!missing.isEmpty()) {
        m_signError = missing;
        Q_EMIT signingChanged();
        return;
    }
    m_lifeEvent = { type, day, wholeHousehold, adultId, note, source };
    confirmPasscodeThen(passcode, &Workspace::finishLifeEvent);
}

void Workspace::finishLifeEvent(const QString &passcodeError)
{
    m_signing = false;
    m_signError = passcodeError;
    const ContentPack *pack = m_services ? m_services->content().current() : nullptr;
    if (m_signError.isEmpty() && (!m_services || !m_household || !pack))
        m_signError = tr("The household was closed before the life event could be recorded.");
    if (!m_signError.isEmpty()) {
        Q_EMIT signingChanged();
        return;
    }
    auto signedId
        = LifeEventSigning::sign(m_services->records(), m_author, { pack->id, pack->version },
            m_household->profile(), m_lifeEvent, m_services->caseload().today());
    if (!signedId) {
        m_signError = signedId.error();
        Q_EMIT signingChanged();
        return;
    }
    m_lifeEvent = {};
    Q_EMIT signingChanged();
    Q_EMIT lifeEventRecorded(signedId.value());
}

QVariantMap Workspace::householdAtVisit(const QString &childId) const
{
    QStringList children, notSeen;
    if (m_services) {
        auto profile
            = ProfileStore::load(m_services->records(), childId, m_services->caseload().today());
        if (profile && !profile->isEmpty()) {
            for (const HouseholdChild &child : profile->otherChildren)
                children.append(child.name);
            for (const ProfileAdult &adult : profile->adultsNotSeen())
                notSeen.append(adult.name);
        } else if (auto others = m_services->caseload().otherChildren(childId)) {
            for (const Child &child : others.value())
                children.append(child.displayName());
        }
    }
    return { { QStringLiteral("otherChildren"), children },
        { QStringLiteral("adultsNotSeen"), notSeen } };
}

} // namespace hearth
