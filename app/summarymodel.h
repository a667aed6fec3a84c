#pragma once

#include "content/contentpack.h"
#include "model/child.h"
#include "model/visit.h"
#include "visit/visitsummarytext.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace hearth {

class VisitServices;

// The visit's summary (VisitSummaryText, in core) as a list model, one row per wizard step:
// what the review shows, what "Sign and finish" says will be signed, and what a signed visit
// shows read-only.
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
        BodyRole,
        QuotesRole // the lines of the body that are the child's own words
    };
    Q_ENUM(Role)

    using Section = VisitSummaryText::Section;

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

Q_SIGNALS:
    void countChanged();

private:
    QList<Section> m_sections;
};

} // namespace hearth
