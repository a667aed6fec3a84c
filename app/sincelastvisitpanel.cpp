#include "sincelastvisitpanel.h"

#include "content/contentlibrary.h"
#include "visit/visitdates.h"
#include "visit/visitservices.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace hearth {

SinceLastVisitPanel::SinceLastVisitPanel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int SinceLastVisitPanel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_since.flags.size() + m_since.agencySummaries.size());
}

QVariant SinceLastVisitPanel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype flags = m_since.flags.size();
    if (index.row() < flags) {
        const SinceLastVisit::Flag &flag = m_since.flags.at(index.row());
        switch (role) {
        case IsFlagRole:
            return true;
        case Qt::DisplayRole:
        case TextRole:
            return flag.flag.text(m_language);
        case EvidenceRole: {
            QStringList lines;
            for (const ChronologyEntry &entry : flag.evidence)
                lines << line(entry);
            return lines.join(u'\n');
        }
        case RuleIdRole:
            return flag.flag.ruleId;
        case DateRole:
            return VisitDates::showDate(flag.flag.to);
        case SubjectRole:
            return flag.flag.subject;
        default:
            return {};
        }
    }
    const ChronologyEntry &summary = m_since.agencySummaries.at(index.row() - flags);
    switch (role) {
    case IsFlagRole:
        return false;
    case Qt::DisplayRole:
    case TextRole:
        return tr("%1, %2: %3")
            .arg(VisitDates::showDate(summary.date), summary.author, summary.text);
    case DateRole:
        return VisitDates::showDate(summary.date);
    default:
        return {};
    }
}

QHash<int, QByteArray> SinceLastVisitPanel::roleNames() const
{
    return { { IsFlagRole, "isFlag" }, { TextRole, "text" }, { EvidenceRole, "evidence" },
        { RuleIdRole, "ruleId" }, { DateRole, "date" }, { SubjectRole, "subject" } };
}

QVariantList SinceLastVisitPanel::adultsToMeet() const
{
    QVariantList out;
    for (const SinceLastVisit::AdultToMeet &adult : m_since.adultsToMeet)
        out.append(QVariantMap { { QStringLiteral("subject"), adult.subject },
            { QStringLiteral("firstKnown"), VisitDates::showDate(adult.firstKnown) } });
    return out;
}

QString SinceLastVisitPanel::line(const ChronologyEntry &entry)
{
    using Kind = ChronologyEntry::Kind;
    const QString day = VisitDates::showDate(entry.date);
    switch (entry.kind) {
    case Kind::WasNotBrought:
        return tr("%1: not brought to %2").arg(day, entry.text);
    case Kind::Concern:
        return tr("%1: concern recorded: %2").arg(day, entry.text);
    case Kind::Injury:
        return tr("%1: injury recorded: %2").arg(day, entry.text);
    case Kind::LifeEvent:
        return tr("%1: life event: %2").arg(day, entry.text);
    case Kind::Cooperation:
        return tr("%1: co-operation level %2 of 5").arg(day).arg(entry.level.value_or(0));
    case Kind::AgencySummary:
        return tr("%1: agency record: %2").arg(day, entry.text);
    case Kind::Visit:
        if (entry.seen && !*entry.seen)
            return tr("%1: visit, child not seen").arg(day);
        return tr("%1: visit, child seen").arg(day);
    case Kind::SupervisorReview:
        return tr("%1: supervisor's review: %2").arg(day, entry.category);
    case Kind::Countersignature:
        return tr("%1: countersigned by %2").arg(day, entry.author);
    case Kind::ProfessionalDifference:
        return tr("%1: professional difference: %2").arg(day, entry.text);
    case Kind::ChildVoiceSession:
        return tr("%1: child-voice session").arg(day);
    case Kind::GoingMissing:
        return tr("%1: went missing; found: %2").arg(day, entry.text);
    case Kind::ReturnHomeInterview:
        return tr("%1: return home interview: %2").arg(day, entry.text);
    case Kind::ExploitationContext:
        return tr("%1: observed: %2").arg(day, entry.text);
    case Kind::ChildsWords:
    case Kind::Amendment:
    case Kind::FlagAcknowledgement:
        break;
    }
    return day;
}

QString SinceLastVisitPanel::heading() const
{
    return m_since.lastVisit
        ? tr("Since your last visit on %1").arg(VisitDates::showDate(*m_since.lastVisit))
        : tr("Before your first visit");
}

QString SinceLastVisitPanel::emptyText() const
{
    if (!m_ready)
        return tr("Looking through this child's records…");
    if (!m_since.isEmpty())
        return {};
    return m_since.lastVisit
        ? tr("Nothing new since your visit on %1.").arg(VisitDates::showDate(*m_since.lastVisit))
        : tr("No flags and no agency records for this child yet.");
}

QString SinceLastVisitPanel::moreText() const
{
    return m_since.moreSummaries > 0
        ? tr("And %1 earlier agency records: the child's chronology shows them all.")
              .arg(m_since.moreSummaries)
        : QString();
}

void SinceLastVisitPanel::load(
    VisitServices &services, const QString &childId, const QString &author)
{
    const ContentPack *pack = services.content().current();
    const QDateTime now = services.clock().nowUtc();
    auto input = pack ? CaseloadFlagInput::readChild(
                     services.records(), services.caseload(), pack->patterns, now, childId)
                      : Expected<CaseloadFlagInput, QString>(unexpected(QString()));
    clear();
    m_childId = childId;
    Q_EMIT changed();
    if (!input)
        return show({}); // said plainly as "nothing new": the flags are on the caseload too
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<SinceLastVisit>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            show(watcher->result());
    });
    const QDate today = now.toLocalTime().date();
    watcher->setFuture(
        QtConcurrent::run([input = std::move(input.value()), childId, author, today] {
            return SinceLastVisit::judge(input, childId, author, today);
        }));
}

void SinceLastVisitPanel::clear()
{
    ++m_generation;
    beginResetModel();
    m_since = {};
    m_ready = false;
    m_childId.clear();
    endResetModel();
    Q_EMIT changed();
}

void SinceLastVisitPanel::show(SinceLastVisit since)
{
    beginResetModel();
    m_since = std::move(since);
    m_ready = true;
    endResetModel();
    Q_EMIT changed();
}

} // namespace hearth
