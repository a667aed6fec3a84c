#pragma once

#include "synctone.h"

#include "sync/synctypes.h"

#include <QAbstractListModel>
#include <QList>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The sync screen's list of attempts, newest first, in the practitioner's language: when,
// what started it, how it went, and the counts. Emptied on lock like every other model.
class SyncHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The sync history belongs to SyncStatus")
public:
    enum Role
    {
        WhenRole = Qt::UserRole + 1,
        CauseRole,
        OutcomeRole,
        ToneRole, // a SyncTone::Tone
        CountsRole,
        DetailRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void reset(QList<SyncAttempt> attempts);

    // Shared with SyncStatus's line, so the list and the bar say the same thing.
    static QString outcomeText(SyncAttempt::Outcome outcome);
    static SyncTone::Tone tone(SyncAttempt::Outcome outcome);
    static QString causeText(SyncTrigger trigger);
    static QString countsText(const SyncAttempt &attempt);
    // "14:02" today, "Tue 30 Nov, 14:02" otherwise, in the local time zone.
    static QString whenText(const QDateTime &utc);

private:
    QList<SyncAttempt> m_attempts;
};

} // namespace hearth
