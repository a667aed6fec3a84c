#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QStringList>

namespace hearth {

// The passcode rules as a list the first-run and change-passcode forms show, each ticked
// as soon as the passcode being typed meets it. It keeps only the ticks, never the text.
class PasscodeChecklist : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool allMet READ allMet NOTIFY allMetChanged)

public:
    enum Role
    {
        TextRole = Qt::UserRole + 1,
        MetRole
    };
    Q_ENUM(Role)

    explicit PasscodeChecklist(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool allMet() const;
    // Re-checks every rule against the passcode as typed so far.
    Q_INVOKABLE void evaluate(const QString &passcode);

Q_SIGNALS:
    void allMetChanged();

private:
    QStringList m_rules;
    QList<bool> m_met;
};

} // namespace hearth
