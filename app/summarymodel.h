#pragma once

#include "content/contentpack.h"
#include "model/child.h"
#include "model/visit.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The whole visit as readable text, one row per wizard step: what the review shows, what
// "Sign and finish" says will be signed, and what a signed visit shows read-only. Written as
// sentences a manager or a court could read, in the practitioner's language, with the child's
// own words marked as theirs.
class SummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Built from a visit")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString plainText READ plainText NOTIFY countChanged)

public:
    enum Role
    {
        StepRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole
    };
    Q_ENUM(Role)

    struct Section
    {
        int step = 0; // 1-9
        QString title;
        QString body;
    };
    // A free-text answer with where it lives, for the plain-language check of the review.
    struct TextField
    {
        int step = 0;
        QString path;
        QString text;
    };

    explicit SummaryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_sections.size()); }
    QString plainText() const;

    void rebuild(const Visit &visit, const Child &child, const VisitServices &services);
    void rebuild(const Visit &visit, const QString &childName, const ContentPack *pack,
        const QString &language);
    void clear();

    static QList<Section> sections(const Visit &visit, const QString &childName,
        const ContentPack *pack, const QString &language);
    static QList<TextField> freeText(const Visit &visit);

Q_SIGNALS:
    void countChanged();

private:
    QList<Section> m_sections;
};

} // namespace hearth
