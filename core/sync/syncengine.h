#pragma once

#include "common/clock.h"
#include "sync/synctypes.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace hearth {

class Vault;
class CaseloadRepository;
struct BackoffPolicy;
struct SyncRunResult;

// Moves signed records from the vault's outbox to the agency server and the caseload back,
// one per unlocked vault. It decides when to try (unlock, each signed record, network back,
// a periodic timer, "sync now", and backoff after failures), runs one attempt at a time, and
// records every attempt. The app destroys it before the vault locks: destruction aborts any
// request in flight, and because outbox rows only leave under a verified receipt and the
// caseload cursor only moves with the page it covers, an interrupted attempt loses nothing.
class SyncEngine : public QObject
{
    Q_OBJECT
public:
    SyncEngine(Vault &vault, QNetworkAccessManager &network, const Clock &clock,
        QObject *parent = nullptr);
    ~SyncEngine() override;

    std::optional<EnrolmentInfo> enrolment() const;
    int waitingCount() const; // signed records not yet covered by a receipt
    std::optional<QDateTime> lastSuccessUtc() const;
    bool isRunning() const;
    std::optional<SyncAttempt> lastAttempt() const;
    QList<SyncAttempt> history(int limit = 50) const;
    QDateTime nextAttemptUtc() const; // invalid when none is scheduled

    void start(SyncTrigger trigger); // no-op while running (coalesced) or not enrolled
    void cancel();                   // aborts in-flight requests; safe to call any time

    // For tests and hearthctl: request timeout, batch and page sizes, and the backoff shape.
    void setTransferTimeout(std::chrono::milliseconds timeout);
    void setBatchSize(int records);     // 1..500
    void setCaseloadPageSize(int rows); // 1..1000
    void setBackoffPolicy(const BackoffPolicy &policy);
    // Turns the automatic retries after failures off (hearthctl runs one attempt and exits).
    void setRetryAutomatically(bool retry);
    // Downloads are written through the app's repository, so its in-memory caseload index
    // stays right (the engine keeps its own when none is given, e.g. in hearthctl).
    void setCaseloadRepository(CaseloadRepository *repository);

Q_SIGNALS:
    void statusChanged(); // any getter above may have changed
    void attemptFinished(const hearth::SyncAttempt &attempt);
    void caseloadChanged(); // a download stored something: lists should refresh

private:
    void refresh();
    void onRunFinished(const SyncRunResult &result);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace hearth
