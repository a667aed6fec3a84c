#pragma once

#include "caseloadflags.h"
#include "caseloadlistmodel.h"
#include "childmode.h"
#include "childvoicecontroller.h"
#include "chronologymodel.h"
#include "common/clock.h"
#include "concerncontroller.h"
#include "draftlistmodel.h"
#include "household/lifeeventsigning.h"
#include "householdcontroller.h"
#include "interviewcontroller.h"
#include "missingcontroller.h"
#include "rolesettings.h"
#include "signedvisit.h"
#include "sincelastvisitpanel.h"
#include "visitcontroller.h"
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <memory>
#include <optional>
#include <type_traits>

namespace hearth {

class ChronologyRecords;
class PositionProvider;
class SessionController;
class VisitServices;

// The practitioner's work while Hearth is unlocked: the caseload, the visits in progress and
// signed, the one visit open in the wizard or read-only, and signing. It builds VisitServices
// when the session unlocks and, on aboutToLock, saves the open draft and destroys everything
// read from the vault before the vault closes; the list models stay (QML binds to them) but
// are emptied. QML reaches it as the singleton `Workspace`.
class Workspace : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool ready READ ready NOTIFY readyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString author READ author NOTIFY authorChanged)
    Q_PROPERTY(QString signerName READ signerName NOTIFY authorChanged)
    Q_PROPERTY(hearth::CaseloadListModel *caseload READ caseload CONSTANT)
    Q_PROPERTY(hearth::DraftListModel *drafts READ drafts CONSTANT)
    Q_PROPERTY(hearth::DraftListModel *signedVisits READ signedVisits CONSTANT)
    Q_PROPERTY(hearth::VisitController *visit READ visit NOTIFY visitChanged)
    Q_PROPERTY(hearth::SignedVisit *signedVisit READ signedVisit NOTIFY signedVisitChanged)
    Q_PROPERTY(hearth::ConcernController *concern READ concern NOTIFY concernChanged)
    // What is new about the open visit's child since the practitioner's last visit.
    Q_PROPERTY(hearth::SinceLastVisitPanel *sinceLastVisit READ sinceLastVisit CONSTANT)
    // Concerns started and not yet signed on this tablet.
    Q_PROPERTY(int openConcerns READ openConcerns NOTIFY concernChanged)
    // The going-missing episode open (workspacemissing.cpp), or null, and those not yet signed.
    Q_PROPERTY(hearth::MissingController *missing READ missing NOTIFY missingChanged)
    Q_PROPERTY(int openEpisodes READ openEpisodes NOTIFY missingChanged)
    // The return home interview open (workspaceinterview.cpp), or null, and those not yet signed.
    Q_PROPERTY(hearth::InterviewController *interview READ interview NOTIFY interviewChanged)
    Q_PROPERTY(int openInterviews READ openInterviews NOTIFY interviewChanged)
    // The household and child profile open in its editor (workspacehousehold.cpp).
    Q_PROPERTY(hearth::HouseholdController *household READ household NOTIFY householdChanged)
    Q_PROPERTY(bool signing READ signing NOTIFY signingChanged)
    Q_PROPERTY(QString signError READ signError NOTIFY signingChanged)
    Q_PROPERTY(hearth::RoleSettings *roles READ roles CONSTANT)
    // The one child's chronology open (workspacechronology.cpp), or null.
    Q_PROPERTY(hearth::ChronologyModel *chronology READ chronology NOTIFY chronologyChanged)
    // Child mode, while the child has the tablet (workspacechildmode.cpp), or null.
    Q_PROPERTY(hearth::ChildModeController *childMode READ childMode NOTIFY childModeChanged)
    // The one child-voice session open (workspacechildvoice.cpp), or null.
    Q_PROPERTY(hearth::ChildVoiceController *childVoice READ childVoice NOTIFY childVoiceChanged)
    // Child-voice sessions started and not yet signed on this tablet.
    Q_PROPERTY(int openChildVoiceSessions READ openChildVoiceSessions NOTIFY childVoiceChanged)

public:
    // Every time a visit records comes from `clock` (tests move it by hand).
    Workspace(SessionController &session, PositionProvider *position, QObject *parent = nullptr,
        const Clock &clock = Clock::system());
    ~Workspace() override;

    // Until enrolment gives every device its practitioner, records are signed by this id.
    static QString defaultAuthor() { return QStringLiteral("practitioner"); }
    // The enrolled practitioner's id, which signs every record from then on, and the name
    // the agency gave with it, which the screens show in its place.
    void setAuthor(const QString &author, const QString &name = {});
    // Who a record's author id is, in words for the screen: the enrolled practitioner's name,
    // or for records signed before enrolment, the practitioner on this tablet (the id alone
    // would be an untranslated word). Any other author is shown by id, as the agency knows it.
    QString nameOf(const QString &author) const;
    QString signerName() const { return nameOf(m_author); }

    bool ready() const { return m_services != nullptr; }
    QString errorText() const { return m_errorText; }
    QString author() const { return m_author; }
    CaseloadListModel *caseload() const { return m_caseload; }
    DraftListModel *drafts() const { return m_drafts; }
    DraftListModel *signedVisits() const { return m_signed; }
    VisitController *visit() const { return m_visit; }
    SignedVisit *signedVisit() const { return m_signedVisit; }
    ConcernController *concern() const { return m_concern; }
    RoleSettings *roles() const { return m_roles; }
    int openConcerns() const;
    MissingController *missing() const { return m_missing; }
    int openEpisodes() const;
    InterviewController *interview() const { return m_interview; }
    int openInterviews() const;
    bool signing() const { return m_signing; }
    QString signError() const { return m_signError; }
    VisitServices *services() const { return m_services.get(); }
    ChronologyModel *chronology() const { return m_chronology; }

    // A new draft for the child, opened on step 1.
    // Today's date (ISO, local) by the injected clock: where a calendar opens.
    Q_INVOKABLE QString today() const;
    Q_INVOKABLE bool startVisit(const QString &childId);
    Q_INVOKABLE bool openDraft(const QString &draftId);
    Q_INVOKABLE void closeVisit();
    // Removes a draft for good (QML asks for confirmation first).
    Q_INVOKABLE bool discardDraft(const QString &draftId);
    // A child not yet on the agency's caseload, created on this tablet. Dates as YYYY-MM-DD;
    // an unborn child has no date of birth and may have an expected date. Returns the new
    // child's id, or an empty string with `errorText` set.
    Q_INVOKABLE QString addChild(const QString &givenName, const QString &familyName,
        const QString &dateOfBirth, const QString &expectedDate);
    Q_INVOKABLE bool openSigned(const QString &recordId);
    Q_INVOKABLE void closeSigned();
    // Sign and finish: confirms the passcode off the UI thread, then signs the open visit,
    // stores it and marks the draft complete. signed() or signError tell how it went.
    Q_INVOKABLE void sign(const QString &passcode);
    Q_INVOKABLE void clearSignError();
    // The quick concern log (workspaceconcern.cpp): a new concern, or the newest one not yet
    // signed; closing saves it. signConcern() confirms the passcode like sign() and then signs
    // the open concern; concernSigned() or signError tell how it went.
    Q_INVOKABLE bool startConcern();
    Q_INVOKABLE bool resumeConcern();
    Q_INVOKABLE void closeConcern();
    Q_INVOKABLE void signConcern(const QString &passcode);
    // A going-missing episode, like a concern: a new one or the newest unsigned one; closing
    // saves it; signing confirms the passcode, then missingSigned() or signError.
    Q_INVOKABLE bool startMissing();
    Q_INVOKABLE bool resumeMissing();
    Q_INVOKABLE void closeMissing();
    Q_INVOKABLE void signMissing(const QString &passcode);
    // A return home interview: a new one, for a young person and one of their signed episodes
    // when known (from the episode in their chronology), else chosen on the page; or the newest
    // unsigned one. Signing confirms the passcode, then interviewSigned() or signError.
    Q_INVOKABLE bool startInterview(const QString &childId = {}, const QString &episodeId = {});
    Q_INVOKABLE bool resumeInterview();
    Q_INVOKABLE void closeInterview();
    Q_INVOKABLE void signInterview(const QString &passcode);
    Q_INVOKABLE void refreshLists();
    // The household editor (workspacehousehold.cpp): opens the child's profile with any unsaved
    // changes kept from before a lock; closing drops the changes; saveHousehold() confirms the
    // passcode like sign() and signs one profile-change record; householdSaved() or signError
    // tell how it went.
    HouseholdController *household() const { return m_household; }
    Q_INVOKABLE bool openHousehold(const QString &childId);
    Q_INVOKABLE void closeHousehold();
    Q_INVOKABLE void saveHousehold(const QString &passcode);
    // A life event for the open household's child (its own signed record, not part of the
    // profile): checked, then the passcode confirmed like sign(); lifeEventRecorded() or
    // signError tell how it went. The household stays open with its changes.
    Q_INVOKABLE void recordLifeEvent(const QString &type, const QString &happenedOn,
        bool wholeHousehold, const QString &adultId, const QString &note, const QString &source,
        const QString &passcode);
    // What the visit's "who is here" step asks about from the signed profile: {otherChildren:
    // [name], adultsNotSeen: [name]} (adults recorded but never seen or spoken to).
    Q_INVOKABLE QVariantMap householdAtVisit(const QString &childId) const;
    // Pattern flags (workspaceflags.cpp). Acknowledging confirms the passcode like sign(), then
    // signs an acknowledgement of exactly the child's open flag of `ruleId` about `subject`
    // (one adult among two new ones, one kind of concern) with the note; flagAcknowledged() or
    // signError tell how it went.
    Q_INVOKABLE void acknowledgeFlag(const QString &childId, const QString &ruleId,
        const QString &subject, const QString &note, const QString &passcode);
    // The child's open flags of `ruleId` as they stand now, for the practitioner to choose
    // which one to acknowledge: [{subject, text}], the text in the practitioner's language.
    Q_INVOKABLE QVariantList openFlags(const QString &childId, const QString &ruleId) const;
    CaseloadFlags *flags() const { return m_flags; }
    SinceLastVisitPanel *sinceLastVisit() const { return m_since; }
    // A child's chronology and flags (workspacechronology.cpp): opened at once and filled when
    // the records are read; closing returns to the page it was opened from.
    Q_INVOKABLE bool openChronology(const QString &childId);
    Q_INVOKABLE void closeChronology();
    // Hands the tablet to the child (workspacechildmode.cpp): child mode for a child on the
    // caseload, carrying on from `contribution` when it is one (a draft reopened); what the
    // child makes goes to `keep` after every change and on leaving. Child mode ends only with
    // the practitioner's passcode (ChildModeController::leave) or a full lock.
    ChildModeController *childMode() const { return m_childMode; }
    bool openChildMode(
        const QString &childId, const JsonValue &contribution, ChildModeController::Keep keep);
    // Child-voice sessions (workspacechildvoice.cpp), like the concern log: a new session, or
    // the newest one not yet signed; closing saves it; signing confirms the passcode first and
    // childVoiceSigned() or signError tell how it went.
    ChildVoiceController *childVoice() const { return m_childVoice; }
    int openChildVoiceSessions() const;
    Q_INVOKABLE bool startChildVoice();
    Q_INVOKABLE bool resumeChildVoice();
    Q_INVOKABLE void closeChildVoice();
    Q_INVOKABLE void signChildVoice(const QString &passcode);
    // Hands the tablet to the session's child: child mode carries on from what the child made
    // before and keeps it in the session's draft; false (with errorText) when it cannot open.
    Q_INVOKABLE bool handChildVoiceToChild();

public Q_SLOTS:
    // Saves the open draft now (going to the background, lock).
    void flush();
    // A caseload page arrived: agency summaries and children change what the patterns see.
    void caseloadArrived();
    // Judges the flags again when the injected clock's day is not the day they were judged on.
    void checkDay();

Q_SIGNALS:
    void readyChanged();
    void authorChanged();
    void errorTextChanged();
    void visitChanged();
    void signedVisitChanged();
    void signingChanged();
    void visitSigned(const QString &recordId);
    void concernChanged();
    void concernSigned(const QString &recordId);
    void missingChanged();
    void missingSigned(const QString &recordId);
    void interviewChanged();
    void interviewSigned(const QString &recordId);
    void householdChanged();
    void householdSaved(const QString &recordId);
    void lifeEventRecorded(const QString &recordId);
    void flagAcknowledged(const QString &childId, const QString &recordId);
    void chronologyChanged();
    void childModeChanged();
    void childVoiceChanged();
    void childVoiceSigned(const QString &recordId);

private:
    void open();
    void close();
    void setErrorText(const QString &text);
    void setVisit(VisitController *visit);
    // Signing asks for the passcode first (the PIN never signs): marks signing under way, checks
    // the passcode off the UI thread, then runs `finish` with the error, if any.
    void confirmPasscodeThen(const QString &passcode, void (Workspace::*finish)(const QString &));
    void finishSigning(const QString &passcodeError);
    // The content pack in use, which a record that keeps no pack of its own is signed with.
    Envelope::PackRef currentPack() const;
    bool openConcern(const QString &concernId);
    void setConcern(ConcernController *concern);
    void finishConcernSigning(const QString &passcodeError);
    bool openMissing(const QString &episodeId);
    void setMissing(MissingController *missing);
    void finishMissingSigning(const QString &passcodeError);
    bool openInterview(const QString &interviewId);
    void setInterview(InterviewController *interview);
    void finishInterviewSigning(const QString &passcodeError);
    void setHousehold(HouseholdController *household);
    void finishHouseholdSaving(const QString &passcodeError);
    void finishLifeEvent(const QString &passcodeError);
    // Judges the caseload's flags off the UI thread when a record was signed since the last
    // judgement, or always with `force`.
    void judgeFlags(bool force);
    void finishAcknowledging(const QString &passcodeError);
    void loadSinceLastVisit();
    void loadChronology();
    void forgetChronology();
    void closeChildMode();
    bool openChildVoice(const QString &sessionId);
    void setChildVoice(ChildVoiceController *session);
    void finishChildVoiceSigning(const QString &passcodeError);
    // Lets a controller go: `leave` (detach, flush or forgetSigned) first, then QML loses it
    // through `set`, and it is deleted once QML has let go of it.
    template<typename Controller, typename Result>
    void retire(std::type_identity_t<Controller> *controller, void (Workspace::*set)(Controller *),
        Result (Controller::*leave)());
    // How many drafts of a quick record's kind are not yet signed.
    template<typename Draft> int unsignedCount() const;
    // Opens a stored draft in a new controller of its kind, once the one open is saved and
    // closed; `couldNotOpen` says why not, %1 being the reason.
    template<typename Controller>
    bool openQuick(std::type_identity_t<Controller> *current, void (Workspace::*set)(Controller *),
        const QString &draftId, const QString &couldNotOpen);
    // The newest unsigned draft of a kind through `reopen`, or a new one through `start`.
    template<typename Draft, typename Start>
    bool resumeQuick(Start start, bool (Workspace::*reopen)(const QString &));
    // The passcode check every quick record's signing starts with; the passcode is not asked
    // for while the body rules still refuse the draft.
    template<typename Controller>
    void signDraft(std::type_identity_t<Controller> *controller, const QString &passcode,
        void (Workspace::*finish)(const QString &));
    // The signing once the passcode is checked: the record's id, or nothing with the reason in
    // m_signError. `closed`: the words for a draft closed (or locked) while the passcode was
    // checked; `pack`: for a kind that does not keep its own pack.
    template<typename Controller>
    std::optional<QString> finishDraftSigning(std::type_identity_t<Controller> *controller,
        void (Workspace::*set)(Controller *), const QString &passcodeError, const QString &closed,
        const Envelope::PackRef &pack = {});

    SessionController &m_session;
    QPointer<PositionProvider> m_position;
    const Clock &m_clock;
    std::unique_ptr<VisitServices> m_services;
    QString m_author = defaultAuthor();
    QString m_authorName;
    QString m_errorText;
    CaseloadListModel *m_caseload;
    DraftListModel *m_drafts;
    DraftListModel *m_signed;
    QPointer<VisitController> m_visit;
    QPointer<SignedVisit> m_signedVisit;
    QPointer<ConcernController> m_concern;
    QPointer<MissingController> m_missing;
    QPointer<InterviewController> m_interview;
    QPointer<HouseholdController> m_household;
    QPointer<ChildVoiceController> m_childVoice;
    bool m_signing = false;
    RoleSettings *m_roles = nullptr;
    QString m_signError;
    LifeEventDraft m_lifeEvent; // waiting for its passcode check
    CaseloadFlags *m_flags;
    SinceLastVisitPanel *m_since;
    QTimer m_dayCheck;
    struct PendingAcknowledgement
    {
        QString childId;
        QString ruleId;
        QString subject;
        QString note;
    } m_acknowledging;
    QPointer<ChronologyModel> m_chronology;
    QPointer<ChildModeController> m_childMode;
    ChronologyRecords *m_chronologyRecords = nullptr; // only while unlocked
};

} // namespace hearth
