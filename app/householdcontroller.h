#pragma once

#include "household/childprofile.h"
#include "household/profiledraftstore.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The household and child profile being edited for one child: the adults with their
// relationship, living arrangement, strengths and known risks; the household's other children;
// the child's health context. It starts from the signed profile (or, before any, from what the
// caseload says) and autosaves every change as a draft in the vault within 250 ms, so nothing is
// lost to a rotation or the idle lock; Workspace::saveHousehold signs it. QML edits through
// typed calls by row index and word id; C++ refuses words and rows it does not know. A
// household has a handful of adults and children, so the lists are plain variant lists.
class HouseholdController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString childId READ childId CONSTANT)
    Q_PROPERTY(QString childName READ childName CONSTANT)
    // [{id, name, relationship, living, parentalResponsibility, caresForChild, seenOn,
    //   strengths: [text], risks: [{kind, source, date, detail}]}]
    Q_PROPERTY(QVariantList adults READ adults NOTIFY contentChanged)
    // [{id, name, dateOfBirth, addedOnTablet}]
    Q_PROPERTY(QVariantList otherChildren READ otherChildren NOTIFY contentChanged)
    Q_PROPERTY(QString disability READ disability WRITE setDisability NOTIFY contentChanged)
    Q_PROPERTY(bool specialNeeds READ specialNeeds WRITE setSpecialNeeds NOTIFY contentChanged)
    Q_PROPERTY(QStringList conditions READ conditions NOTIFY contentChanged)
    Q_PROPERTY(
        QString otherCondition READ otherCondition WRITE setOtherCondition NOTIFY contentChanged)
    // [{name, status, date}]
    Q_PROPERTY(QVariantList reviews READ reviews NOTIFY contentChanged)
    // -1 not recorded, 0 no, 1 yes.
    Q_PROPERTY(int gpRegistered READ gpRegistered WRITE setGpRegistered NOTIFY contentChanged)
    Q_PROPERTY(QString gpPractice READ gpPractice WRITE setGpPractice NOTIFY contentChanged)
    Q_PROPERTY(QString mobility READ mobility WRITE setMobility NOTIFY contentChanged)
    // [{id, label}] in the app's language.
    Q_PROPERTY(QVariantList relationships READ relationships CONSTANT)
    Q_PROPERTY(QVariantList livingArrangements READ livingArrangements CONSTANT)
    Q_PROPERTY(QVariantList riskKinds READ riskKinds CONSTANT)
    Q_PROPERTY(QVariantList conditionKinds READ conditionKinds CONSTANT)
    Q_PROPERTY(QVariantList reviewStatuses READ reviewStatuses CONSTANT)
    Q_PROPERTY(QVariantList mobilityChoices READ mobilityChoices CONSTANT)
    Q_PROPERTY(QVariantList lifeEventTypes READ lifeEventTypes CONSTANT)
    // Whom a life event can concern: "no one adult" (id "") first, then each adult by name.
    Q_PROPERTY(QVariantList lifeEventAdults READ lifeEventAdults NOTIFY contentChanged)
    // What still stops saving, in words; empty when it can be signed.
    Q_PROPERTY(QString missing READ missing NOTIFY contentChanged)
    // Unsaved changes since the signed profile.
    Q_PROPERTY(bool changed READ isChanged NOTIFY contentChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    HouseholdController(VisitServices &services, const QString &childId, QObject *parent = nullptr);

    QString childId() const { return m_profile.childId; }
    QString childName() const { return m_childName; }
    QVariantList adults() const;
    QVariantList otherChildren() const;
    QString disability() const { return m_profile.health.disability; }
    bool specialNeeds() const { return m_profile.health.specialNeeds; }
    QStringList conditions() const;
    QString otherCondition() const;
    QVariantList reviews() const;
    int gpRegistered() const;
    QString gpPractice() const { return m_profile.health.gpPractice; }
    QString mobility() const { return m_profile.health.mobility; }
    static QVariantList relationships();
    static QVariantList livingArrangements();
    static QVariantList riskKinds();
    static QVariantList conditionKinds();
    static QVariantList reviewStatuses();
    static QVariantList mobilityChoices();
    static QVariantList lifeEventTypes();
    QVariantList lifeEventAdults() const;
    QString missing() const;
    bool isChanged() const;
    QString errorText() const { return m_errorText; }

    void setDisability(const QString &text);
    void setSpecialNeeds(bool on);
    void setOtherCondition(const QString &text);
    void setGpRegistered(int answer);
    void setGpPractice(const QString &text);
    void setMobility(const QString &id);

    // A new adult at the end of the list; returns its row.
    Q_INVOKABLE int addAdult(const QString &name);
    Q_INVOKABLE bool removeAdult(int row);
    Q_INVOKABLE bool setAdultName(int row, const QString &name);
    Q_INVOKABLE bool setAdultRelationship(int row, const QString &id);
    Q_INVOKABLE bool setAdultLiving(int row, const QString &id);
    Q_INVOKABLE bool setParentalResponsibility(int row, bool on);
    Q_INVOKABLE bool setCaresForChild(int row, bool on);
    // Seen or spoken to today (the clock's day); false clears it.
    Q_INVOKABLE bool setSeenToday(int row, bool seen);
    Q_INVOKABLE bool addStrength(int row, const QString &text);
    Q_INVOKABLE bool removeStrength(int row, int index);
    // A known risk with where it came from and its date (YYYY-MM-DD, not after today); a risk
    // can be recorded for an adult who is not at this visit. Refused with errorText otherwise.
    Q_INVOKABLE bool addRisk(int row, const QString &kind, const QString &source,
        const QString &date, const QString &detail);
    Q_INVOKABLE bool removeRisk(int row, int index);
    // A brother or sister not on the caseload yet: created on the tablet (in this household)
    // and listed here. Returns the new child's id, or empty with errorText.
    Q_INVOKABLE QString addChild(
        const QString &givenName, const QString &familyName, const QString &dateOfBirth);
    Q_INVOKABLE bool removeChild(int index);
    Q_INVOKABLE bool setCondition(const QString &kind, bool on);
    Q_INVOKABLE bool addReview(const QString &name, const QString &status, const QString &date);
    Q_INVOKABLE bool removeReview(int index);

    const ChildProfile &profile() const { return m_profile; }
    void flush();
    // Closing without signing: the draft is dropped, so nothing unsigned is kept.
    void discard();
    // The vault is about to close: the last write, then nothing more.
    void detach();
    // After signing: the draft is gone and the signed profile is what there is.
    void forgetSigned();

Q_SIGNALS:
    void contentChanged();
    void errorTextChanged();

private:
    void changed();
    void setErrorText(const QString &text);
    bool refuse(const QString &why);
    ProfileAdult *adultAt(int row);
    QDate parseDay(const QString &iso, const QString &what);
    QDate today() const;

    VisitServices *m_services;
    ChildProfile m_profile;
    ChildProfile m_signed;
    QString m_childName;
    QString m_errorText;
    QTimer m_autosave;
};

} // namespace hearth
