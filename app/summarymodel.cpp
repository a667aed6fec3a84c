#include "summarymodel.h"

#include "visit/visitservices.h"

namespace hearth {

SummaryModel::SummaryModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sections.size());
}

QVariant SummaryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Section &section = m_sections.at(index.row());
    switch (role) {
    case StepRole:
        return section.step;
    case Qt::DisplayRole:
    case TitleRole:
        return section.title;
    case BodyRole:
        return section.body;
    case QuotesRole:
        return section.quotes;
    default:
        return {};
    }
}

QHash<int, QByteArray> SummaryModel::roleNames() const
{
    return { { StepRole, "step" }, { TitleRole, "title" }, { BodyRole, "body" },
        { QuotesRole, "quotes" } };
}

QString SummaryModel::plainText() const
{
    QStringList parts;
    for (const Section &section : m_sections)
        parts << section.title + u'\n' + section.body;
    return parts.join(QStringLiteral("\n\n"));
}

void SummaryModel::rebuild(const Visit &visit, const Child &child, const VisitServices &services)
{
    rebuild(visit, child.displayName(), services.packFor(visit.packId, visit.packVersion),
        services.language());
}

void SummaryModel::rebuild(
    const Visit &visit, const QString &childName, const ContentPack *pack, const QString &language)
{
    QList<Section> next = VisitSummaryText::sections(visit, childName, pack, language);
    const bool countChanges = next.size() != m_sections.size();
    if (countChanges) {
        beginResetModel();
        m_sections = std::move(next);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (next.at(i).body == m_sections.at(i).body && next.at(i).title == m_sections.at(i).title
            && next.at(i).quotes == m_sections.at(i).quotes)
            continue;
        m_sections[i] = next.at(i);
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
    Q_EMIT countChanged(); // plainText follows the sections
}

void SummaryModel::clear()
{
    if (m_sections.isEmpty())
        return;
    beginResetModel();
    m_sections.clear();
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace hearth
