#include "visitrowsmodel.h"

#include "visitcontroller.h"

namespace hearth {

VisitRowsModel::VisitRowsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int VisitRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant VisitRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_visit)
        return {};
    const QVariantMap item = m_visit->row(m_list, index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // The row's written values, for anything that shows a row as one line of text.
        QStringList parts;
        for (const QVariant &value : item)
            if (value.typeId() == QMetaType::QString && !value.toString().isEmpty())
                parts << value.toString();
        return parts.join(QStringLiteral(", "));
    }
    case ItemRole:
        return item;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitRowsModel::roleNames() const
{
    return { { ItemRole, "item" } };
}

void VisitRowsModel::setVisit(VisitController *visit)
{
    if (visit == m_visit)
        return;
    if (m_visit)
        m_visit->disconnect(this);
    m_visit = visit;
    if (m_visit) {
        connect(m_visit, &VisitController::listChanged, this, [this](int list) {
            if (list == m_list)
                reload();
        });
        connect(m_visit, &VisitController::valueChanged, this, &VisitRowsModel::onValueChanged);
    }
    reload();
    Q_EMIT visitChanged();
}

void VisitRowsModel::setList(int list)
{
    if (list == m_list)
        return;
    m_list = list;
    reload();
    Q_EMIT listChanged();
}

void VisitRowsModel::reload()
{
    const int count = m_visit ? m_visit->rowCount(m_list) : 0;
    beginResetModel();
    m_count = count;
    endResetModel();
    Q_EMIT countChanged();
}

void VisitRowsModel::onValueChanged(int field)
{
    // The signal names the field, not the row: every row of its list may show it.
    const bool ours = field < 0
        || (VisitField::isValid(field) && VisitField::spec(VisitField::Id(field)).list == m_list
            && VisitField::spec(VisitField::Id(field)).scope == VisitField::Scope::Row);
    if (ours && m_count > 0)
        Q_EMIT dataChanged(index(0), index(m_count - 1));
}

} // namespace hearth
