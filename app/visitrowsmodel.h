#pragma once

#include "visitcontroller.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The rows of one list in the open visit (adults present, appointments the child was not
// brought to, next steps...), so QML can show them with a Repeater or ListView and edit a
// row's fields through the controller. The controller stays the only owner of the data;
// this model just follows its changes.
class VisitRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::VisitController *visit READ visit WRITE setVisit NOTIFY visitChanged)
    // Which list (VisitField.List); -1 shows nothing.
    Q_PROPERTY(int list READ list WRITE setList NOTIFY listChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        ItemRole = Qt::UserRole + 1
    };
    Q_ENUM(Role)

    explicit VisitRowsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    VisitController *visit() const { return m_visit; }
    void setVisit(VisitController *visit);
    int list() const { return m_list; }
    void setList(int list);
    int count() const { return m_count; }

Q_SIGNALS:
    void visitChanged();
    void listChanged();
    void countChanged();

private:
    void reload();
    void onValueChanged(int field);

    QPointer<VisitController> m_visit;
    int m_list = -1;
    int m_count = 0;
};

} // namespace hearth
