#pragma once

#include "chronology/patternflag.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The flags at the top of a child's chronology, in plain words: what each saw, over which
// period, on how many records, and whether it has been acknowledged. A handful per child, so
// the screen lays them out in full; tapping one shows its evidence (ChronologyModel).
class ChronologyFlagModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The flags belong to a chronology")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int open READ open NOTIFY countChanged)

public:
    enum Role
    {
        TextRole = Qt::UserRole + 1,
        RuleRole,
        AcknowledgedRole,
        EvidenceCountRole,
        PeriodRole,
        StatusRole,
        SubjectRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(QList<PatternFlag> flags, const QString &language);
    const QList<PatternFlag> &flags() const { return m_flags; }
    // Flags not yet acknowledged.
    int open() const;
    QString text(int row) const;
    // "Acknowledged" or "Not acknowledged", with the period and the number of records.
    QString status(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QList<PatternFlag> m_flags;
    QString m_language;
};

} // namespace hearth
