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
    const QString rowPath = m_path + u'.' + QString::number(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        // The row's written values, for anything that shows a row as one line of text.
        QStringList parts;
        const QVariantMap item = m_visit->value(rowPath).toMap();
        for (const QVariant &value : item)
            if (value.typeId() == QMetaType::QString && !value.toString().isEmpty())
                parts << value.toString();
        return parts.join(QStringLiteral(", "));
    }
    case ItemRole:
        return m_visit->value(rowPath);
    case PathRole:
        return rowPath;
    default:
        return {};
    }
}

QHash<int, QByteArray> VisitRowsModel::roleNames() const
{
    return { { ItemRole, "item" }, { PathRole, "rowPath" } };
}

void VisitRowsModel::setVisit(VisitController *visit)
{
    if (visit == m_visit)
        return;
    if (m_visit)
        m_visit->disconnect(this);
    m_visit = visit;
    if (m_visit) {
        connect(m_visit, &VisitController::listChanged, this, [this](const QString &listPath) {
            if (listPath == m_path)
                reload();
        });
        connect(m_visit, &VisitController::valueChanged, this, &VisitRowsModel::onValueChanged);
    }
    reload();
    Q_EMIT visitChanged();
}

void VisitRowsModel::setPath(const QString &path)
{
    if (path == m_path)
        return;
    m_path = path;
    reload();
    Q_EMIT pathChanged();
}

void VisitRowsModel::reload()
{
    const int count = m_visit && !m_path.isEmpty() ? m_visit->count(m_path) : 0;
    beginResetModel();
    m_count = count;
    endResetModel();
    Q_EMIT countChanged();
}

void VisitRowsModel::onValueChanged(const QString &path)
{
    const QString prefix = m_path + u'.';
    if (!path.startsWith(prefix))
        return;
    const int row = path.mid(prefix.size()).section(u'.', 0, 0).toInt();
    if (row >= 0 && row < m_count)
        Q_EMIT dataChanged(index(row), index(row));
}

} // namespace hearth
