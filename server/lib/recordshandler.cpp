#include "recordshandler.h"

#include "ingestservice.h"
#include "problem.h"
#include "record/canonicaljson.h"
#include "recordbatch.h"
#include "requestauthenticator.h"

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
    auto batch = RecordBatch::parse(
        request.body, RecordBatch::Limits { m_context.limits.maxBatchRecords, 1024 * 1024 });
    if (!batch)
        return withDevice(batchProblem(batch.error()).toReply());

    auto outcome = IngestService(m_context).ingest(*device, *batch);
    if (!outcome)
        return withDevice(outcome.error().toReply());
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
