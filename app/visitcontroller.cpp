#include "visitcontroller.h"

#include "model/visitsafety.h"
#include "platform/positionprovider.h"
#include "promptlistmodel.h"
#include "summarymodel.h"
#include "visit/visitdates.h"
#include "visit/visitservices.h"
#include "visit/wizardstepstore.h"
#include "visitprompts.h"

#include <QDateTime>

namespace hearth {

VisitController::VisitController(VisitServices &services, Visit visit, Child child, int step,
    PositionProvider *position, QObject *parent)
    : QObject(parent)
    , m_services(&services)
    , m_document(std::move(visit))
    , m_child(std::move(child))
    , m_step(std::clamp(step, 0, StepCount - 1))
    , m_position(position)
    , m_lived(new PromptListModel(this))
    , m_neglect(new PromptListModel(this))
    , m_men(new PromptListModel(this))
    , m_cooperation(new PromptListModel(this))
    , m_categories(new PromptListModel(this))
    , m_adults(new PromptListModel(this))
    , m_summary(new SummaryModel(this))
{
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(AutosaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &VisitController::flush);
    if (m_position) {
        connect(m_position, &PositionProvider::fixed, this, &VisitController::onFix);
        connect(m_position, &PositionProvider::unavailable, this, &VisitController::onNoFix);
    }
    loadPrompts();
    refreshMissing();
}

VisitController::~VisitController()
{
    if (m_position)
        m_position->cancel();
}

QString VisitController::language() const
{
    return m_services ? m_services->language() : QStringLiteral("en");
}

QString VisitController::childDetails() const
{
    if (m_child.isUnborn()) {
        return m_child.expectedDate
            ? tr("Unborn, expected %1").arg(VisitDates::showDate(*m_child.expectedDate))
            : tr("Unborn");
    }
    return tr("Born %1").arg(VisitDates::showDate(*m_child.dateOfBirth));
}

QStringList VisitController::staticStepTitles()
{
    return { tr("Start"), tr("Who is here"), tr("Seeing the child"), tr("Lived experience"),
        tr("Neglect"), tr("Co-operation"), tr("Was not brought"), tr("Concerns and actions"),
        tr("Review") };
}

void VisitController::setStep(int step)
{
    step = std::clamp(step, 0, StepCount - 1);
    if (step == m_step)
        return;
    m_step = step;
    if (m_services)
        WizardStepStore(m_services->database(), m_services->clock()).setStep(visitId(), m_step);
    if (m_step == StepCount - 1)
        m_summary->rebuild(m_document.visit(), m_child, *m_services);
    Q_EMIT stepChanged();
}

QVariantList VisitController::stepMissing() const
{
    QVariantList counts;
    for (int i = 0; i < StepCount; ++i)
        counts.append(0);
    for (const QVariantMap &item : m_missing) {
        const int step = item.value(QStringLiteral("step")).toInt() - 1;
        if (step >= 0 && step < StepCount)
            counts[step] = counts.at(step).toInt() + 1;
    }
    return counts;
}

QVariantList VisitController::missing() const
{
    QVariantList out;
    for (const QVariantMap &item : m_missing)
        out.append(item);
    return out;
}

QVariantList VisitController::flags() const
{
    QVariantList out;
    for (const VisitFlag &flag : VisitValidator::flags(m_document.visit()))
        out.append(QVariantMap {
            { QStringLiteral("id"), flag.id }, { QStringLiteral("text"), flag.text } });
    return out;
}

QVariantList VisitController::allNudges() const
{
    QVariantList out;
    if (!m_services)
        return out;
    for (const VisitSummaryText::TextField &field : VisitSummaryText::freeText(
             m_document.visit(), m_services->packFor(visit().packId, visit().packVersion))) {
        for (const Nudge &nudge : m_services->plainLanguage().check(field.text, language())) {
            // The objectName of the field's editor, so the review can take the practitioner to it.
            QString target = VisitField::name(field.field);
            if (!field.item.isEmpty())
                target += u':' + field.item;
            if (field.row >= 0)
                target += u':' + QString::number(field.row);
            out.append(QVariantMap { { QStringLiteral("step"), field.step },
                { QStringLiteral("field"), int(field.field) }, { QStringLiteral("target"), target },
                { QStringLiteral("item"), field.item }, { QStringLiteral("row"), field.row },
                { QStringLiteral("phrase"), nudge.phrase },
                { QStringLiteral("nudge"), nudge.nudge } });
        }
    }
    return out;
}

void VisitController::next()
{
    setStep(m_step + 1);
}

void VisitController::back()
{
    setStep(m_step - 1);
}

bool VisitController::addNewAdult(
    const QString &givenName, const QString &familyName, const QString &role, bool livesWithChild)
{
    if (!m_services || (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty()))
        return false;
    Adult adult;
    adult.source = Source::Device;
    adult.givenName = givenName.trimmed();
    adult.familyName = familyName.trimmed();
    adult.householdId = livesWithChild ? m_child.householdId : QString();
    AdultLink link;
    link.childId = m_child.id;
    link.role = AdultLink::roles().contains(role) ? role : QStringLiteral("other");
    link.livesWithChild = livesWithChild;
    auto created = m_services->caseload().createAdult(adult, link);
    if (!created)
        return false;
    const QString id = created->id;
    const QString name = created->displayName();
    auto edited = m_document.edit([&](Visit &visit) {
        visit.who.newAdultIds.append(id);
        visit.who.adultsPresent.append({ id, name, false, {}, {} });
    });
    if (!edited) {
        refused(edited.error());
        return false;
    }
    changed(-1);
    Q_EMIT listChanged(VisitField::AdultsPresent);
    loadPrompts();
    return true;
}

QString VisitController::adultPresence(const QString &adultId) const
{
    for (const AdultPresent &adult : m_document.visit().who.adultsPresent)
        if (adult.id == adultId)
            return QStringLiteral("present");
    for (const PersonSeen &adult : m_document.visit().who.adultsNotSeen)
        if (adult.id == adultId)
            return QStringLiteral("not-seen");
    return {};
}

int VisitController::adultPresentRow(const QString &adultId) const
{
    const QList<AdultPresent> &present = m_document.visit().who.adultsPresent;
    for (qsizetype row = 0; row < present.size(); ++row)
        if (present.at(row).id == adultId)
            return int(row);
    return -1;
}

void VisitController::setAdultPresence(
    const QString &adultId, const QString &name, const QString &presence)
{
    if (!m_services || adultPresence(adultId) == presence)
        return;
    auto edited = m_document.edit([&](Visit &visit) {
        QList<AdultPresent> &present = visit.who.adultsPresent;
        QList<PersonSeen> &notSeen = visit.who.adultsNotSeen;
        present.removeIf([&](const AdultPresent &a) { return a.id == adultId; });
        notSeen.removeIf([&](const PersonSeen &a) { return a.id == adultId; });
        if (presence == u"present")
            present.append({ adultId, name, false, {}, {} });
        else if (presence == u"not-seen")
            notSeen.append({ adultId, name, {} });
    });
    if (!edited) {
        refused(edited.error());
        return;
    }
    changed(-1);
    Q_EMIT listChanged(VisitField::AdultsPresent);
    Q_EMIT listChanged(VisitField::AdultsNotSeen);
}

QString VisitController::categoryLabel(const QString &categoryId) const
{
    for (const PromptListModel::Prompt &category : m_categories->prompts())
        if (category.id == categoryId)
            return category.text;
    return categoryId;
}

bool VisitController::flush()
{
    if (!m_services)
        return false;
    m_saveTimer.stop();
    if (!m_dirty && m_saveError.isEmpty())
        return true;
    m_dirty = false;
    auto ok = m_services->drafts().save(m_document.visit());
    const QString before = errorText();
    m_saveError = ok ? QString() : ok.error().message;
    m_dirty = !ok;
    Q_EMIT savedChanged();
    if (errorText() != before)
        Q_EMIT errorTextChanged();
    return bool(ok);
}

void VisitController::detach()
{
    flush();
    if (m_position)
        m_position->cancel();
    m_services = nullptr;
    m_document = VisitDocument();
    m_child = Child();
    m_missing.clear();
    m_safetyProcedure.clear();
    m_summary->clear();
    for (PromptListModel *model :
        { m_lived, m_neglect, m_men, m_cooperation, m_categories, m_adults })
        model->setPrompts({});
}

void VisitController::changed(int field)
{
    const bool wasSaved = saved();
    m_dirty = true;
    m_saveTimer.start();
    if (wasSaved)
        Q_EMIT savedChanged();
    Q_EMIT valueChanged(field);
    Q_EMIT contentChanged();
    refreshMissing();
    if (m_step == StepCount - 1)
        m_summary->rebuild(m_document.visit(), m_child, *m_services);
}

void VisitController::refreshMissing()
{
    QList<QVariantMap> missing;
    QString procedure;
    if (m_services) {
        const Visit &visit = m_document.visit();
        const VisitRequirements requirements = m_services->requirementsFor(visit);
        for (const MissingItem &item : VisitValidator::missing(visit, requirements)) {
            missing.append({ { QStringLiteral("step"), item.step },
                { QStringLiteral("field"), item.field }, { QStringLiteral("text"), item.text } });
        }
        if (VisitSafety::nonMobileInjury(visit, requirements.safety))
            procedure = requirements.safety.nonMobileProcedure;
    }
    if (missing == m_missing && procedure == m_safetyProcedure)
        return;
    m_missing = std::move(missing);
    m_safetyProcedure = procedure;
    Q_EMIT missingChanged();
}

void VisitController::loadPrompts()
{
    const Visit &visit = m_document.visit();
    const ContentPack *pack = m_services->packFor(visit.packId, visit.packVersion);
    if (!pack)
        return;
    const QString lang = language();
    QDate visitDate
        = QDateTime::fromString(visit.start.arrivalUtc, Qt::ISODateWithMs).toLocalTime().date();
    if (!visitDate.isValid())
        visitDate = m_services->clock().nowUtc().toLocalTime().date();
    auto previous = m_services->drafts().previousNeglectRatings(m_child.id, visit.id);
    m_lived->setPrompts(VisitPrompts::lived(*pack, m_child, visitDate, lang));
    VisitItems items;
    for (const ContentPack::LivedPrompt &prompt :
        ContentLibrary::promptsFor(*pack, m_child, visitDate))
        items.lived.append(prompt.id);
    for (const ContentPack::NeglectDomain &domain : pack->neglect)
        for (const ContentPack::NeglectItem &item : domain.items)
            items.neglect.append(item.id);
    for (const ContentPack::Labelled &prompt : pack->menPrompts)
        items.men.append(prompt.id);
    for (const ContentPack::Labelled &category : pack->concernCategories)
        items.categories.append(category.id);
    m_document.setItems(std::move(items));
    m_neglect->setPrompts(VisitPrompts::neglect(
        *pack, previous ? previous.value() : QMap<QString, NeglectRating> {}, lang));
    m_men->setPrompts(VisitPrompts::men(*pack, lang));
    m_cooperation->setPrompts(VisitPrompts::cooperation(*pack, lang));
    m_categories->setPrompts(VisitPrompts::categories(*pack, lang));
    m_questions = VisitPrompts::questions(*pack, lang);
    auto adults = m_services->caseload().adultsFor(m_child.id);
    m_adults->setPrompts(
        adults ? VisitPrompts::adults(adults.value()) : QList<PromptListModel::Prompt> {});
}

} // namespace hearth
