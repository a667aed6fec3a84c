#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace hearth {

// The visits on the home screen: drafts being recorded (resume, discard) or signed visits
// (open read-only). Rows come from the Workspace already in display form, one page at a time:
// a year of signed visits is thousands of rows, so the model holds only the pages a ListView
// has scrolled to (canFetchMore/fetchMore) and never parses a visit body while scrolling.
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the Workspace")
    // Every row the list can show, loaded or not (the model's rowCount is what is loaded).
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
    // Reads at most `limit` rows from `offset`, in display order.
    using PageReader = std::function<QList<Row>(qsizetype offset, qsizetype limit)>;

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

    static constexpr qsizetype PageSize = 40;

    explicit DraftListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    int count() const { return int(m_total); }
    // Starts again from the first page of `total` rows read through `reader`.
    void setSource(qsizetype total, PageReader reader);
    void clear();
    // The rows loaded so far.
    const QList<Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
    qsizetype m_total = 0;
    PageReader m_reader;
    bool m_changing = false; // inside a reset or an insert of this model
};

} // namespace hearth
