#pragma once

#include "chronologyflagmodel.h"
#include "chronologytext.h"

#include "common/clock.h"
#include "household/childhistory.h"

#include <QAbstractListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace hearth {

// One child's chronology on the screen: the entries newest first (a ListView makes delegates
// only for the rows on screen, and each row's words are made when asked for), a filter by kind,
// the flags at the top and, when a flag is chosen, only the records behind it. It holds what
// ChildHistory loaded and nothing else; Workspace loads it and destroys it on lock.
class ChronologyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Opened by Workspace.openChronology()")
    Q_PROPERTY(QString childId READ childId CONSTANT)
    Q_PROPERTY(QString childName READ childName CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY loaded)
    Q_PROPERTY(QString errorText READ errorText NOTIFY loaded)
    Q_PROPERTY(int count READ rowCount NOTIFY rowsChanged)
    Q_PROPERTY(int total READ total NOTIFY loaded)
    Q_PROPERTY(QStringList filters READ filters CONSTANT)
    Q_PROPERTY(int filter READ filter WRITE setFilter NOTIFY rowsChanged)
    Q_PROPERTY(int evidenceFlag READ evidenceFlag WRITE setEvidenceFlag NOTIFY rowsChanged)
    Q_PROPERTY(QString filterText READ filterText NOTIFY rowsChanged)
    Q_PROPERTY(QString builtFromText READ builtFromText NOTIFY loaded)
    Q_PROPERTY(hearth::ChronologyFlagModel *flags READ flags CONSTANT)
    Q_PROPERTY(QString exportText READ exportText NOTIFY exportTextChanged)

public:
    enum Filter
    {
        All,
        Visits,
        WasNotBrought,
        ConcernsAndInjuries,
        LifeEvents,
        Cooperation,
        ChildsWords,
        AgencySummaries,
        Amendments,
        Acknowledgements,
        Supervision,
    };
    Q_ENUM(Filter)

    enum Role
    {
        KindRole = Qt::UserRole + 1, // entryKindName(): "visit", "childs-words", ...
        KindLabelRole,
        DateRole,
        WhatRole,
        SeeingRole,
        RecordedByRole,
        SignatureRole,
        SignatureFailedRole,
        AmendedRole,
        RecordRole,
    };
    Q_ENUM(Role)

    struct Context
    {
        QString language;
        QHash<QString, QString> labels;                 // pack ids to their labels
        std::function<QString(const QString &)> nameOf; // an author id to a name
        QString exportedBy;
        const Clock *clock = &Clock::system();
    };

    ChronologyModel(QString childId, QString childName, Context context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What ChildHistory loaded for this child; an error ends loading with the reason shown.
    void setHistory(ChildHistory::OfChild history, qsizetype unreadable);
    void setError(const QString &error);

    QString childId() const { return m_childId; }
    QString childName() const { return m_childName; }
    bool loading() const { return m_loading; }
    QString errorText() const { return m_errorText; }
    int total() const { return int(m_history.chronology.entries.size()); }
    QStringList filters() const;
    int filter() const { return m_filter; }
    void setFilter(int filter);
    int evidenceFlag() const { return m_evidenceFlag; }
    // Shows only the records behind one flag (-1: back to the filter by kind).
    void setEvidenceFlag(int flag);
    QString filterText() const;
    QString builtFromText() const;
    ChronologyFlagModel *flags() { return &m_flags; }
    QString exportText() const { return m_exportText; }
    const ChronologyEntry &entry(int row) const;

    // The entries shown now (the filter is stated on the page), the flags and what they were
    // built from, as a PDF written to `file` only: nothing is left behind when it fails.
    Q_INVOKABLE bool exportPdf(const QUrl &file);
    // "Chronology Maya Fenwick 2026-11-05.pdf": what the save dialog offers.
    Q_INVOKABLE QString suggestedFileName() const;

Q_SIGNALS:
    void loaded();
    void rowsChanged();
    void exportTextChanged();

private:
    void applyFilter();
    bool shows(const ChronologyEntry &entry) const;
    QString authorName(const ChronologyEntry &entry) const;

    QString m_childId;
    QString m_childName;
    Context m_context;
    ChronologyText m_text;
    ChronologyFlagModel m_flags;
    ChildHistory::OfChild m_history;
    qsizetype m_unreadable = 0;
    QList<int> m_rows; // indices into the chronology's entries
    bool m_loading = true;
    QString m_errorText;
    int m_filter = All;
    int m_evidenceFlag = -1;
    QString m_exportText;
};

} // namespace hearth
