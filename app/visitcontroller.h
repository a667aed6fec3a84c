#pragma once

#include "model/child.h"
#include "promptlistmodel.h"
#include "summarymodel.h"
#include "visitdocument.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class PositionProvider;
class VisitServices;
struct PositionFix;

// One open visit in the wizard: which of the nine steps is showing, every value the steps
// bind to (by path, see VisitDocument), what is still missing before the visit can be
// finished, and plain-language nudges for free text. Each change is autosaved through the
// DraftStore within 250 ms (a single-shot debounce timer, so typing costs one write per
// pause); flush() writes at once and is called on lock and when the app goes to the
// background. After detach() (the vault is about to close) it keeps nothing it read.
class VisitController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString visitId READ visitId CONSTANT)
    Q_PROPERTY(QString childId READ childId CONSTANT)
    Q_PROPERTY(QString childName READ childName CONSTANT)
    Q_PROPERTY(QString childDetails READ childDetails CONSTANT)
    Q_PROPERTY(bool childIsUnborn READ childIsUnborn CONSTANT)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    Q_PROPERTY(int stepCount READ stepCount CONSTANT)
    Q_PROPERTY(QStringList stepTitles READ stepTitles CONSTANT)
    Q_PROPERTY(QVariantList stepMissing READ stepMissing NOTIFY missingChanged)
    Q_PROPERTY(QVariantList missing READ missing NOTIFY missingChanged)
    Q_PROPERTY(QVariantList flags READ flags NOTIFY missingChanged)
    Q_PROPERTY(bool canFinish READ canFinish NOTIFY missingChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    Q_PROPERTY(QString saveError READ saveError NOTIFY savedChanged)
    Q_PROPERTY(QString arrivalText READ arrivalText NOTIFY arrivalChanged)
    Q_PROPERTY(bool locating READ locating NOTIFY locationChanged)
    Q_PROPERTY(QString locationText READ locationText NOTIFY locationChanged)
    Q_PROPERTY(QString locationProblem READ locationProblem NOTIFY locationChanged)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QVariantMap questions READ questions CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *livedPrompts READ livedPrompts CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *neglectItems READ neglectItems CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *menPrompts READ menPrompts CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *cooperationLevels READ cooperationLevels CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *concernCategories READ concernCategories CONSTANT)
    Q_PROPERTY(hearth::PromptListModel *knownAdults READ knownAdults CONSTANT)
    Q_PROPERTY(hearth::SummaryModel *summary READ summary CONSTANT)
    Q_PROPERTY(QVariantList reviewNudges READ allNudges NOTIFY contentChanged)

public:
    static constexpr int StepCount = 9;
    static constexpr int AutosaveMs = 250;

    VisitController(VisitServices &services, Visit visit, Child child, int step,
        PositionProvider *position, QObject *parent = nullptr);
    ~VisitController() override;

    QString visitId() const { return m_document.visit().id; }
    QString childId() const { return m_child.id; }
    QString childName() const { return m_child.displayName(); }
    QString childDetails() const;
    bool childIsUnborn() const { return m_child.isUnborn(); }
    int step() const { return m_step; }
    void setStep(int step);
    int stepCount() const { return StepCount; }
    QStringList stepTitles() const { return staticStepTitles(); }
    static QStringList staticStepTitles();
    QVariantList stepMissing() const;
    QVariantList missing() const;
    QVariantList flags() const;
    bool canFinish() const { return m_missing.isEmpty(); }
    bool saved() const { return !m_dirty && m_saveError.isEmpty(); }
    QString saveError() const { return m_saveError; }
    QString arrivalText() const;
    bool locating() const { return m_locating; }
    QString locationText() const;
    QString locationProblem() const { return m_locationProblem; }
    QString language() const;
    QVariantMap questions() const { return m_questions; }
    PromptListModel *livedPrompts() const { return m_lived; }
    PromptListModel *neglectItems() const { return m_neglect; }
    PromptListModel *menPrompts() const { return m_men; }
    PromptListModel *cooperationLevels() const { return m_cooperation; }
    PromptListModel *concernCategories() const { return m_categories; }
    PromptListModel *knownAdults() const { return m_adults; }
    SummaryModel *summary() const { return m_summary; }

    const Visit &visit() const { return m_document.visit(); }
    const Child &child() const { return m_child; }

    Q_INVOKABLE QVariant value(const QString &path) const;
    Q_INVOKABLE bool setValue(const QString &path, const QVariant &value);
    Q_INVOKABLE int count(const QString &listPath) const;
    Q_INVOKABLE int addItem(const QString &listPath, const QVariantMap &item = {});
    Q_INVOKABLE bool removeItem(const QString &listPath, int index);
    // Plain-language nudges for a piece of text: [{start, length, phrase, nudge}].
    Q_INVOKABLE QVariantList nudges(const QString &text) const;
    // Every nudge in the visit's free text, for the review: [{step, path, phrase, nudge}].
    QVariantList allNudges() const;
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Arrival time: now, in UTC.
    Q_INVOKABLE void setArrivalNow();
    // Asks Qt Positioning once; never blocks, never required.
    Q_INVOKABLE void locate();
    // The practitioner's own description of where they are (no position needed).
    Q_INVOKABLE void setManualLocation(const QString &description);
    // A new adult met on the visit: created in the caseload, linked to the child and listed
    // as present. Returns false with nothing changed when the name is empty.
    Q_INVOKABLE bool addNewAdult(const QString &givenName, const QString &familyName,
        const QString &role, bool livesWithChild);

    // Where a known adult was on this visit: "present", "not-seen" (lives there, not seen) or
    // "" (neither). Moves them between the two lists, keeping what was written about them.
    Q_INVOKABLE void setAdultPresence(
        const QString &adultId, const QString &name, const QString &presence);
    Q_INVOKABLE QString adultPresence(const QString &adultId) const;
    // One of the content pack's standing questions (dayInTheLife, whatItMeans, ...).
    Q_INVOKABLE QString question(const QString &id) const
    {
        return m_questions.value(id).toString();
    }
    // The concern category's name in the practitioner's language.
    Q_INVOKABLE QString categoryLabel(const QString &categoryId) const;

    // Writes a pending change now. false when the vault refused it (see saveError).
    bool flush();
    // The vault is about to close: save, then forget the services.
    void detach();

Q_SIGNALS:
    void stepChanged();
    void valueChanged(const QString &path);
    void listChanged(const QString &listPath);
    void missingChanged();
    void contentChanged();
    void savedChanged();
    void arrivalChanged();
    void locationChanged();

private:
    void changed(const QString &path);
    void refreshMissing();
    void loadPrompts();
    void onFix(const PositionFix &fix);
    void onNoFix(const QString &reason);

    VisitServices *m_services;
    VisitDocument m_document;
    Child m_child;
    int m_step = 0;
    QTimer m_saveTimer;
    bool m_dirty = false; // changed since the last successful save
    QString m_saveError;
    QList<QVariantMap> m_missing;
    QPointer<PositionProvider> m_position;
    bool m_locating = false;
    QString m_locationProblem;
    QVariantMap m_questions;
    PromptListModel *m_lived;
    PromptListModel *m_neglect;
    PromptListModel *m_men;
    PromptListModel *m_cooperation;
    PromptListModel *m_categories;
    PromptListModel *m_adults;
    SummaryModel *m_summary;
};

} // namespace hearth
