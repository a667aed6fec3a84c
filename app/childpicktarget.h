#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// What the child picker (ConcernChildPicker.qml) writes to: a concern or a child-voice session
// is about one child, from the caseload by id or, when the child is not on this tablet, by name
// and school year. One picker serves both records, so a child is found the same way for each.
class ChildPickTarget : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A concern or a child-voice session")
    Q_PROPERTY(QString childName READ childName NOTIFY childChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using QObject::QObject;

    virtual QString childName() const = 0;
    virtual QString errorText() const = 0;
    // A child from the caseload, by id; false (and nothing changed) for an unknown id.
    Q_INVOKABLE virtual bool chooseChild(const QString &childId) = 0;
    // A child not on this tablet, by name and school year.
    Q_INVOKABLE virtual bool describeChild(const QString &name, const QString &yearGroup) = 0;

Q_SIGNALS:
    void childChanged();
    void errorTextChanged();
};

} // namespace hearth
