#include "draftlistmodel.h"

namespace hearth {

DraftListModel::DraftListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int DraftListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DraftListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case VisitIdRole:
        return row.visitId;
    case ChildIdRole:
        return row.childId;
    case Qt::DisplayRole:
    case ChildNameRole:
        return row.childName;
    case WhenRole:
        return row.when;
    case DetailRole:
        return row.detail;
    case StepRole:
        return row.step;
    default:
        return {};
    }
}

QHash<int, QByteArray> DraftListModel::roleNames() const
{
    return { { IdRole, "recordId" }, { VisitIdRole, "visitId" }, { ChildIdRole, "childId" },
        { ChildNameRole, "childName" }, { WhenRole, "when" }, { DetailRole, "detail" },
        { StepRole, "step" } };
}

void DraftListModel::setRows(QList<Row> rows)
{
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
}

} // namespace hearth
