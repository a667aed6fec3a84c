#pragma once

#include "draftautosave.h"
#include "missing/missingdraft.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The one going-missing episode open: every answer the page binds to, the exploitation
// indicators as observations, the plain-language nudges for every adult's free text (never
// for the young person's words) and what still stops signing, with the field to fix. Each
// change is autosaved within 250 ms like a concern; after detach() it keeps nothing it read.
class MissingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString episodeId READ episodeId CONSTANT)
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    // Local date (ISO) and time (hh:mm) of when they went and came back; "" while not known.
    Q_PROPERTY(QString missingFromDate READ missingFromDate NOTIFY contentChanged)
    Q_PROPERTY(QString missingFromTime READ missingFromTime NOTIFY contentChanged)
    Q_PROPERTY(QString returnedDate READ returnedDate NOTIFY contentChanged)
    Q_PROPERTY(QString returnedTime READ returnedTime NOTIFY contentChanged)
    Q_PROPERTY(QString today READ today CONSTANT)
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
    // [{indicator, label, observed, source}] in the order they were added.
    Q_PROPERTY(QVariantList indicators READ indicators NOTIFY indicatorsChanged)
    // [{id, label, descriptor}]: the kinds of indicator, worded as what adults observe.
    Q_PROPERTY(QVariantList indicatorKinds READ indicatorKinds CONSTANT)
    Q_PROPERTY(QVariantList nudges READ nudges NOTIFY contentChanged)
    // What still stops signing, in words, and the field it is about ("whereFound",
    // "indicator:0:source"); both empty when it can be signed.
    Q_PROPERTY(QString missing READ missing NOTIFY contentChanged)
    Q_PROPERTY(QString missingField READ missingField NOTIFY contentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    MissingController(VisitServices &services, MissingDraft draft, QObject *parent = nullptr);

    QString episodeId() const { return m_draft.id; }
    QString childId() const { return m_draft.childId; }
    QString childName() const { return m_childName; }
    QString missingFromDate() const;
    QString missingFromTime() const;
    QString returnedDate() const;
    QString returnedTime() const;
    QString today() const;
    int reportedToPolice() const;
    QString policeReference() const { return m_draft.policeReference; }
    QString whereFound() const { return m_draft.whereFound; }
    QString whoWith() const { return m_draft.whoWith; }
    QString howReturned() const { return m_draft.howReturned; }
    QString harmNoticed() const { return m_draft.harmNoticed; }
    QString childsWords() const { return m_draft.childsWords; }
    QVariantList indicators() const;
    QVariantList indicatorKinds() const;
    QVariantList nudges() const;
    QString missing() const;
    QString missingField() const;
    QString errorText() const { return m_autosave.errorText(); }

    void setReportedToPolice(int answer);
    void setPoliceReference(const QString &text);
    void setWhereFound(const QString &text);
    void setWhoWith(const QString &text);
    void setHowReturned(const QString &text);
    void setHarmNoticed(const QString &text);
    void setChildsWords(const QString &text);

    // A young person from the caseload, by id; false (and nothing changed) for an unknown id.
    Q_INVOKABLE bool chooseChild(const QString &childId);
    // Local date (ISO) and time (hh:mm); kept as typed until both are there.
    Q_INVOKABLE void setMissingFrom(const QString &date, const QString &time);
    Q_INVOKABLE void setReturned(const QString &date, const QString &time);
    Q_INVOKABLE void addIndicator(const QString &kind);
    Q_INVOKABLE void setIndicatorObserved(int index, const QString &text);
    Q_INVOKABLE void setIndicatorSource(int index, const QString &text);
    Q_INVOKABLE void removeIndicator(int index);

    const MissingDraft &draft() const { return m_draft; }
    QuickDraftStore<MissingDraft> &store() { return m_autosave.store(); }
    void flush();
    void detach();
    void forgetSigned();

Q_SIGNALS:
    void childChanged();
    void contentChanged();
    void indicatorsChanged();
    void errorTextChanged();

private:
    struct Moment
    {
        QString date;
        QString time;
    };
    void setMoment(Moment &typed, QString &utc, const QString &date, const QString &time);
    Moment shown(const Moment &typed, const QString &utc) const;
    void setText(QString &member, const QString &text);
    void changed();

    VisitServices *m_services;
    MissingDraft m_draft;
    DraftAutosave<MissingDraft> m_autosave;
    QString m_childName;
    Moment m_from;
    Moment m_back;
};

} // namespace hearth
