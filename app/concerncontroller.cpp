#include "concerncontroller.h"

#include "content/contentpack.h"
#include "record/concernbody.h"
#include "visit/visitservices.h"

#include <QDateTime>

namespace hearth {

namespace {
QVariantList labelledList(const QList<ContentPack::Labelled> &list, const QString &language)
{
    QVariantList out;
    for (const ContentPack::Labelled &entry : list)
        out.append(QVariantMap { { QStringLiteral("id"), entry.id },
            { QStringLiteral("label"), entry.label.text(language) },
            { QStringLiteral("descriptor"), entry.descriptor.text(language) } });
    return out;
}
} // namespace

ConcernController::ConcernController(VisitServices &services, ConcernDraft draft, QObject *parent)
    : ChildPickTarget(parent)
    , m_services(&services)
    , m_draft(std::move(draft))
    , m_autosave(this, services, m_draft, tr("This concern could not be saved: %1"),
          [this] { Q_EMIT errorTextChanged(); })
{
    if (const ContentPack *pack = services.packFor(m_draft.packId, m_draft.packVersion)) {
        m_categories = labelledList(pack->concernLogCategories, services.language());
        m_sharingBases = labelledList(pack->sharingBases, services.language());
    }
    m_childName = m_draft.newChildName;
    if (!m_draft.childId.isEmpty())
        if (auto child = services.caseload().child(m_draft.childId))
            m_childName = child->displayName();
}

int ConcernController::immediateSafety() const
{
    return m_draft.immediateSafety ? int(*m_draft.immediateSafety) : -1;
}

QString ConcernController::toldTime() const
{
    const QDateTime utc = QDateTime::fromString(m_draft.toldUtc, Qt::ISODateWithMs);
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

QVariantList ConcernController::actions() const
{
    const QStringList labels { tr("Told the designated safeguarding lead"),
        tr("Referral to children's social care"), tr("Gave advice"), tr("Will monitor"),
        tr("Something else") };
    QVariantList out;
    for (qsizetype i = 0; i < ConcernBody::actions().size(); ++i)
        out.append(QVariantMap { { QStringLiteral("id"), ConcernBody::actions().at(i) },
            { QStringLiteral("label"), labels.value(i) } });
    return out;
}

QVariantList ConcernController::seenNudges() const
{
    QVariantList out;
    if (!m_services)
        return out;
    for (const Nudge &nudge :
        m_services->plainLanguage().check(m_draft.seen, m_services->language()))
        out.append(QVariantMap {
            { QStringLiteral("phrase"), nudge.phrase }, { QStringLiteral("nudge"), nudge.nudge } });
    return out;
}

QString ConcernController::missing() const
{
    if (m_categories.isEmpty())
        return tr("This agency's content pack has no concern categories, so the concern cannot "
                  "be signed. Please tell the agency.");
    auto body = m_draft.toBody();
    return body ? QString() : body.error();
}

void ConcernController::setSeen(const QString &text)
{
    if (text == m_draft.seen)
        return;
    m_draft.seen = text;
    changed();
}

void ConcernController::setChildsWords(const QString &text)
{
    if (text == m_draft.childsWords)
        return;
    m_draft.childsWords = text;
    changed();
}

void ConcernController::setCategory(const QString &id)
{
    const bool known = std::any_of(m_categories.cbegin(), m_categories.cend(),
        [&](const QVariant &c) { return c.toMap().value(QStringLiteral("id")) == id; });
    if (!known || id == m_draft.category)
        return;
    m_draft.category = id;
    changed();
}

void ConcernController::setImmediateSafety(int answer)
{
    if (answer < -1 || answer > 1 || answer == immediateSafety())
        return;
    m_draft.immediateSafety = answer < 0 ? std::nullopt : std::optional<bool>(answer == 1);
    changed();
}

void ConcernController::setNextStep(const QString &text)
{
    if (text == m_draft.nextStep)
        return;
    m_draft.nextStep = text;
    changed();
}

void ConcernController::setAction(const QString &id)
{
    if (!ConcernBody::actions().contains(id) || id == m_draft.action)
        return;
    m_draft.action = id;
    // Telling someone usually happens just before it is written down; the time can be changed.
    if (m_draft.toldUtc.isEmpty())
        m_draft.toldUtc = m_services->nowUtc();
    changed();
}

void ConcernController::setActionDetail(const QString &text)
{
    if (text == m_draft.actionDetail)
        return;
    m_draft.actionDetail = text;
    changed();
}

void ConcernController::setToldWho(const QString &text)
{
    if (text == m_draft.toldWho)
        return;
    m_draft.toldWho = text;
    if (m_draft.toldUtc.isEmpty())
        m_draft.toldUtc = m_services->nowUtc();
    changed();
}

void ConcernController::setSharingBasis(const QString &id)
{
    const bool known = std::any_of(m_sharingBases.cbegin(), m_sharingBases.cend(),
        [&](const QVariant &b) { return b.toMap().value(QStringLiteral("id")) == id; });
    if (!known || id == m_draft.sharingBasis)
        return;
    m_draft.sharingBasis = id;
    changed();
}

bool ConcernController::chooseChild(const QString &childId)
{
    if (!m_services)
        return false;
    auto child = m_services->caseload().child(childId);
    if (!child) {
        m_autosave.setErrorText(tr("That child could not be found on this tablet."));
        return false;
    }
    m_draft.childId = child->id;
    m_draft.newChildName.clear();
    m_draft.newChildYearGroup.clear();
    m_childName = child->displayName();
    Q_EMIT childChanged();
    changed();
    return true;
}

bool ConcernController::describeChild(const QString &name, const QString &yearGroup)
{
    if (name.trimmed().isEmpty() || yearGroup.trimmed().isEmpty()) {
        m_autosave.setErrorText(tr("Please type the child's name and school year."));
        return false;
    }
    m_draft.childId.clear();
    m_draft.newChildName = name.trimmed();
    m_draft.newChildYearGroup = yearGroup.trimmed();
    m_childName = m_draft.newChildName;
    m_autosave.setErrorText({});
    Q_EMIT childChanged();
    changed();
    return true;
}

bool ConcernController::setToldTime(const QString &time)
{
    if (!m_services)
        return false;
    const QTime clock = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!clock.isValid())
        return false;
    const QDate today = m_services->clock().nowUtc().toLocalTime().date();
    m_draft.toldUtc
        = QDateTime(today, clock).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    changed();
    return true;
}

void ConcernController::changed()
{
    Q_EMIT contentChanged();
    m_autosave.changed();
}

void ConcernController::flush()
{
    m_autosave.flush();
}

void ConcernController::detach()
{
    flush();
    forgetSigned();
}

void ConcernController::forgetSigned()
{
    m_autosave.forget();
    m_services = nullptr;
    m_draft = {};
    m_childName.clear();
    m_categories.clear();
    m_sharingBases.clear();
}

} // namespace hearth
