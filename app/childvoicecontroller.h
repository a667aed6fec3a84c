#pragma once

#include "childdrawing.h"
#include "childpicktarget.h"
#include "childvoice/childvoicedraft.h"
#include "draftautosave.h"

#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The one child-voice session open on the session page: every answer the page binds to as a
// typed property, the plain-language nudges for the practitioner's own text (never for the
// child's words or answers) and what is still missing before it can be signed. The child's
// words and the scaling questions are lists the page adds to; their `quotes` and `scales`
// change only when an entry is added or removed, so typing into one never rebuilds the others.
// Each change is autosaved within 250 ms; flush() writes at once (lock, background, close).
// After detach() (the vault is about to close) it keeps nothing it read.
class ChildVoiceController : public hearth::ChildPickTarget
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString sessionId READ sessionId CONSTANT)
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString place READ place WRITE setPlace NOTIFY contentChanged)
    Q_PROPERTY(QString placeDetail READ placeDetail WRITE setPlaceDetail NOTIFY contentChanged)
    // Lists typed one entry per line: who else was there, the three houses, who the child trusts.
    Q_PROPERTY(
        QString othersPresent READ othersPresent WRITE setOthersPresent NOTIFY contentChanged)
    // -1 not answered, 0 no, 1 yes.
    Q_PROPERTY(int seenAlone READ seenAlone WRITE setSeenAlone NOTIFY contentChanged)
    Q_PROPERTY(QString notSeenAloneReason READ notSeenAloneReason WRITE setNotSeenAloneReason NOTIFY
            contentChanged)
    // [{text, context, time}] with time as hh:mm local.
    Q_PROPERTY(QVariantList quotes READ quotes NOTIFY quotesChanged)
    Q_PROPERTY(QString worries READ worries WRITE setWorries NOTIFY contentChanged)
    Q_PROPERTY(QString goodThings READ goodThings WRITE setGoodThings NOTIFY contentChanged)
    Q_PROPERTY(QString dreams READ dreams WRITE setDreams NOTIFY contentChanged)
    // [{question, number, reason}], number -1 while not answered.
    Q_PROPERTY(QVariantList scales READ scales NOTIFY scalesChanged)
    Q_PROPERTY(QString trusts READ trusts WRITE setTrusts NOTIFY contentChanged)
    Q_PROPERTY(QString betterIf READ betterIf WRITE setBetterIf NOTIFY contentChanged)
    Q_PROPERTY(QString viewOfPlan READ viewOfPlan WRITE setViewOfPlan NOTIFY contentChanged)
    Q_PROPERTY(QString practitionerWillDo READ practitionerWillDo WRITE setPractitionerWillDo NOTIFY
            contentChanged)
    Q_PROPERTY(
        QString childToldNext READ childToldNext WRITE setChildToldNext NOTIFY contentChanged)
    // What the child made in child mode, shown back as the child's own: the drawing (for a
    // read-only ChildCanvas) and {worries, goodThings, dreams: [{picture, words}], scales:
    // [{scale, value}]}.
    Q_PROPERTY(bool hasContribution READ hasContribution NOTIFY contributionChanged)
    Q_PROPERTY(hearth::ChildDrawing *childDrawing READ childDrawing CONSTANT)
    Q_PROPERTY(QVariantMap childMade READ childMade NOTIFY contributionChanged)
    // [{id, label}] for ChildVoiceBody::places().
    Q_PROPERTY(QVariantList places READ places CONSTANT)
    // [{phrase, nudge}] over the practitioner's own free text.
    Q_PROPERTY(QVariantList nudges READ nudges NOTIFY contentChanged)
    // What still stops signing, in words; empty when it can be signed.
    Q_PROPERTY(QString missing READ missing NOTIFY contentChanged)

public:
    ChildVoiceController(VisitServices &services, ChildVoiceDraft draft, QObject *parent = nullptr);

    QString sessionId() const { return m_draft.id; }
    QString childId() const { return m_draft.childId; }
    QString childName() const override { return m_childName; }
    QString errorText() const override { return m_autosave.errorText(); }
    QString place() const { return m_draft.place; }
    QString placeDetail() const { return m_draft.placeDetail; }
    QString othersPresent() const { return m_draft.othersPresent.join(u'\n'); }
    int seenAlone() const;
    QString notSeenAloneReason() const { return m_draft.notSeenAloneReason; }
    QVariantList quotes() const;
    QString worries() const { return m_draft.houses[0].join(u'\n'); }
    QString goodThings() const { return m_draft.houses[1].join(u'\n'); }
    QString dreams() const { return m_draft.houses[2].join(u'\n'); }
    QVariantList scales() const;
    QString trusts() const { return m_draft.trusts.join(u'\n'); }
    QString betterIf() const { return m_draft.betterIf; }
    QString viewOfPlan() const { return m_draft.viewOfPlan; }
    QString practitionerWillDo() const { return m_draft.practitionerWillDo; }
    QString childToldNext() const { return m_draft.childToldNext; }
    bool hasContribution() const { return !m_draft.childContribution.isNull(); }
    ChildDrawing *childDrawing() const { return m_childDrawing; }
    QVariantMap childMade() const;
    QVariantList places() const;
    QVariantList nudges() const;
    QString missing() const;

    void setPlace(const QString &id);
    void setPlaceDetail(const QString &text);
    void setOthersPresent(const QString &lines);
    void setSeenAlone(int answer);
    void setNotSeenAloneReason(const QString &text);
    void setWorries(const QString &lines);
    void setGoodThings(const QString &lines);
    void setDreams(const QString &lines);
    void setTrusts(const QString &lines);
    void setBetterIf(const QString &text);
    void setViewOfPlan(const QString &text);
    void setPractitionerWillDo(const QString &text);
    void setChildToldNext(const QString &text);

    bool chooseChild(const QString &childId) override;
    bool describeChild(const QString &name, const QString &yearGroup) override;

    // The child's words, stamped with the time they are written down. Out-of-range indexes
    // change nothing and return false.
    Q_INVOKABLE void addQuote();
    Q_INVOKABLE bool setQuoteText(int index, const QString &text);
    Q_INVOKABLE bool setQuoteContext(int index, const QString &text);
    Q_INVOKABLE bool removeQuote(int index);
    Q_INVOKABLE void addScale();
    Q_INVOKABLE bool setScaleQuestion(int index, const QString &text);
    // 0 to 10; anything else is refused.
    Q_INVOKABLE bool setScaleNumber(int index, int number);
    Q_INVOKABLE bool setScaleReason(int index, const QString &text);
    Q_INVOKABLE bool removeScale(int index);

    // Child mode keeps what the child makes here as they make it (ChildModeController::Keep);
    // a contribution with nothing in it (the child made nothing) leaves the session without one.
    void keepChildContribution(const JsonValue &contribution);

    const ChildVoiceDraft &draft() const { return m_draft; }
    QuickDraftStore<ChildVoiceDraft> &store() { return m_autosave.store(); }
    void flush();
    void detach();
    // After signing: the draft is gone, so nothing may save it again.
    void forgetSigned();

Q_SIGNALS:
    void contentChanged();
    void quotesChanged();
    void scalesChanged();
    void contributionChanged();

private:
    void changed();
    void setLines(QStringList &list, const QString &lines);
    void setText(QString &field, const QString &text);
    void showContribution();

    VisitServices *m_services;
    ChildVoiceDraft m_draft;
    DraftAutosave<ChildVoiceDraft> m_autosave;
    QString m_childName;
    ChildDrawing *m_childDrawing;
};

} // namespace hearth
