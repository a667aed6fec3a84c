#include "synchistorymodel.h"

#include <QLocale>

namespace hearth {

int SyncHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

QVariant SyncHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SyncAttempt &attempt = m_attempts.at(index.row());
    switch (role) {
    case WhenRole:
        return whenText(attempt.startedUtc);
    case CauseRole:
        return causeText(attempt.trigger);
    case Qt::DisplayRole:
    case OutcomeRole:
        return outcomeText(attempt.outcome);
    case ToneRole:
        return int(tone(attempt.outcome));
    case CountsRole:
        return countsText(attempt);
    case DetailRole:
        return attempt.message;
    default:
        return {};
    }
}

QHash<int, QByteArray> SyncHistoryModel::roleNames() const
{
    return { { WhenRole, "when" }, { CauseRole, "cause" }, { OutcomeRole, "outcome" },
        { ToneRole, "tone" }, { CountsRole, "counts" }, { DetailRole, "detail" } };
}

void SyncHistoryModel::reset(QList<SyncAttempt> attempts)
{
    beginResetModel();
    m_attempts = std::move(attempts);
    endResetModel();
}

QString SyncHistoryModel::outcomeText(SyncAttempt::Outcome outcome)
{
    using Outcome = SyncAttempt::Outcome;
    switch (outcome) {
    case Outcome::Success:
        return tr("Sent and up to date");
    case Outcome::Offline:
        return tr("Could not reach the agency");
    case Outcome::ServerError:
        return tr("The agency server had a problem");
    case Outcome::Refused:
        return tr("The agency server refused something");
    case Outcome::Revoked:
        return tr("This tablet has been disconnected by the agency");
    case Outcome::PinMismatch:
        return tr("The server did not prove it is your agency's");
    case Outcome::Cancelled:
        return tr("Stopped before it finished");
    }
    return {};
}

SyncTone::Tone SyncHistoryModel::tone(SyncAttempt::Outcome outcome)
{
    using Outcome = SyncAttempt::Outcome;
    switch (outcome) {
    case Outcome::Success:
        return SyncTone::Ok;
    case Outcome::Offline:
    case Outcome::ServerError:
    case Outcome::Cancelled:
        return SyncTone::Attention;
    case Outcome::Refused:
    case Outcome::Revoked:
    case Outcome::PinMismatch:
        return SyncTone::Error;
    }
    return SyncTone::Neutral;
}

QString SyncHistoryModel::causeText(SyncTrigger trigger)
{
    switch (trigger) {
    case SyncTrigger::Unlock:
        return tr("after unlocking");
    case SyncTrigger::Signed:
        return tr("after a visit was signed");
    case SyncTrigger::NetworkBack:
        return tr("when the network came back");
    case SyncTrigger::Timer:
        return tr("scheduled");
    case SyncTrigger::Manual:
        return tr("you asked");
    }
    return {};
}

QString SyncHistoryModel::countsText(const SyncAttempt &attempt)
{
    QStringList parts;
    if (attempt.sent > 0 || attempt.acknowledged > 0)
        parts << tr("%n record(s) sent", nullptr, attempt.sent)
              << tr("%n confirmed by the agency", nullptr, attempt.acknowledged);
    if (attempt.downloaded > 0)
        parts << tr("%n caseload change(s) received", nullptr, attempt.downloaded);
    return parts.join(QStringLiteral(" · "));
}

QString SyncHistoryModel::whenText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QStringLiteral("HH:mm"));
    if (local.date() == QDate::currentDate())
        return time;
    return locale.toString(local.date(), QStringLiteral("ddd d MMM")) + QStringLiteral(", ") + time;
}

} // namespace hearth
