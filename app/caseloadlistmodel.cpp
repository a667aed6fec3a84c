#include "caseloadlistmodel.h"

#include "model/caseloadrepository.h"
#include "visit/visitdates.h"

namespace hearth {

CaseloadListModel::CaseloadListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &CaseloadListModel::refresh);
}

int CaseloadListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown);
}

bool CaseloadListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_shown < m_rows.size();
}

void CaseloadListModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester ask for more from inside this model's own reset and
    // insert notifications; rows inserted then would nest one change inside another.
    if (m_changing || !canFetchMore(parent))
        return;
    const qsizetype more = std::min(PageSize, m_rows.size() - m_shown);
    m_changing = true;
    beginInsertRows({}, int(m_shown), int(m_shown + more - 1));
    m_shown += more;
    endInsertRows();
    m_changing = false;
}

QVariant CaseloadListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow &row = m_rows.at(index.row());
    const Child &child = row.child;
    switch (role) {
    case ChildIdRole:
        return child.id;
    case Qt::DisplayRole:
    case NameRole:
        return child.displayName();
    case DetailsRole:
        return details(child);
    case UnbornRole:
        return child.isUnborn();
    case OnDeviceRole:
        return child.source == Source::Device;
    case RemovedRole:
        return child.isRemovedFromCaseload();
    case LastContactRole:
        return lastContactText(row.plan);
    case NextDueRole:
        return nextDueText(row.plan, m_today);
    case OverdueRole:
        return row.plan.next && row.plan.next->isOverdue(m_today);
    case DueThisWeekRole:
        return row.plan.next && row.plan.next->isDueThisWeek(m_today);
    case OpenFlagsRole:
        return m_flags.value(child.id).open;
    case FirstFlagRole:
        return m_flags.value(child.id).first.text(m_language);
    case FirstFlagRuleRole:
        return m_flags.value(child.id).firstRule;
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadListModel::roleNames() const
{
    return { { ChildIdRole, "childId" }, { NameRole, "name" }, { DetailsRole, "details" },
        { UnbornRole, "unborn" }, { OnDeviceRole, "onDevice" }, { RemovedRole, "removed" },
        { LastContactRole, "lastContact" }, { NextDueRole, "nextDue" }, { OverdueRole, "overdue" },
        { DueThisWeekRole, "dueThisWeek" }, { OpenFlagsRole, "openFlags" },
        { FirstFlagRole, "firstFlag" }, { FirstFlagRuleRole, "firstFlagRule" } };
}

QString CaseloadListModel::details(const Child &child)
{
    if (child.isUnborn())
        return child.expectedDate
            ? tr("Unborn, due %1").arg(VisitDates::showDate(*child.expectedDate))
            : tr("Unborn");
    return tr("Born %1").arg(VisitDates::showDate(*child.dateOfBirth));
}

namespace {
// Four-digit years in both languages: a two-digit year is ambiguous on a record.
QString day(const QDate &date)
{
    return QLocale().toString(date, QStringLiteral("dd/MM/yyyy"));
}
} // namespace

QString CaseloadListModel::lastContactText(const ChildPlan &plan)
{
    if (!plan.last)
        return tr("No contact recorded");
    const ChildContact &last = *plan.last;
    if (!last.byYou)
        return tr("Last contact %1: agency record").arg(day(last.date));
    if (!last.seen)
        return tr("Last contact %1: visit by you").arg(day(last.date));
    return *last.seen ? tr("Last contact %1: visit by you, child seen").arg(day(last.date))
                      : tr("Last contact %1: visit by you, child not seen").arg(day(last.date));
}

QString CaseloadListModel::nextDueText(const ChildPlan &plan, const QDate &today) const
{
    if (!plan.next)
        return {};
    const NextContact &next = *plan.next;
    const bool overdue = next.isOverdue(today);
    if (next.basis == NextContact::Basis::Planned)
        return overdue ? tr("Overdue: contact planned by your agency for %1").arg(day(next.from))
                       : tr("Next contact planned by your agency: %1").arg(day(next.from));
    const QString name = next.label.text(m_language);
    if (overdue)
        return tr("Overdue: %1, due by %2").arg(name, day(next.until));
    if (next.from <= today)
        return tr("Due now: %1, by %2").arg(name, day(next.until));
    return tr("Next due: %1, from %2").arg(name, day(next.from));
}

void CaseloadListModel::setQuery(const QString &query)
{
    if (query == m_query.text)
        return;
    m_query.text = query;
    m_debounce.start();
    Q_EMIT queryChanged();
}

void CaseloadListModel::setSortOrder(SortOrder order)
{
    if (order == sortOrder() || order < ByName || order > ByLastContact)
        return;
    m_query.sort = CaseloadQuery::Sort(order);
    Q_EMIT viewChanged();
    refresh();
}

void CaseloadListModel::setFilter(Filter filter)
{
    if (filter == this->filter() || filter < AllChildren || filter > Flagged)
        return;
    m_query.filter = CaseloadQuery::Filter(filter);
    Q_EMIT viewChanged();
    refresh();
}

void CaseloadListModel::setNotSeenWeeks(int weeks)
{
    if (weeks == m_query.notSeenWeeks || weeks < 1 || weeks > 104)
        return;
    m_query.notSeenWeeks = weeks;
    Q_EMIT viewChanged();
    if (m_query.filter == CaseloadQuery::Filter::NotSeen)
        refresh();
}

void CaseloadListModel::setFlags(const QHash<QString, ChildFlagSummary> &flags)
{
    m_flags = flags;
    m_flagsJudged = true;
    m_query.flagged.clear();
    for (auto it = m_flags.cbegin(); it != m_flags.cend(); ++it)
        if (it->open > 0)
            m_query.flagged.insert(it.key());
    Q_EMIT flagsChanged();
    if (m_query.filter == CaseloadQuery::Filter::Flagged)
        refresh();
    else if (m_shown > 0)
        Q_EMIT dataChanged(
            index(0), index(int(m_shown) - 1), { OpenFlagsRole, FirstFlagRole, FirstFlagRuleRole });
}

void CaseloadListModel::setRepository(CaseloadRepository *repository)
{
    m_repository = repository;
    // The flags were judged from this vault's records: they go with the lock too.
    if (!repository && (m_flagsJudged || !m_flags.isEmpty())) {
        m_flags.clear();
        m_query.flagged.clear();
        m_flagsJudged = false;
        Q_EMIT flagsChanged();
    }
    // The search may hold a child's name: it goes with the lock. Sort and filter stay.
    m_query.text.clear();
    Q_EMIT queryChanged();
    refresh();
}

QString CaseloadListModel::dayFromToday(int days) const
{
    return m_repository ? m_repository->today().addDays(days).toString(Qt::ISODate) : QString();
}

void CaseloadListModel::refresh()
{
    m_debounce.stop();
    QList<CaseloadRow> rows;
    int total = 0;
    if (m_repository) {
        if (auto found = m_repository->plan(m_query))
            rows = std::move(found.value());
        if (auto size = m_repository->childCount())
            total = int(size.value());
        m_today = m_repository->today();
    }
    m_changing = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_shown = std::min(PageSize, m_rows.size());
    m_total = total;
    endResetModel();
    m_changing = false;
    Q_EMIT countChanged();
}

} // namespace hearth
