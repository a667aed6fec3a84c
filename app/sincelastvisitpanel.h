#pragma once

#include "household/sincelastvisit.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// "Since the last visit" at the start of a visit: the child's flags raised or changed since
// the practitioner's own last visit, each with its evidence in words and dates, then the
// agency's summaries of other contacts since then. Judged off the UI thread like the caseload's
// flags (it reads and verifies every record); a newer request supersedes an older one. One row
// per flag or summary.
class SinceLastVisitPanel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    Q_PROPERTY(QString childId READ childId NOTIFY changed)
    Q_PROPERTY(bool ready READ ready NOTIFY changed)
    Q_PROPERTY(QString heading READ heading NOTIFY changed)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY changed)
    Q_PROPERTY(QString moreText READ moreText NOTIFY changed)
    // [{subject, firstKnown}]: adults new to the household not yet seen or spoken to, for the
    // visit's "who" step (SinceLastVisit::adultsToMeet).
    Q_PROPERTY(QVariantList adultsToMeet READ adultsToMeet NOTIFY changed)

public:
    enum Role
    {
        IsFlagRole = Qt::UserRole + 1,
        TextRole,     // the flag's plain words, or the summary's author and words
        EvidenceRole, // the flag's evidence, one dated line each
        RuleIdRole,
        DateRole,
        SubjectRole // which adult, concern kind, ... within the rule: what an acknowledgement names
    };
    Q_ENUM(Role)

    explicit SinceLastVisitPanel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Judges `childId` as it stands now for `author`; clear() when the visit closes or locks.
    void load(VisitServices &services, const QString &childId, const QString &author);
    void clear();
    void setLanguage(const QString &language) { m_language = language; }

    QString childId() const { return m_childId; }
    bool ready() const { return m_ready; }
    QString heading() const;
    QString emptyText() const;
    QString moreText() const;
    QVariantList adultsToMeet() const;
    static QString line(const ChronologyEntry &entry);

Q_SIGNALS:
    void changed();

private:
    void show(SinceLastVisit since);

    quint64 m_generation = 0;
    QString m_childId;
    QString m_language = QStringLiteral("en");
    bool m_ready = false;
    SinceLastVisit m_since;
};

} // namespace hearth
