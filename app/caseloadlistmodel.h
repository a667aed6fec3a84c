#pragma once

#include "household/caseloadjudge.h"
#include "model/caseloadindex.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class CaseloadRepository;

// The practitioner's caseload on the home screen, planned for the day: each child's last contact
// and next due date, searched as they type, filtered and sorted. Typing restarts a short
// debounce so a fast typist causes one search, and each search runs on the repository's
// in-memory index (no SQL per keystroke). Rows are handed to the view a page at a time
// (canFetchMore/fetchMore), so a 2,000-child caseload makes a page of rows, not 2,000. The
// search, sort and filter live here, not in the view, so they are as the practitioner left them
// when they come back to the home screen. Without a repository (locked) it is empty.
class CaseloadListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(SortOrder sortOrder READ sortOrder WRITE setSortOrder NOTIFY viewChanged)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY viewChanged)
    Q_PROPERTY(int notSeenWeeks READ notSeenWeeks WRITE setNotSeenWeeks NOTIFY viewChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    // False until the caseload's patterns have been judged since unlocking (the "flagged"
    // filter says it is still looking rather than "no child matches").
    Q_PROPERTY(bool flagsJudged READ flagsJudged NOTIFY flagsChanged)

public:
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1,
        NameRole,
        DetailsRole,
        UnbornRole,
        OnDeviceRole,
        RemovedRole, // taken off this practitioner's caseload by the agency (kept, not visited)
        LastContactRole,
        NextDueRole,
        OverdueRole,
        DueThisWeekRole,
        OpenFlagsRole, // pattern flags not yet acknowledged (0 until the caseload is judged)
        FirstFlagRole, // the first open flag's plain words
        FirstFlagRuleRole
    };
    Q_ENUM(Role)
    enum SortOrder
    {
        ByName,
        ByNextDue,
        ByLastContact
    };
    Q_ENUM(SortOrder)
    enum Filter
    {
        AllChildren,
        DueThisWeek,
        Overdue,
        NotSeen,
        Flagged
    };
    Q_ENUM(Filter)

    static constexpr int DebounceMs = 120;
    static constexpr qsizetype PageSize = 60;

    explicit CaseloadListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query.text; }
    void setQuery(const QString &query);
    SortOrder sortOrder() const { return SortOrder(m_query.sort); }
    void setSortOrder(SortOrder order);
    Filter filter() const { return Filter(m_query.filter); }
    void setFilter(Filter filter);
    int notSeenWeeks() const { return m_query.notSeenWeeks; }
    // 1 to 104 weeks; anything else is refused (the value stays as it was).
    void setNotSeenWeeks(int weeks);
    // Every child that matches, shown yet or not.
    int count() const { return int(m_rows.size()); }
    int total() const { return m_total; }

    bool flagsJudged() const { return m_flagsJudged; }
    // Each child's flag summary (CaseloadFlags); children left out have none.
    void setFlags(const QHash<QString, ChildFlagSummary> &flags);

    void setRepository(CaseloadRepository *repository);
    // "en" or "cy": the language the schedule's contact names are shown in.
    void setLanguage(const QString &language) { m_language = language; }
    // YYYY-MM-DD, `days` from the caseload's today (the injected clock, never the wall clock):
    // for dates a form or a test writes relative to the day the list is planned on.
    Q_INVOKABLE QString dayFromToday(int days) const;
    // Runs the pending search now (tests, and Enter in the search box).
    Q_INVOKABLE void refresh();

    static QString details(const Child &child);
    static QString lastContactText(const ChildPlan &plan);
    QString nextDueText(const ChildPlan &plan, const QDate &today) const;

Q_SIGNALS:
    void queryChanged();
    void viewChanged();
    void countChanged();
    void flagsChanged();

private:
    CaseloadRepository *m_repository = nullptr;
    CaseloadQuery m_query;
    QString m_language = QStringLiteral("en");
    QList<CaseloadRow> m_rows;
    QDate m_today;
    qsizetype m_shown = 0;   // rows handed to the view so far
    bool m_changing = false; // inside a reset or an insert of this model
    int m_total = 0;
    QTimer m_debounce;
    QHash<QString, ChildFlagSummary> m_flags;
    bool m_flagsJudged = false;
};

} // namespace hearth
