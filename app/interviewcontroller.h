#pragma once

#include "draftautosave.h"
#include "missing/episodelist.h"
#include "missing/interviewdraft.h"
#include "youngpersonrecord.h"

#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The one return home interview open: which of the young person's episodes it follows (their
// most recent first), the 72 hours it is due in said in plain words, when it was offered and by
// whom, whether it was done, declined or not offered and why, what the young person said in
// their own words, what adults learnt as exploitation context, and what happens next. Each
// change is autosaved within 250 ms; after detach() it keeps nothing it read.
class InterviewController : public hearth::YoungPersonRecord
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString interviewId READ interviewId CONSTANT)
    // [{id, label, detail, interviewed}]: the young person's signed episodes, most recent first.
    Q_PROPERTY(QVariantList episodes READ episodes NOTIFY childChanged)
    Q_PROPERTY(QString episodeId READ episodeId NOTIFY contentChanged)
    // When the chosen episode's 72 hours end, and whether the interview is (or was) in time.
    Q_PROPERTY(QString deadline READ deadline NOTIFY contentChanged)
    Q_PROPERTY(bool late READ late NOTIFY contentChanged)
    // "done", "declined", "not-offered" or "" while not chosen.
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY contentChanged)
    Q_PROPERTY(QString offeredDate READ offeredDate NOTIFY contentChanged)
    Q_PROPERTY(QString offeredTime READ offeredTime NOTIFY contentChanged)
    Q_PROPERTY(QString heldDate READ heldDate NOTIFY contentChanged)
    Q_PROPERTY(QString heldTime READ heldTime NOTIFY contentChanged)
    Q_PROPERTY(QString byRole READ byRole WRITE setByRole NOTIFY contentChanged)
    Q_PROPERTY(QString byAgency READ byAgency WRITE setByAgency NOTIFY contentChanged)
    // -1 not answered, 0 no, 1 yes: independent of the young person's case.
    Q_PROPERTY(int independent READ independent WRITE setIndependent NOTIFY contentChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY contentChanged)
    Q_PROPERTY(QString childsWords READ childsWords WRITE setChildsWords NOTIFY contentChanged)
    Q_PROPERTY(QString actions READ actions WRITE setActions NOTIFY contentChanged)

public:
    InterviewController(VisitServices &services, InterviewDraft draft, QObject *parent = nullptr);

    QString interviewId() const { return m_draft.id; }
    QString childId() const override { return m_draft.childId; }
    QVariantList episodes() const;
    QString episodeId() const { return m_draft.episodeId; }
    QString deadline() const;
    bool late() const;
    QString status() const { return m_draft.status; }
    QString offeredDate() const { return shown(m_offered, m_draft.offeredAt).date; }
    QString offeredTime() const { return shown(m_offered, m_draft.offeredAt).time; }
    QString heldDate() const { return shown(m_held, m_draft.heldAt).date; }
    QString heldTime() const { return shown(m_held, m_draft.heldAt).time; }
    QString byRole() const { return m_draft.byRole; }
    QString byAgency() const { return m_draft.byAgency; }
    int independent() const;
    QString reason() const { return m_draft.reason; }
    QString childsWords() const { return m_draft.childsWords; }
    QString actions() const { return m_draft.actions; }
    QString errorText() const override { return m_autosave.errorText(); }

    void setStatus(const QString &status);
    void setByRole(const QString &text) { setText(m_draft.byRole, text); }
    void setByAgency(const QString &text) { setText(m_draft.byAgency, text); }
    void setIndependent(int answer);
    void setReason(const QString &text) { setText(m_draft.reason, text); }
    void setChildsWords(const QString &text) { setText(m_draft.childsWords, text); }
    void setActions(const QString &text) { setText(m_draft.actions, text); }

    // One of the young person's signed episodes, by record id; false for any other id.
    Q_INVOKABLE bool chooseEpisode(const QString &episodeId);
    // Local date (ISO) and time (hh:mm); kept as typed until both are there.
    Q_INVOKABLE void setOffered(const QString &date, const QString &time)
    {
        setMoment(m_offered, m_draft.offeredAt, date, time);
    }
    Q_INVOKABLE void setHeld(const QString &date, const QString &time)
    {
        setMoment(m_held, m_draft.heldAt, date, time);
    }

    const InterviewDraft &draft() const { return m_draft; }
    QuickDraftStore<InterviewDraft> &store() { return m_autosave.store(); }
    void flush() { m_autosave.flush(); }
    void detach();
    void forgetSigned();

private:
    void adoptChild(const QString &childId) override;
    void setErrorText(const QString &text) override { m_autosave.setErrorText(text); }
    void changed() override;
    QList<ExploitationIndicator> &indicatorList() override { return m_draft.indicators; }
    const QList<ExploitationIndicator> &indicatorList() const override
    {
        return m_draft.indicators;
    }
    JsonValue body() const override { return m_draft.body(); }
    std::optional<YoungPersonRefusal> refusal() const override;
    void loadEpisodes();
    const EpisodeSummary *chosenEpisode() const;

    InterviewDraft m_draft;
    DraftAutosave<InterviewDraft> m_autosave;
    QList<EpisodeSummary> m_episodes;
    Moment m_offered;
    Moment m_held;
};

} // namespace hearth
