#include "workspace.h"

#include "caseloadlistmodel.h"
#include "chronologyrecords.h"
#include "draftlistmodel.h"
#include "platform/positionprovider.h"
#include "sessioncontroller.h"
#include "signedvisit.h"
#include "vault/attachmentstore.h"
#include "visit/visitbody.h"
#include "visit/visitdates.h"
#include "visit/visitservices.h"
#include "visit/wizardstepstore.h"
#include "visitcontroller.h"
#include "workspacequick.h"

#include <QDateTime>
#include <QLocale>

namespace hearth {

namespace {
QString appLanguage()
{
    return QLocale().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
}

QString localTime(const QString &utc)
{
    return utc.isEmpty() ? QString() : VisitDates::showDateTime(utc);
}

std::optional<QDate> dateFrom(const QString &text)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}
} // namespace

Workspace::Workspace(
    SessionController &session, PositionProvider *position, QObject *parent, const Clock &clock)
    : QObject(parent)
    , m_session(session)
    , m_position(position)
    , m_clock(clock)
    , m_caseload(new CaseloadListModel(this))
    , m_drafts(new DraftListModel(this))
    , m_signed(new DraftListModel(this))
    , m_flags(new CaseloadFlags(this))
    , m_since(new SinceLastVisitPanel(this))
{
    // Queued: reading the records must not delay the visit's first frame.
    connect(
        this, &Workspace::visitChanged, this, &Workspace::loadSinceLastVisit, Qt::QueuedConnection);
    connect(m_flags, &CaseloadFlags::judged, this,
        [this] { m_caseload->setFlags(m_flags->summaries()); });
    connect(m_flags, &CaseloadFlags::failed, this, &Workspace::setErrorText);
    // The day is read from the injected clock; a minute's lag after midnight is harmless.
    m_dayCheck.setInterval(60 * 1000);
    connect(&m_dayCheck, &QTimer::timeout, this, &Workspace::checkDay);
    connect(&m_session, &SessionController::unlocked, this, &Workspace::open);
    connect(&m_session, &SessionController::aboutToLock, this, &Workspace::close);
    if (m_session.unlockedVault())
        open();
    m_roles = new RoleSettings(m_session, *this, m_clock, this);
}

Workspace::~Workspace()
{
    close();
}

void Workspace::open()
{
    Vault *vault = m_session.unlockedVault();
    if (!vault || m_services)
        return;
    // An agency adds its own content packs by placing them in the vault folder's packs/.
    auto services = VisitServices::open(
        vault->database(), appLanguage(), vault->directory() + QStringLiteral("/packs"), m_clock);
    if (!services) {
        setErrorText(services.error());
        return;
    }
    m_services = std::move(services.value());
    // A refused agency pack does not stop visits (the built-in pack is there): say which and why.
    setErrorText(m_services->packProblems().join(u'\n'));
    if (const ContentPack *pack = m_services->content().current())
        m_services->caseload().setSchedule(pack->contactSchedule);
    m_caseload->setLanguage(appLanguage());
    m_since->setLanguage(appLanguage());
    // The other lists first: refreshLists() would otherwise read the caseload's contacts twice.
    refreshLists();
    m_caseload->setRepository(&m_services->caseload());
    Q_EMIT readyChanged();
    // After the home screen has its lists: judging reads every record, so it must not delay them.
    QTimer::singleShot(0, this, [this] { judgeFlags(true); });
    m_dayCheck.start();
    Q_EMIT concernChanged(); // the unsigned concerns are readable again
    Q_EMIT childVoiceChanged();
    Q_EMIT missingChanged();
    Q_EMIT interviewChanged();
}

void Workspace::close()
{
    // First: what the child made is kept before anything it belongs to is saved and closed.
    closeChildMode();
    retire<VisitController>(m_visit, &Workspace::setVisit, &VisitController::detach);
    closeSigned();
    retire<HouseholdController>(
        m_household, &Workspace::setHousehold, &HouseholdController::detach);
    forgetChronology();
    // Record bodies stay in memory only while unlocked.
    delete std::exchange(m_chronologyRecords, nullptr);
    retire<ConcernController>(m_concern, &Workspace::setConcern, &ConcernController::detach);
    retire<ChildVoiceController>(
        m_childVoice, &Workspace::setChildVoice, &ChildVoiceController::detach);
    retire<MissingController>(m_missing, &Workspace::setMissing, &MissingController::detach);
    retire<InterviewController>(
        m_interview, &Workspace::setInterview, &InterviewController::detach);
    m_dayCheck.stop();
    m_flags->clear();
    m_since->clear();
    m_caseload->setRepository(nullptr);
    m_drafts->clear();
    m_signed->clear();
    const bool wasReady = ready();
    m_services.reset();
    m_signing = false;
    m_signError.clear();
    if (wasReady)
        Q_EMIT readyChanged();
}

void Workspace::setAuthor(const QString &author, const QString &name)
{
    m_author = author.isEmpty() ? defaultAuthor() : author;
    m_authorName = author.isEmpty() ? QString() : name.trimmed();
    Q_EMIT authorChanged();
    refreshLists();
}

QString Workspace::nameOf(const QString &author) const
{
    if (author == m_author && !m_authorName.isEmpty())
        return m_authorName;
    if (author == defaultAuthor())
        return tr("the practitioner on this tablet");
    return author;
}

void Workspace::flush()
{
    if (m_visit)
        m_visit->flush();
    if (m_concern)
        m_concern->flush();
    if (m_missing)
        m_missing->flush();
    if (m_household)
        m_household->flush();
    if (m_childVoice)
        m_childVoice->flush();
}

void Workspace::refreshLists()
{
    if (!m_services)
        return;
    // A visit signed or an agency download changes who was seen when and what is due next.
    m_services->caseload().contactsChanged();
    m_caseload->refresh();
    judgeFlags(false);
    // Both lists read small summary rows one page at a time (DraftListModel::PageSize), so the
    // home screen costs the same with a year of signed visits as with none.
    VisitServices *services = m_services.get();
    // Signed, but the app stopped before the draft was marked complete: finish that now, before
    // counting. Drafts are few (visits in progress), so checking each is cheap.
    if (auto drafts = services->drafts().list(DraftStore::Filter::Drafts)) {
        for (const DraftInfo &info : drafts.value()) {
            if (auto done = services->records().visitSigned(info.id); done && done.value())
                (void)services->drafts().markComplete(info.id);
        }
    }
    auto signedTotal = services->records().count(RecordKind::Visit);
    auto draftTotal = services->drafts().count(DraftStore::Filter::Drafts);
    if (!signedTotal || !draftTotal) {
        setErrorText(!signedTotal ? signedTotal.error().message : draftTotal.error().message);
        m_signed->clear();
        m_drafts->clear();
        return;
    }
    m_signed->setSource(signedTotal.value(), [this, services](qsizetype offset, qsizetype limit) {
        QList<DraftListModel::Row> rows;
        if (m_services.get() != services)
            return rows;
        auto page = services->records().summaries(RecordKind::Visit, offset, limit);
        if (!page) {
            setErrorText(page.error().message);
            return rows;
        }
        for (const RecordSummary &summary : page.value()) {
            auto child = services->caseload().child(summary.childId);
            rows.append({ summary.recordId, summary.visitId, summary.childId,
                child ? child->displayName() : summary.childId, localTime(summary.createdUtc),
                tr("Signed by %1").arg(nameOf(summary.author)), 0 });
        }
        return rows;
    });

    m_drafts->setSource(draftTotal.value(), [this, services](qsizetype offset, qsizetype limit) {
        QList<DraftListModel::Row> rows;
        if (m_services.get() != services)
            return rows;
        const QStringList titles = VisitController::staticStepTitles();
        WizardStepStore steps(services->database());
        auto drafts = services->drafts().list(DraftStore::Filter::Drafts, {}, offset, limit);
        if (!drafts) {
            setErrorText(drafts.error().message);
            return rows;
        }
        for (const DraftInfo &info : drafts.value()) {
            auto child = services->caseload().child(info.childId);
            const int step = steps.step(info.id);
            QString detail
                = tr("Step %1 of %2: %3").arg(step + 1).arg(titles.size()).arg(titles.value(step));
            // The agency reassigned the child while this draft was open: the draft stays, and
            // the practitioner is told why the child has left their list.
            if (child && child->isRemovedFromCaseload())
                detail = tr("%1 · no longer on your caseload (changed by your agency); this draft "
                            "is kept: finish and sign it, or discard it")
                             .arg(detail);
            rows.append(
                { info.id, info.id, info.childId, child ? child->displayName() : info.childId,
                    localTime(info.updatedUtc), std::move(detail), step });
        }
        return rows;
    });
}

QString Workspace::today() const
{
    return m_clock.nowUtc().toLocalTime().date().toString(Qt::ISODate);
}

bool Workspace::startVisit(const QString &childId)
{
    if (!m_services)
        return false;
    const ContentPack *pack = m_services->content().current();
    if (!pack) {
        setErrorText(tr("The visit prompts could not be loaded."));
        return false;
    }
    auto draft = m_services->drafts().create(childId, pack->id, pack->version);
    if (!draft) {
        setErrorText(draft.error().message);
        return false;
    }
    Visit visit = std::move(draft.value());
    visit.start.arrivalUtc = m_services->nowUtc();
    if (auto saved = m_services->drafts().save(visit); !saved) {
        setErrorText(saved.error().message);
        return false;
    }
    if (!openDraft(visit.id))
        return false;
    if (m_visit)
        m_visit->locate();
    return true;
}

bool Workspace::openDraft(const QString &draftId)
{
    if (!m_services)
        return false;
    auto visit = m_services->drafts().load(draftId);
    if (!visit) {
        setErrorText(visit.error().message);
        return false;
    }
    if (visit->isComplete()) {
        setErrorText(tr("This visit has been finished and can no longer be changed."));
        return false;
    }
    auto child = m_services->caseload().child(visit->start.childId);
    if (!child) {
        setErrorText(child.error().message);
        return false;
    }
    const int step = WizardStepStore(m_services->database(), m_clock).step(draftId);
    closeSigned();
    if (m_visit) {
        VisitController *old = m_visit;
        setVisit(nullptr);
        old->deleteLater();
    }
    setErrorText({});
    setVisit(new VisitController(
        *m_services, std::move(visit.value()), std::move(child.value()), step, m_position, this));
    return true;
}

void Workspace::closeVisit()
{
    if (!m_visit)
        return;
    retire<VisitController>(m_visit, &Workspace::setVisit, &VisitController::flush);
    refreshLists();
}

bool Workspace::discardDraft(const QString &draftId)
{
    if (!m_services)
        return false;
    if (m_visit && m_visit->visitId() == draftId)
        closeVisit();
    auto discarded = m_services->drafts().discard(draftId);
    if (!discarded) {
        setErrorText(discarded.error().message);
        return false;
    }
    WizardStepStore(m_services->database(), m_clock).forget(draftId);
    // Its photographs go with it (unless another draft names the same one).
    if (auto photos = AttachmentStore(m_services->database()).removeOrphans(); !photos)
        qWarning("Workspace: photos of a discarded draft are still in the vault: %s",
            qPrintable(photos.error().detail));
    refreshLists();
    return true;
}

QString Workspace::addChild(const QString &givenName, const QString &familyName,
    const QString &dateOfBirth, const QString &expectedDate)
{
    if (!m_services)
        return {};
    if (givenName.trimmed().isEmpty() && familyName.trimmed().isEmpty()) {
        setErrorText(tr("Please type the child's name. For an unborn child, type the family "
                        "name."));
        return {};
    }
    Child child;
    child.source = Source::Device;
    child.givenName = givenName.trimmed();
    child.familyName = familyName.trimmed();
    child.dateOfBirth = dateFrom(dateOfBirth);
    child.expectedDate = dateFrom(expectedDate);
    if ((child.dateOfBirth && !child.dateOfBirth->isValid())
        || (child.expectedDate && !child.expectedDate->isValid())) {
        setErrorText(tr("Please write dates as year-month-day, for example 2023-04-17."));
        return {};
    }
    auto created = m_services->caseload().createChild(child);
    if (!created) {
        setErrorText(created.error().message);
        return {};
    }
    setErrorText({});
    m_caseload->setQuery({});
    m_caseload->refresh();
    return created->id;
}

bool Workspace::openSigned(const QString &recordId)
{
    if (!m_services)
        return false;
    SignedVisit *opened = SignedVisit::open(
        *m_services, recordId, m_author, [this](const QString &author) { return nameOf(author); },
        this);
    if (!opened) {
        setErrorText(tr("This signed visit could not be read."));
        return false;
    }
    closeSigned();
    connect(opened, &SignedVisit::amended, this, &Workspace::refreshLists);
    m_signedVisit = opened;
    Q_EMIT signedVisitChanged();
    return true;
}

void Workspace::closeSigned()
{
    if (!m_signedVisit)
        return;
    SignedVisit *old = m_signedVisit;
    old->detach();
    m_signedVisit = nullptr;
    Q_EMIT signedVisitChanged();
    old->deleteLater();
}

void Workspace::clearSignError()
{
    if (m_signError.isEmpty())
        return;
    m_signError.clear();
    Q_EMIT signingChanged();
}

void Workspace::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void Workspace::setVisit(VisitController *visit)
{
    if (visit == m_visit)
        return;
    m_visit = visit;
    Q_EMIT visitChanged();
}

} // namespace hearth
