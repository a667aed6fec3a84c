#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The visits on the home screen: drafts being recorded (resume, discard) or signed visits
// (open read-only). Rows are prepared by the Workspace from the DraftStore and the record
// store, already in display form, so the list never parses a visit body while scrolling.
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    struct Row
    {
        QString id; // draft id, or the signed record id
        QString visitId;
        QString childId;
        QString childName;
        QString when;   // for display: last change or signing time
        QString detail; // "Step 4 of 9: Lived experience", "Signed by ..."
        int step = 0;
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1,
        VisitIdRole,
        ChildIdRole,
        ChildNameRole,
        WhenRole,
        DetailRole,
        StepRole
    };
    Q_ENUM(Role)

    explicit DraftListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_rows.size()); }
    void setRows(QList<Row> rows);
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace hearth
