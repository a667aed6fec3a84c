#pragma once

#include "childpicktarget.h"
#include "concern/concerndraft.h"
#include "draftautosave.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The one concern open on the quick concern log: every answer the page binds to as a typed
// property, the choices the content pack offers, the plain-language nudges for what was seen
// (never for the child's own words) and what is still missing before it can be signed. Each
// change is autosaved through the QuickDraftStore<ConcernDraft> within 250 ms; flush() writes at
// once (lock, background, close). After detach() (the vault is about to close) it keeps nothing it
// read.
class ConcernController : public hearth::ChildPickTarget
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by the Workspace")
    Q_PROPERTY(QString concernId READ concernId CONSTANT)
    Q_PROPERTY(QString childId READ childId NOTIFY childChanged)
    Q_PROPERTY(QString seen READ seen WRITE setSeen NOTIFY contentChanged)
    Q_PROPERTY(QString childsWords READ childsWords WRITE setChildsWords NOTIFY contentChanged)
    Q_PROPERTY(QString category READ category WRITE setCategory NOTIFY contentChanged)
    // -1 not answered, 0 no, 1 yes.
    Q_PROPERTY(
        int immediateSafety READ immediateSafety WRITE setImmediateSafety NOTIFY contentChanged)
    Q_PROPERTY(QString nextStep READ nextStep WRITE setNextStep NOTIFY contentChanged)
    Q_PROPERTY(QString action READ action WRITE setAction NOTIFY contentChanged)
    Q_PROPERTY(QString actionDetail READ actionDetail WRITE setActionDetail NOTIFY contentChanged)
    Q_PROPERTY(QString toldWho READ toldWho WRITE setToldWho NOTIFY contentChanged)
    // When they were told, in local time as hh:mm today; set to now when an action is chosen.
    Q_PROPERTY(QString toldTime READ toldTime NOTIFY contentChanged)
    Q_PROPERTY(QString sharingBasis READ sharingBasis WRITE setSharingBasis NOTIFY contentChanged)
    // [{id, label, descriptor}] from the content pack, in the app's language.
    Q_PROPERTY(QVariantList categories READ categories CONSTANT)
    Q_PROPERTY(QVariantList sharingBases READ sharingBases CONSTANT)
    // [{id, label}] for the actions a concern records (ConcernBody::actions()).
    Q_PROPERTY(QVariantList actions READ actions CONSTANT)
    Q_PROPERTY(QVariantList seenNudges READ seenNudges NOTIFY contentChanged)
    // What still stops signing, in words; empty when it can be signed.
    Q_PROPERTY(QString missing READ missing NOTIFY contentChanged)

public:
    ConcernController(VisitServices &services, ConcernDraft draft, QObject *parent = nullptr);

    QString concernId() const { return m_draft.id; }
    QString childId() const { return m_draft.childId; }
    QString childName() const override { return m_childName; }
    QString seen() const { return m_draft.seen; }
    QString childsWords() const { return m_draft.childsWords; }
    QString category() const { return m_draft.category; }
    int immediateSafety() const;
    QString nextStep() const { return m_draft.nextStep; }
    QString action() const { return m_draft.action; }
    QString actionDetail() const { return m_draft.actionDetail; }
    QString toldWho() const { return m_draft.toldWho; }
    QString toldTime() const;
    QString sharingBasis() const { return m_draft.sharingBasis; }
    QVariantList categories() const { return m_categories; }
    QVariantList sharingBases() const { return m_sharingBases; }
    QVariantList actions() const;
    QVariantList seenNudges() const;
    QString missing() const;
    QString errorText() const override { return m_autosave.errorText(); }

    void setSeen(const QString &text);
    void setChildsWords(const QString &text);
    void setCategory(const QString &id);
    void setImmediateSafety(int answer);
    void setNextStep(const QString &text);
    void setAction(const QString &id);
    void setActionDetail(const QString &text);
    void setToldWho(const QString &text);
    void setSharingBasis(const QString &id);

    bool chooseChild(const QString &childId) override;
    // A pupil not on this tablet, by name and school year (see ConcernDraft::newChildName).
    bool describeChild(const QString &name, const QString &yearGroup) override;
    // When they were told, typed as hh:mm today (TimeField checks the form first).
    Q_INVOKABLE bool setToldTime(const QString &time);

    const ConcernDraft &draft() const { return m_draft; }
    QuickDraftStore<ConcernDraft> &store() { return m_autosave.store(); }
    void flush();
    void detach();
    // After signing: the draft is gone, so nothing may save it again (not even a pending
    // autosave); like detach() but without the last write.
    void forgetSigned();

Q_SIGNALS:
    void contentChanged();

private:
    void changed();

    VisitServices *m_services;
    ConcernDraft m_draft;
    DraftAutosave<ConcernDraft> m_autosave;
    QString m_childName;
    QVariantList m_categories;
    QVariantList m_sharingBases;
};

} // namespace hearth
