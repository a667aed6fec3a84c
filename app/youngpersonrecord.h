#pragma once

#include "missing/youngpersontext.h"
#include "record/jsonvalue.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace hearth {

class VisitServices;

// What a going-missing episode and its return home interview have in common on the tablet:
// the young person from the caseload, exploitation indicators as adults' observations, the
// plain-language nudges for every adult's free text (never for the young person's words), what
// still stops signing with the field to fix, and moments typed as a date and a time. One base
// so the pickers and the indicator list (MissingChildPicker.qml, MissingIndicators.qml) serve
// both pages.
class YoungPersonRecord : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A going-missing episode or a return home interview")
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(QString today READ today CONSTANT)
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
    YoungPersonRecord(VisitServices &services, QObject *parent);

    virtual QString childId() const = 0;
    QString childName() const { return m_childName; }
    QString today() const;
    QVariantList indicators() const;
    QVariantList indicatorKinds() const;
    QVariantList nudges() const;
    QString missing() const;
    QString missingField() const;
    virtual QString errorText() const = 0;

    // A young person from the caseload, by id; false (and nothing changed) for an unknown id.
    Q_INVOKABLE bool chooseChild(const QString &childId);
    Q_INVOKABLE void addIndicator(const QString &kind);
    Q_INVOKABLE void setIndicatorObserved(int index, const QString &text);
    Q_INVOKABLE void setIndicatorSource(int index, const QString &text);
    Q_INVOKABLE void removeIndicator(int index);

Q_SIGNALS:
    void childChanged();
    void contentChanged();
    void indicatorsChanged();
    void errorTextChanged();

protected:
    // A moment as typed (local date ISO, time hh:mm), kept until both halves are there.
    struct Moment
    {
        QString date;
        QString time;
    };
    Moment shown(const Moment &typed, const QString &utc) const;
    void setMoment(Moment &typed, QString &utc, const QString &date, const QString &time);
    void setText(QString &member, const QString &text);
    // Called once the controller's draft is signed or the vault locked: it keeps nothing read.
    void forgetYoungPerson();

    virtual void adoptChild(const QString &childId) = 0;
    virtual void setErrorText(const QString &text) = 0;
    virtual void changed() = 0;
    virtual QList<ExploitationIndicator> &indicatorList() = 0;
    virtual const QList<ExploitationIndicator> &indicatorList() const = 0;
    virtual JsonValue body() const = 0;
    virtual std::optional<YoungPersonRefusal> refusal() const = 0;

    VisitServices *m_services;
    QString m_childName;
};

} // namespace hearth
