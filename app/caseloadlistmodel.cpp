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
    return !parent.isValid() && m_shown < m_children.size();
}

void CaseloadListModel::fetchMore(const QModelIndex &parent)
{
    // Views and QAbstractItemModelTester ask for more from inside this model's own reset and
    // insert notifications; rows inserted then would nest one change inside another.
    if (m_changing || !canFetchMore(parent))
        return;
    const qsizetype more = std::min(PageSize, m_children.size() - m_shown);
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
    const Child &child = m_children.at(index.row());
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
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseloadListModel::roleNames() const
{
    return { { ChildIdRole, "childId" }, { NameRole, "name" }, { DetailsRole, "details" },
        { UnbornRole, "unborn" }, { OnDeviceRole, "onDevice" }, { RemovedRole, "removed" } };
}

QString CaseloadListModel::details(const Child &child)
{
    if (child.isUnborn())
        return child.expectedDate
            ? tr("Unborn, due %1").arg(VisitDates::showDate(*child.expectedDate))
            : tr("Unborn");
    return tr("Born %1").arg(VisitDates::showDate(*child.dateOfBirth));
}

void CaseloadListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    m_debounce.start();
    Q_EMIT queryChanged();
}

void CaseloadListModel::setRepository(CaseloadRepository *repository)
{
    m_repository = repository;
    m_query.clear();
    Q_EMIT queryChanged();
    refresh();
}

void CaseloadListModel::refresh()
{
    m_debounce.stop();
    QList<Child> children;
    int total = 0;
    if (m_repository) {
        auto found = m_repository->search(m_query);
        if (found)
            children = std::move(found.value());
        // The size of the whole caseload, counted when the list is unfiltered.
        total = m_query.trimmed().isEmpty() ? int(children.size()) : m_total;
    }
    m_changing = true;
    beginResetModel();
    m_children = std::move(children);
    m_shown = std::min(PageSize, m_children.size());
    m_total = total;
    endResetModel();
    m_changing = false;
    Q_EMIT countChanged();
}

} // namespace hearth
