#pragma once

#include "common/clock.h"
#include "sync/syncstore.h"
#include "sync/synctypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace hearth {

class CaseloadRepository;
class PinnedClient;
class RecordStore;
class Vault;
struct HttpOutcome;
struct ServerProblem;

// What one attempt came to.
struct SyncRunResult
{
    SyncAttempt::Outcome outcome = SyncAttempt::Outcome::Success;
    QString message;
    int sent = 0;
    int acknowledged = 0;
    int downloaded = 0;
    bool retry = false; // worth trying again by itself (offline, server trouble)
    std::optional<std::chrono::seconds> retryAfter;
};

// One sync attempt: the outbox sent in sequence order, batch by batch (each batch's photographs
// first, PUT /v1/attachments, so the agency never holds a visit it cannot show), each answer's
// receipt verified with the pinned server key before any outbox row goes, then the caseload pages
// after the stored cursor. It owns no state between attempts: everything that must survive is
// written to the vault the moment it is known (a receipt with the outbox rows it covers, a
// page with the cursor after it), so an attempt cut off anywhere leaves nothing half-done.
class SyncRun : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int batchSize = 500;
        int pageSize = 1000;
    };

    using Result = SyncRunResult;

    struct Context
    {
        Vault &vault;
        PinnedClient &client;
        const Clock &clock;
        RecordStore &records;
        SyncStore &store;
        CaseloadRepository &caseload;
        StoredEnrolment enrolment;
        qint64 &clockOffset; // seconds added to request timestamps (kept by the engine)
    };

    SyncRun(Context context, Settings settings, QObject *parent = nullptr);

    void start();
    // Stops at once; finished() is not emitted.
    void abort();

Q_SIGNALS:
    void progressed(); // records acknowledged or caseload stored
    void finished(const hearth::SyncRunResult &result);

private:
    using Handler = std::function<void(const HttpOutcome &)>;
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, Handler handler);
    // true when the outcome ended the attempt (failure reported)
    bool handledAsFailure(const HttpOutcome &outcome);
    void sendBatch();
    // The batch's photographs the server has not accepted yet go first, one request each.
    void sendNextPhoto();
    void onPhotoAnswer(const HttpOutcome &outcome);
    void postBatch();
    // "waiting=N": the signed records not yet covered by a receipt, this batch's included, so
    // the agency's console can show a tablet falling behind (PROTOCOL.md, POST /v1/records).
    QString waitingQuery() const;
    void onRecordsAnswer(const HttpOutcome &outcome);
    void requestPage();
    void onPage(const HttpOutcome &outcome);
    void finish(SyncAttempt::Outcome outcome, const QString &message = {}, bool retry = false);
    bool stillUnlocked();
    QUrl endpoint(const QString &path, const QString &query = {}) const;

    Context m_context;
    Settings m_settings;
    Result m_result;
    qint64 m_from = 0; // records after this seq are sent next
    int m_gapResends = 0;
    int m_pages = 0;
    QString m_cursor;
    bool m_skewRetried = false;
    bool m_done = false;
    // The request in flight, so a clock-skew answer can re-sign and repeat it once.
    QByteArray m_method;
    QUrl m_url;
    QByteArray m_body;
    Handler m_handler;
    // The batch waiting for its photographs, and those photographs (hash, and the seq of the
    // record naming it) still to send.
    QByteArray m_batch;
    QHash<qint64, QStringList> m_batchPhotos;
    QList<std::pair<QString, qint64>> m_photos;
    // Supervision records refused on any page of this attempt, one sentence each.
    QStringList m_supervisionRefused;
};

} // namespace hearth

Q_DECLARE_METATYPE(hearth::SyncRunResult)
