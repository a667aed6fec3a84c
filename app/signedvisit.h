#pragma once

#include "promptlistmodel.h"
#include "summarymodel.h"
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace hearth {

class VisitServices;

// A signed visit opened read-only: the summary of exactly what was signed, who signed it and
// when, the amendments made since, and "Amend", which signs a new amendment record that
// references the original and gives a reason. Nothing signed is ever edited.
class SignedVisit : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString recordId READ recordId CONSTANT)
    Q_PROPERTY(QString visitId READ visitId CONSTANT)
    Q_PROPERTY(QString childName READ childName CONSTANT)
    Q_PROPERTY(QString childId READ childId CONSTANT)
    Q_PROPERTY(QString signedText READ signedText CONSTANT)
    Q_PROPERTY(hearth::SummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *amendments READ amendments CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    // The body map as signed: its outline word and marks (BodyMapShapes::marksFor).
    Q_PROPERTY(QString bodyOutline READ bodyOutline CONSTANT)
    Q_PROPERTY(QVariantList bodyMarks READ bodyMarks CONSTANT)
    // The signed photographs (PhotoList::forViews), shown from the vault.
    Q_PROPERTY(QVariantList photos READ photos CONSTANT)

public:
    // Reads the record `recordId` from the store; an invalid visit when it is not there.
    // `author` signs amendments; `nameOf` puts an author id into words for the screen.
    static SignedVisit *open(VisitServices &services, const QString &recordId,
        const QString &author, const std::function<QString(const QString &)> &nameOf,
        QObject *parent);

    QString recordId() const { return m_recordId; }
    QString visitId() const { return m_visitId; }
    QString childName() const { return m_childName; }
    QString childId() const { return m_childId; }
    QString signedText() const { return m_signedText; }
    SummaryModel *summary() const { return m_summary; }
    PromptListModel *amendments() const { return m_amendments; }
    QString errorText() const { return m_errorText; }
    QString bodyOutline() const { return m_bodyOutline; }
    QVariantList bodyMarks() const { return m_bodyMarks; }
    QVariantList photos() const { return m_photos; }

    // Signs an amendment: `reason` (why) and `correction` (what is now recorded) are both
    // required. true when it was stored.
    Q_INVOKABLE bool amend(const QString &reason, const QString &correction);
    Q_INVOKABLE void clearError();
    void detach();

Q_SIGNALS:
    void errorTextChanged();
    void amended(const QString &amendmentId);

private:
    SignedVisit(VisitServices &services, QString author, QObject *parent);
    void loadAmendments();
    void setErrorText(const QString &text);

    VisitServices *m_services;
    QString m_author;
    std::function<QString(const QString &)> m_nameOf;
    QString m_recordId;
    QString m_visitId;
    QString m_childId;
    QString m_childName;
    QString m_signedText;
    QString m_packId;
    QString m_packVersion;
    SummaryModel *m_summary;
    PromptListModel *m_amendments;
    QString m_errorText;
    QString m_bodyOutline;
    QVariantList m_bodyMarks;
    QVariantList m_photos;
};

} // namespace hearth
