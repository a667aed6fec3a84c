#include "recordbatch.h"

#include "record/jsonparser.h"

namespace hearth {

Expected<QList<RecordBatch::Entry>, RecordBatch::Error> RecordBatch::parse(QByteArrayView body)
{
    return parse(body, Limits {});
}

Expected<QList<RecordBatch::Entry>, RecordBatch::Error> RecordBatch::parse(
    QByteArrayView body, const Limits &limits)
{
    if (body.endsWith('\n'))
        body.chop(1);
    if (body.isEmpty())
        return unexpected(
            Error { Error::Kind::Empty, 0, QStringLiteral("the batch has no records") });

    QList<Entry> lines;
    qsizetype start = 0;
    while (start <= body.size()) {
        qsizetype end = body.indexOf('\n', start);
        if (end < 0)
            end = body.size();
        const qsizetype lineNumber = lines.size() + 1;
        if (lineNumber > limits.maxRecords)
            return unexpected(Error { Error::Kind::TooManyRecords, lineNumber,
                QStringLiteral("a batch holds at most %1 records").arg(limits.maxRecords) });
        const QByteArrayView line = body.sliced(start, end - start);
        if (line.size() > limits.maxRecordBytes)
            return unexpected(Error { Error::Kind::RecordTooLarge, lineNumber,
                QStringLiteral("record is larger than %1 bytes").arg(limits.maxRecordBytes) });
        auto json = JsonParser::parse(line, JsonLimits { limits.maxRecordBytes, 64 });
        if (!json)
            return unexpected(
                Error { Error::Kind::MalformedJson, lineNumber, json.error().toString() });
        if (!json->isObject())
            return unexpected(Error { Error::Kind::MalformedJson, lineNumber,
                QStringLiteral("each line must be a JSON object") });
        const JsonValue &id = (*json)[u"id"];
        QString idText = id.isString() ? id.toString() : QString();
        lines.append(Entry { line.toByteArray(), std::move(idText), std::move(json).value() });
        start = end + 1;
    }
    return lines;
}

QByteArray RecordBatch::build(const QList<QByteArray> &envelopes)
{
    QByteArray body;
    qsizetype total = 0;
    for (const QByteArray &envelope : envelopes)
        total += envelope.size() + 1;
    body.reserve(total);
    for (const QByteArray &envelope : envelopes) {
        body += envelope;
        body += '\n';
    }
    return body;
}

} // namespace hearth
