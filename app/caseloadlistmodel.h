#pragma once

#include "model/child.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class CaseloadRepository;

// The practitioner's caseload on the home screen, filtered as they type. Typing restarts a
// short debounce so a fast typist causes one search, and each search runs on the repository's
// in-memory index (no SQL per keystroke). Rows are handed to the view a page at a time
// (canFetchMore/fetchMore), so a 2,000-child caseload makes a page of rows, not 2,000. Without a
// repository (locked) it is empty.
class CaseloadListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role
    {
        ChildIdRole = Qt::UserRole + 1,
        NameRole,
        DetailsRole,
        UnbornRole,
        OnDeviceRole,
        RemovedRole // taken off this practitioner's caseload by the agency (kept, not visited)
    };
    Q_ENUM(Role)

    static constexpr int DebounceMs = 120;
    static constexpr qsizetype PageSize = 60;

    explicit CaseloadListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    QString query() const { return m_query; }
    void setQuery(const QString &query);
    // Every child that matches, shown yet or not.
    int count() const { return int(m_children.size()); }
    int total() const { return m_total; }

    void setRepository(CaseloadRepository *repository);
    // Runs the pending search now (tests, and Enter in the search box).
    Q_INVOKABLE void refresh();

    static QString details(const Child &child);

Q_SIGNALS:
    void queryChanged();
    void countChanged();

private:
    CaseloadRepository *m_repository = nullptr;
    QString m_query;
    QList<Child> m_children;
    qsizetype m_shown = 0;   // rows handed to the view so far
    bool m_changing = false; // inside a reset or an insert of this model
    int m_total = 0;
    QTimer m_debounce;
};

} // namespace hearth
