#include "recordshandler.h"

#include "devicerepository.h"
#include "ingestservice.h"
#include "problem.h"
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "requestauthenticator.h"

#include <QDebug>

#include <algorithm>

namespace hearth::server {

namespace {
Problem batchProblem(const RecordBatch::Error &error)
{
    const QString where = error.line > 0 ? QStringLiteral("line %1: ").arg(error.line) : QString();
    switch (error.kind) {
    case RecordBatch::Error::Kind::Empty:
        return Problem::make(ProblemType::InvalidRequest, 400, error.message);
    case RecordBatch::Error::Kind::TooManyRecords:
    case RecordBatch::Error::Kind::RecordTooLarge:
        return Problem::make(ProblemType::PayloadTooLarge, 413, where + error.message);
    case RecordBatch::Error::Kind::MalformedJson:
        break;
    }
    return Problem::make(ProblemType::MalformedJson, 400, where + error.message);
}

// `?waiting=N`: the records the tablet holds not yet accepted, this batch's included. It is in
// the signed target, so nobody on the way can change it. Absent (older tablets): nullopt.
Expected<std::optional<qint64>, Problem> waitingReported(const IncomingRequest &request)
{
    for (const auto &[key, value] : request.query.queryItems()) {
        if (key != u"waiting")
            return unexpected(Problem::make(ProblemType::InvalidRequest, 400,
                QStringLiteral("unknown query parameter \"%1\"").arg(key.left(40))));
    }
    const QStringList values = request.query.allQueryItemValues(QStringLiteral("waiting"));
    if (values.isEmpty())
        return std::optional<qint64>();
    const QString &text = values.first();
    if (values.size() > 1 || text.isEmpty() || text.size() > 15
        || !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return unexpected(Problem::make(ProblemType::InvalidRequest, 400,
            QStringLiteral("waiting must be given once, as a whole number of records from 0 to "
                           "999999999999999")));
    return std::optional<qint64>(text.toLongLong());
}

// What remains after this request: the records it stored or found already stored are no longer
// waiting. A tablet resending records it already had a receipt for can make this go below zero.
qint64 stillWaiting(qint64 reported, const QList<RecordResult> &results)
{
    const auto accepted = std::count_if(results.begin(), results.end(),
        [](const RecordResult &result) { return result.status != RecordResult::Status::Rejected; });
    return std::max<qint64>(0, reported - qint64(accepted));
}

JsonValue resultJson(const RecordResult &result)
{
    JsonValue json = JsonValue::object(
        { { QStringLiteral("status"), IngestService::statusName(result.status) } });
    json.insert(
        QStringLiteral("id"), result.id.isEmpty() ? JsonValue(nullptr) : JsonValue(result.id));
    if (result.seq >= 0)
        json.insert(QStringLiteral("seq"), result.seq);
    if (result.problem) {
        json.insert(QStringLiteral("problem"),
            JsonValue::object({ { QStringLiteral("type"), problemTypeUri(*result.problem) },
                { QStringLiteral("title"), Problem::title(*result.problem) },
                { QStringLiteral("detail"), result.detail } }));
    }
    if (result.expectedSeq >= 0)
        json.insert(QStringLiteral("expectedSeq"), result.expectedSeq);
    return json;
}
} // namespace

HttpReply RecordsHandler::handle(const IncomingRequest &request) const
{
    auto device = RequestAuthenticator(m_context).authenticate(request);
    if (!device)
        return device.error().toReply();
    auto withDevice = [&](HttpReply reply) {
        reply.device = device->id;
        return reply;
    };
    const QByteArray contentType
        = request.header("Content-Type").split(';').first().trimmed().toLower();
    if (contentType != RecordBatch::contentType)
        return withDevice(Problem::make(ProblemType::UnsupportedMediaType, 415,
            QStringLiteral("send the batch as %1 (one envelope per line)")
                .arg(QLatin1StringView(RecordBatch::contentType)))
                              .toReply());
    auto waiting = waitingReported(request);
    if (!waiting)
        return withDevice(waiting.error().toReply());
    auto batch = RecordBatch::parse(
        request.body, RecordBatch::Limits { m_context.limits.maxBatchRecords, 1024 * 1024 });
    if (!batch)
        return withDevice(batchProblem(batch.error()).toReply());

    auto outcome = IngestService(m_context).ingest(*device, *batch);
    if (!outcome)
        return withDevice(outcome.error().toReply());
    // Only a report for the console: the records are committed and the receipt must reach the
    // tablet, so a failure to keep the count is logged, not answered.
    if (waiting->has_value()) {
        if (auto kept = DeviceRepository(m_context.database)
                            .reportWaiting(device->id, stillWaiting(**waiting, outcome->results),
                                outcome->receipt.issued);
            !kept)
            qWarning().noquote() << "could not keep the waiting count of" << device->id << ":"
                                 << kept.error().message;
    }
    JsonValue results = JsonValue::array();
    for (const RecordResult &result : outcome->results)
        results.append(resultJson(result));
    const JsonValue answer = JsonValue::object({
        { QStringLiteral("receipt"), outcome->receipt.toJson(true) },
        { QStringLiteral("results"), results },
    });
    return withDevice(HttpReply::json(200, CanonicalJson::serialize(answer).value()));
}

} // namespace hearth::server
