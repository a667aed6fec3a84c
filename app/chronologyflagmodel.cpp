#include "chronologyflagmodel.h"

#include "chronologytext.h"

namespace hearth {

int ChronologyFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flags.size());
}

QVariant ChronologyFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PatternFlag &flag = m_flags.at(index.row());
    switch (role) {
    case TextRole:
    case Qt::DisplayRole:
        return text(index.row());
    case RuleRole:
        return flag.ruleId;
    case AcknowledgedRole:
        return flag.acknowledged;
    case EvidenceCountRole:
        return int(flag.evidence.size());
    case PeriodRole:
        return flag.from == flag.to
            ? ChronologyText::date(flag.from)
            : tr("%1 to %2").arg(ChronologyText::date(flag.from), ChronologyText::date(flag.to));
    case StatusRole:
        return status(index.row());
    case SubjectRole:
        return flag.subject;
    default:
        return {};
    }
}

QHash<int, QByteArray> ChronologyFlagModel::roleNames() const
{
    return { { TextRole, "text" }, { RuleRole, "rule" }, { AcknowledgedRole, "acknowledged" },
        { EvidenceCountRole, "evidenceCount" }, { PeriodRole, "period" }, { StatusRole, "status" },
        { SubjectRole, "subject" } };
}

void ChronologyFlagModel::reset(QList<PatternFlag> flags, const QString &language)
{
    beginResetModel();
    m_flags = std::move(flags);
    m_language = language;
    endResetModel();
    Q_EMIT countChanged();
}

int ChronologyFlagModel::open() const
{
    return int(std::count_if(m_flags.cbegin(), m_flags.cend(),
        [](const PatternFlag &flag) { return !flag.acknowledged; }));
}

QString ChronologyFlagModel::text(int row) const
{
    return m_flags.value(row).text(m_language);
}

QString ChronologyFlagModel::status(int row) const
{
    const PatternFlag flag = m_flags.value(row);
    const QString records = tr("%n record(s)", nullptr, int(flag.evidence.size()));
    // A supervisor's review is said beside the practitioner's own acknowledgement, never in
    // place of it: the flag stays hers to acknowledge.
    if (flag.reviewed)
        return flag.acknowledged
            ? tr("Acknowledged · reviewed by a supervisor · rests on %1").arg(records)
            : tr("Reviewed by a supervisor, not yet acknowledged · rests on %1").arg(records);
    return flag.acknowledged ? tr("Acknowledged · rests on %1").arg(records)
                             : tr("Not yet acknowledged · rests on %1").arg(records);
}

} // namespace hearth
