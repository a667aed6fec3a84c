#pragma once

#include "common/expected.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace hearth {

// The body of POST /v1/records: signed envelopes as JSON Lines (one canonical envelope per
// line, "\n" between them). Lines rather than a JSON array so that each envelope's bytes travel
// and are stored exactly as signed, with no re-escaping inside an outer document.
class RecordBatch
{
public:
    static constexpr const char *contentType = "application/x-ndjson";

    struct Limits
    {
        qsizetype maxRecords = 500;
        qsizetype maxRecordBytes = 1024 * 1024;
    };

    // One line of the batch: the envelope's bytes as sent, their strict parse (handed on to
    // verification, so no line is parsed twice) and, when the line has a string member "id",
    // that id (so duplicates can be looked up before verification).
    struct Entry
    {
        QByteArray bytes;
        QString id;
        JsonValue json;
    };

    struct Error
    {
        enum class Kind
        {
            Empty,
            TooManyRecords,
            RecordTooLarge,
            MalformedJson
        };
        Kind kind = Kind::MalformedJson;
        qsizetype line = 0; // 1-based; 0 for the batch as a whole
        QString message;
    };

    // Splits the body into its envelopes. Every line must be a JSON object under the strict
    // parser; whether it is a valid signed record is decided per record afterwards.
    [[nodiscard]] static Expected<QList<Entry>, Error> parse(
        QByteArrayView body, const Limits &limits);
    [[nodiscard]] static Expected<QList<Entry>, Error> parse(QByteArrayView body);

    static QByteArray build(const QList<QByteArray> &envelopes);
};

} // namespace hearth
