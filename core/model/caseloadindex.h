#pragma once

#include "model/child.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace hearth {

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

private:
    struct Entry
    {
        Child child;
        QString sortKey;
        QStringList words;       // folded name and postcode words
        QString compactPostcode; // folded, no spaces
    };
    static Entry makeEntry(const Child &child, const QString &postcode);
    static bool matches(const Entry &entry, const QStringList &tokens, const QString &compact);
    void sortAndRehash();

    std::vector<Entry> m_entries;
    QHash<QString, qsizetype> m_byId;
};

} // namespace hearth
