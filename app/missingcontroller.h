#pragma once

#include "draftautosave.h"
#include "missing/missingdraft.h"
#include "youngpersonrecord.h"

#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The one going-missing episode open: when the young person went and came back, the police,
// where they were found, with whom and how they came back. Each change is autosaved within
// 250 ms like a concern; after detach() it keeps nothing it read.
class MissingController : public hearth::YoungPersonRecord
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString episodeId READ episodeId CONSTANT)
    // Local date (ISO) and time (hh:mm) of when they went and came back; "" while not known.
    Q_PROPERTY(QString missingFromDate READ missingFromDate NOTIFY contentChanged)
    Q_PROPERTY(QString missingFromTime READ missingFromTime NOTIFY contentChanged)
    Q_PROPERTY(QString returnedDate READ returnedDate NOTIFY contentChanged)
    Q_PROPERTY(QString returnedTime READ returnedTime NOTIFY contentChanged)
    // -1 not answered, 0 no, 1 yes.
    Q_PROPERTY(
        int reportedToPolice READ reportedToPolice WRITE setReportedToPolice NOTIFY contentChanged)
    Q_PROPERTY(
        QString policeReference READ policeReference WRITE setPoliceReference NOTIFY contentChanged)
    Q_PROPERTY(QString whereFound READ whereFound WRITE setWhereFound NOTIFY contentChanged)
    Q_PROPERTY(QString whoWith READ whoWith WRITE setWhoWith NOTIFY contentChanged)
    Q_PROPERTY(QString howReturned READ howReturned WRITE setHowReturned NOTIFY contentChanged)
    Q_PROPERTY(QString harmNoticed READ harmNoticed WRITE setHarmNoticed NOTIFY contentChanged)
    Q_PROPERTY(QString childsWords READ childsWords WRITE setChildsWords NOTIFY contentChanged)

public:
    MissingController(VisitServices &services, MissingDraft draft, QObject *parent = nullptr);

    QString episodeId() const { return m_draft.id; }
    QString childId() const override { return m_draft.childId; }
    QString missingFromDate() const { return shown(m_from, m_draft.missingFrom).date; }
    QString missingFromTime() const { return shown(m_from, m_draft.missingFrom).time; }
    QString returnedDate() const { return shown(m_back, m_draft.returned).date; }
    QString returnedTime() const { return shown(m_back, m_draft.returned).time; }
    int reportedToPolice() const;
    QString policeReference() const { return m_draft.policeReference; }
    QString whereFound() const { return m_draft.whereFound; }
    QString whoWith() const { return m_draft.whoWith; }
    QString howReturned() const { return m_draft.howReturned; }
    QString harmNoticed() const { return m_draft.harmNoticed; }
    QString childsWords() const { return m_draft.childsWords; }
    QString errorText() const override { return m_autosave.errorText(); }

    void setReportedToPolice(int answer);
    void setPoliceReference(const QString &text) { setText(m_draft.policeReference, text); }
    void setWhereFound(const QString &text) { setText(m_draft.whereFound, text); }
    void setWhoWith(const QString &text) { setText(m_draft.whoWith, text); }
    void setHowReturned(const QString &text) { setText(m_draft.howReturned, text); }
    void setHarmNoticed(const QString &text) { setText(m_draft.harmNoticed, text); }
    void setChildsWords(const QString &text) { setText(m_draft.childsWords, text); }

    // Local date (ISO) and time (hh:mm); kept as typed until both are there.
    Q_INVOKABLE void setMissingFrom(const QString &date, const QString &time)
    {
        setMoment(m_from, m_draft.missingFrom, date, time);
    }
    Q_INVOKABLE void setReturned(const QString &date, const QString &time)
    {
        setMoment(m_back, m_draft.returned, date, time);
    }

    const MissingDraft &draft() const { return m_draft; }
    QuickDraftStore<MissingDraft> &store() { return m_autosave.store(); }
    void flush() { m_autosave.flush(); }
    void detach();
    void forgetSigned();

private:
    void adoptChild(const QString &childId) override { m_draft.childId = childId; }
    void setErrorText(const QString &text) override { m_autosave.setErrorText(text); }
    void changed() override;
    QList<ExploitationIndicator> &indicatorList() override { return m_draft.indicators; }
    const QList<ExploitationIndicator> &indicatorList() const override
    {
        return m_draft.indicators;
    }
    JsonValue body() const override { return m_draft.body(); }
    std::optional<YoungPersonRefusal> refusal() const override;

    MissingDraft m_draft;
    DraftAutosave<MissingDraft> m_autosave;
    Moment m_from;
    Moment m_back;
};

} // namespace hearth
