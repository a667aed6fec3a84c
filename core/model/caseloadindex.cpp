#include "caseloadindex.h"

#include "language/textfold.h"

#include <algorithm>

namespace hearth {

void CaseloadIndex::clear()
{
    m_entries.clear();
    m_byId.clear();
    m_contacts.clear();
    m_plannedOn = {};
}

CaseloadIndex::Entry CaseloadIndex::makeEntry(const Child &child, const QString &postcode)
{
    Entry entry;
    entry.child = child;
    const QString family = TextFold::searchKey(child.familyName);
    const QString given = TextFold::searchKey(child.givenName);
    // A child with no given name yet (often an unborn baby) sorts by the name they go by.
    const QString first = given.isEmpty() ? TextFold::searchKey(child.knownAs) : given;
    entry.sortKey = family + QChar(1) + first + QChar(1) + child.id;
    const QString names = given + QLatin1Char(' ') + family + QLatin1Char(' ')
        + TextFold::searchKey(child.knownAs) + QLatin1Char(' ') + TextFold::searchKey(postcode);
    entry.words = names.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    entry.compactPostcode = TextFold::searchKey(postcode).remove(QLatin1Char(' '));
    return entry;
}

void CaseloadIndex::reset(const QList<QPair<Child, QString>> &children)
{
    m_entries.clear();
    m_entries.reserve(size_t(children.size()));
    for (const auto &[child, postcode] : children)
        m_entries.push_back(makeEntry(child, postcode));
    sortAndRehash();
}

void CaseloadIndex::put(const Child &child, const QString &postcode)
{
    Entry entry = makeEntry(child, postcode);
    if (const auto found = m_byId.constFind(child.id); found != m_byId.constEnd())
        m_entries.erase(m_entries.begin() + *found);
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.sortKey,
        [](const Entry &e, const QString &key) { return e.sortKey < key; });
    m_entries.insert(at, std::move(entry));
    m_plannedOn = {};
    m_byId.clear();
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_byId.insert(m_entries[i].child.id, qsizetype(i));
}

void CaseloadIndex::sortAndRehash()
{
    m_plannedOn = {};
    std::sort(m_entries.begin(), m_entries.end(),
        [](const Entry &a, const Entry &b) { return a.sortKey < b.sortKey; });
    m_byId.clear();
    m_byId.reserve(qsizetype(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i)
        m_byId.insert(m_entries[i].child.id, qsizetype(i));
}

QList<Child> CaseloadIndex::all() const
{
    QList<Child> out;
    out.reserve(qsizetype(m_entries.size()));
    for (const Entry &entry : m_entries)
        out.append(entry.child);
    return out;
}

bool CaseloadIndex::matches(const Entry &entry, const QStringList &tokens, const QString &compact)
{
    if (!entry.compactPostcode.isEmpty() && compact.size() >= 2
        && entry.compactPostcode.startsWith(compact))
        return true;
    for (const QString &token : tokens) {
        const bool found = std::any_of(entry.words.cbegin(), entry.words.cend(),
            [&](const QString &word) { return word.startsWith(token); });
        if (!found)
            return false;
    }
    return true;
}

QList<Child> CaseloadIndex::search(const QString &query, qsizetype limit) const
{
    const QString key = TextFold::searchKey(query);
    if (key.isEmpty())
        return limit < 0 ? all() : all().first(std::min(limit, size()));
    const QStringList tokens = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString compact = QString(key).remove(QLatin1Char(' '));
    QList<Child> out;
    for (const Entry &entry : m_entries) {
        if (!matches(entry, tokens, compact))
            continue;
        out.append(entry.child);
        if (limit >= 0 && out.size() >= limit)
            break;
    }
    return out;
}

const Child *CaseloadIndex::find(const QString &id) const
{
    const auto found = m_byId.constFind(id);
    return found == m_byId.constEnd() ? nullptr : &m_entries[size_t(*found)].child;
}

void CaseloadIndex::setSchedule(const ContactSchedule &schedule)
{
    m_schedule = schedule;
    m_plannedOn = {};
}

void CaseloadIndex::setContacts(QHash<QString, QList<ChildContact>> contacts)
{
    m_contacts = std::move(contacts);
    m_plannedOn = {};
}

void CaseloadIndex::replan(const QDate &today)
{
    static const QList<ChildContact> none;
    for (Entry &entry : m_entries) {
        const auto found = m_contacts.constFind(entry.child.id);
        entry.plan = CaseloadPlan::plan(
            entry.child, found == m_contacts.constEnd() ? none : *found, m_schedule, today);
    }
    m_plannedOn = today;
}

bool CaseloadIndex::keep(const Entry &entry, const CaseloadQuery &query, const QDate &today)
{
    const std::optional<NextContact> &next = entry.plan.next;
    switch (query.filter) {
    case CaseloadQuery::Filter::All:
        return true;
    case CaseloadQuery::Filter::DueThisWeek:
        return next && next->isDueThisWeek(today);
    case CaseloadQuery::Filter::Overdue:
        return next && next->isOverdue(today);
    case CaseloadQuery::Filter::NotSeen:
        return !entry.child.isRemovedFromCaseload()
            && (!entry.plan.lastSeen
                || *entry.plan.lastSeen < today.addDays(-7 * qint64(query.notSeenWeeks)));
    case CaseloadQuery::Filter::Flagged:
        return query.flagged.contains(entry.child.id);
    }
    return true;
}

QList<CaseloadRow> CaseloadIndex::select(const CaseloadQuery &query, const QDate &today)
{
    if (m_plannedOn != today)
        replan(today);
    const QString key = TextFold::searchKey(query.text);
    const QStringList tokens = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString compact = QString(key).remove(QLatin1Char(' '));
    std::vector<const Entry *> kept;
    kept.reserve(m_entries.size());
    for (const Entry &entry : m_entries) {
        if (keep(entry, query, today) && (tokens.isEmpty() || matches(entry, tokens, compact)))
            kept.push_back(&entry);
    }
    // Entries are already in name order; a stable sort keeps it among equal dates.
    const QDate never(9999, 12, 31);
    if (query.sort == CaseloadQuery::Sort::NextDue)
        std::stable_sort(kept.begin(), kept.end(), [&](const Entry *a, const Entry *b) {
            return (a->plan.next ? a->plan.next->from : never)
                < (b->plan.next ? b->plan.next->from : never);
        });
    else if (query.sort == CaseloadQuery::Sort::LastContact)
        std::stable_sort(kept.begin(), kept.end(), [](const Entry *a, const Entry *b) {
            return (a->plan.last ? a->plan.last->date : QDate())
                < (b->plan.last ? b->plan.last->date : QDate());
        });
    QList<CaseloadRow> rows;
    rows.reserve(qsizetype(kept.size()));
    for (const Entry *entry : kept)
        rows.append({ entry->child, entry->plan });
    return rows;
}

} // namespace hearth
