#pragma once

#include "model/caseloadplan.h"
#include "model/child.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace hearth {

// What the caseload list asks for: the search text, one filter and one order.
struct CaseloadQuery
{
    enum class Sort
    {
        Name,
        NextDue,    // soonest first (overdue at the top), nothing due last
        LastContact // longest ago first, never contacted at the top
    };
    enum class Filter
    {
        All,
        DueThisWeek,
        Overdue,
        NotSeen, // no contact where the child was seen (or may have been) for notSeenWeeks
        Flagged  // a pattern flag not yet acknowledged (the ids in `flagged`)
    };
    QString text;
    Sort sort = Sort::Name;
    Filter filter = Filter::All;
    int notSeenWeeks = 4;
    // Children with open flags, judged elsewhere (CaseloadJudge): the index holds no records.
    QSet<QString> flagged;
};

// A child as the caseload list shows it.
struct CaseloadRow
{
    Child child;
    ChildPlan plan;
};

// The practitioner's caseload list held in memory, sorted and pre-folded for search. With
// 2,000 children a keystroke must answer in well under 20 ms on a tablet; a linear scan over
// pre-folded keys does that in microseconds with no SQL on the keystroke path, and keeps
// diacritic- and case-insensitive matching in one place (TextFold) instead of in SQL
// collations that SQLCipher 3.4's SQLite core does not have.
class CaseloadIndex
{
public:
    void clear();
    // Replaces the whole index (children with their household's postcode).
    void reset(const QList<QPair<Child, QString>> &children);
    // Adds or replaces one child, keeping the order.
    void put(const Child &child, const QString &postcode);

    qsizetype size() const { return qsizetype(m_entries.size()); }
    // All children, by family name then given name.
    QList<Child> all() const;
    // Every query word must be the start of one of the child's names (given, family, known
    // as) or of the household's postcode, or the query as a whole must start the postcode
    // ("ex12" finds EX1 2MP). An empty query gives all children.
    QList<Child> search(const QString &query, qsizetype limit = -1) const;
    const Child *find(const QString &id) const;

    // The contact schedule and each child's contacts (by child id) the plans are made from.
    void setSchedule(const ContactSchedule &schedule);
    void setContacts(QHash<QString, QList<ChildContact>> contacts);
    // Search, filter and sort on `today`. Plans are made once per change of caseload, contacts,
    // schedule or day, not per keystroke.
    QList<CaseloadRow> select(const CaseloadQuery &query, const QDate &today);

private:
    struct Entry
    {
        Child child;
        QString sortKey;
        QStringList words;       // folded name and postcode words
        QString compactPostcode; // folded, no spaces
        ChildPlan plan;
    };
    static Entry makeEntry(const Child &child, const QString &postcode);
    static bool matches(const Entry &entry, const QStringList &tokens, const QString &compact);
    void sortAndRehash();
    void replan(const QDate &today);
    static bool keep(const Entry &entry, const CaseloadQuery &query, const QDate &today);

    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_byId;
    ContactSchedule m_schedule;
    QHash<QString, QList<ChildContact>> m_contacts;
    QDate m_plannedOn; // invalid when the plans must be made again
};

} // namespace hearth
