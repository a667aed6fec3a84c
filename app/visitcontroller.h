#pragma once

#include "model/child.h"
#include "promptlistmodel.h"
#include "summarymodel.h"
#include "visit/visitdocument.h"

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <QtQml/qqmlregistration.h>
#include <optional>

namespace hearth {

class PositionProvider;
class VisitServices;
struct PositionFix;

// One open visit in the wizard: which of the nine steps is showing, every value the steps
// bind to (by typed field id, VisitField, with the pack item id or row as separate
// arguments), what is still missing before the visit can be finished, and plain-language
// nudges for free text (never for the child's own words). A write that cannot be stored
// returns false and says so in errorText; it never reports success. Each change is autosaved
// through the DraftStore within 250 ms (a single-shot debounce timer, so typing costs one write per
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
    // The pack's local procedure while an injury is recorded for a baby not yet mobile, else "".
    Q_PROPERTY(QString safetyProcedure READ safetyProcedure NOTIFY missingChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY savedChanged)
    // What the practitioner must know went wrong: an answer not kept, or the draft not saved.
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
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
    // Today's date (ISO) by the injected clock: the latest a date about the past may be.
    Q_PROPERTY(QString today READ today NOTIFY stepChanged)
    // The concern categories chosen, in the order they were added (each at most once).
    Q_PROPERTY(QStringList concernsChosen READ concernsChosen NOTIFY contentChanged)
    // Neglect areas marked "no concern" in one tap that can still be undone.
    Q_PROPERTY(QStringList undoableAreas READ undoableAreas NOTIFY areasChanged)
    // The arrival in local time: ISO date and hh:mm; empty when not recorded.
    Q_PROPERTY(QString arrivalDate READ arrivalDate NOTIFY arrivalChanged)
    Q_PROPERTY(QString arrivalTime READ arrivalTime NOTIFY arrivalChanged)
    // The body map's outline word ("baby", "child", "older-child"): the one stored, or until
    // a mark is placed the one for the child's age today.
    Q_PROPERTY(QString bodyOutline READ bodyOutline NOTIFY contentChanged)
    // The marks for the read-only views (BodyMapShapes::marksFor).
    Q_PROPERTY(QVariantList bodyMarks READ bodyMarks NOTIFY contentChanged)
    // The visit's photographs: [{row, source (image://vaultphoto/<hash>), caption, mark,
    // width, height}]. The images come from the vault through PhotoImageProvider.
    Q_PROPERTY(QVariantList photos READ photos NOTIFY contentChanged)

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
    QString safetyProcedure() const { return m_safetyProcedure; }
    bool saved() const { return !m_dirty && m_saveError.isEmpty(); }
    QString errorText() const;
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
    QString today() const;
    // The time now ("hh:mm", local) by the injected clock: where a time picker opens.
    Q_INVOKABLE QString timeNow() const;
    QStringList concernsChosen() const;
    QStringList undoableAreas() const;
    QString arrivalDate() const;
    QString arrivalTime() const;

    const Visit &visit() const { return m_document.visit(); }
    const Child &child() const { return m_child; }

    // A value by field (VisitField.Id), pack item id ("" when none) and row (-1 when none);
    // undefined when not answered or when the visit has no such field, item or row.
    Q_INVOKABLE QVariant read(int field, const QString &item = {}, int row = -1) const;
    // Stores a value. false, with errorText set, when the field, pack item or row does not
    // exist or the value is not one the field can hold; nothing is changed then.
    Q_INVOKABLE bool write(int field, const QString &item, int row, const QVariant &value);
    Q_INVOKABLE int rowCount(int list) const;
    // The members of one row (the row models show them).
    QVariantMap row(int list, int row) const { return m_document.row(list, row); }
    // Adds an empty row to a list (VisitField.List) and returns its index, or -1.
    Q_INVOKABLE int addRow(int list);
    // Adds a concern of one of the pack's categories, or gives the row it already has: each
    // category appears at most once. -1 for a category the pack lacks.
    Q_INVOKABLE int addConcern(const QString &categoryId);
    // The row of a category's concern, or -1 when it was not chosen.
    Q_INVOKABLE int concernRow(const QString &categoryId) const;
    // Adds the category's concern, or removes it (and what was written in it) when chosen.
    Q_INVOKABLE bool toggleConcern(const QString &categoryId);
    // Every item of a neglect area (the pack's domain id) not already rated "no concern" is
    // rated so, except items rated as a concern: those are never overwritten. Returns
    // {marked: how many changed, kept: labels of the concerns left as they were}; empty when
    // the area does not exist.
    Q_INVOKABLE QVariantMap markAreaNoConcern(const QString &areaId);
    // Puts back what markAreaNoConcern changed, unless changed again since.
    Q_INVOKABLE bool undoAreaNoConcern(const QString &areaId);
    Q_INVOKABLE bool removeRow(int list, int row);
    // The field's stable name ("lived.answers.*.childsWords"), for objectNames and tests.
    Q_INVOKABLE QString fieldName(int field) const;
    // Plain-language nudges for a field's text: [{start, length, phrase, nudge}]. None for the
    // child's own words: a child's "Fine." is a quote, not a stock phrase.
    Q_INVOKABLE QVariantList nudges(int field, const QString &text) const;
    // Every nudge in the visit's free text, for the review: [{step, field, item, row, phrase,
    // nudge}].
    QVariantList allNudges() const;
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Arrival time: now, in UTC.
    Q_INVOKABLE void setArrivalNow();
    // Arrival at a local date (ISO) and time (hh:mm) already past: "" when kept, else why not
    // (a time in the future, a time that is not one); nothing is changed then.
    Q_INVOKABLE QString setArrivalAt(const QString &isoDate, const QString &time);
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
    // The adult's row in the adults present (for "spoken to"), or -1 when not marked here.
    Q_INVOKABLE int adultPresentRow(const QString &adultId) const;
    // One of the content pack's standing questions (dayInTheLife, whatItMeans, ...).
    Q_INVOKABLE QString question(const QString &id) const
    {
        return m_questions.value(id).toString();
    }
    // The concern category's name in the practitioner's language.
    Q_INVOKABLE QString categoryLabel(const QString &categoryId) const;

    QString bodyOutline() const;
    QVariantList bodyMarks() const;
    // A mark where the practitioner tapped ("front" or "back", x and y 0-10000 across the
    // outline's box); its row, or -1 with errorText set when the tap is off the outline.
    Q_INVOKABLE int placeBodyMark(const QString &side, int x, int y);
    Q_INVOKABLE bool moveBodyMark(int row, const QString &side, int x, int y);
    // Another outline; every mark's region is recomputed, refused when one would be off it.
    Q_INVOKABLE bool setBodyOutline(const QString &outline);

    QVariantList photos() const;
    // A photo from a file the practitioner chose, or from the camera: scaled, stripped of its
    // metadata and stored in the vault (PhotoImport). false, with errorText saying why, for
    // anything that is not a readable photo; nothing is stored then.
    Q_INVOKABLE bool addPhotoFromFile(const QUrl &file);
    bool addPhotoImage(const QImage &image);
    // Takes the photo out of the visit and, once the draft no longer names it, out of the vault.
    Q_INVOKABLE bool removePhoto(int row);

    // The autosave debounce, so a test can see a write is pending without timing it.
    const QTimer &autosaveTimer() const { return m_saveTimer; }
    // Writes a pending change now. false when the vault refused it (see errorText).
    bool flush();
    // The vault is about to close: save, then forget the services.
    void detach();

Q_SIGNALS:
    void stepChanged();
    // A field's value changed; -1 when several may have (rows moved, adults added).
    void valueChanged(int field);
    void listChanged(int list);
    void errorTextChanged();
    void missingChanged();
    void contentChanged();
    void savedChanged();
    void arrivalChanged();
    void locationChanged();
    void areasChanged();

private:
    using AreaUndo = QMap<QString, std::optional<NeglectRating>>; // item id: rating before

    void changed(int field);
    void refused(const VisitEditError &error);
    void setWriteError(const QString &text);
    void refreshMissing();
    // false, with errorText saying so, when a tap is off the outline.
    bool onOutline(BodyOutline outline, BodySide side, int x, int y);
    bool addPhoto(const QByteArray &jpeg, int width, int height);
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
    QString m_writeError;
    QList<QVariantMap> m_missing;
    QString m_safetyProcedure;
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
    QMap<QString, AreaUndo> m_areaUndo; // by neglect area id
};

} // namespace hearth
