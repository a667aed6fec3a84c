#pragma once

#include "record/jsonvalue.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// What the child put in one of the three houses (worries, good things, dreams): pictures from
// the fixed set the app ships and the child's own words, in the order they were placed.
class ChildHouseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Child mode owns the houses.")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role
    {
        PictureRole = Qt::UserRole + 1, // picture id, empty for words
        WordsRole,                      // the child's words, empty for a picture
    };
    Q_ENUM(Role)

    explicit ChildHouseModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }

    // False (nothing changes) for a picture not shipped, empty or over-long words, or a full
    // house.
    bool addPicture(const QString &picture);
    bool addWords(const QString &words);
    bool remove(int row);

    // The house's array in the child's contribution, and back (already validated).
    JsonValue toJson() const;
    void setJson(const JsonValue &items);

Q_SIGNALS:
    void countChanged();

private:
    struct Item
    {
        QString picture;
        QString words;
    };
    bool add(Item item);

    std::vector<Item> m_items;
};

} // namespace hearth
