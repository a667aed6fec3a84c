// libFuzzer target: everything the server parses from an untrusted request before any
// signature is checked. The first byte picks the parser, the rest is the input:
//   0 records batch (JSON Lines)   1 enrolment body   2 auth headers (4 lines)
//   3 caseload CSV import          4 caseload JSON import
//   5 raw HTTP bytes: the server's RequestReader, fed in two reads as the network would split
//     them (the next byte says where), then the body and header parsers on what it accepts
// Each parser must return a value or an error for any bytes, never crash or hang.
#include "authheaders.h"
#include "caseloadreader.h"
#include "enrolrequest.h"
#include "recordbatch.h"
#include "requestreader.h"
#include "requestsigner.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace hearth;
using namespace hearth::server;

namespace {
void readHttp(QByteArrayView input)
{
    if (input.isEmpty())
        return;
    const std::string_view bytes(input.data() + 1, std::size_t(input.size() - 1));
    const std::size_t split = std::size_t(std::uint8_t(input[0])) * bytes.size() / 255;
    const RequestReader::Limits limits { 4096, 64 * 1024 };
    RequestReader reader(limits);
    // What the first read leaves unparsed stays in the buffer for the second.
    const std::size_t used = reader.feed(bytes.substr(0, split));
    if (!reader.refusal() && !reader.done())
        (void)reader.feed(bytes.substr(used));
    auto whole = RequestReader::parse(bytes, limits);
    if (!reader.done()) {
        // However the bytes were split, the verdict is the same.
        if (whole && reader.refusal())
            __builtin_trap();
        return;
    }
    const IncomingRequest request = reader.take();
    if (!whole || whole->target != request.target || whole->body != request.body)
        __builtin_trap();
    auto headers
        = AuthHeaders::parse([&request](QByteArrayView name) { return request.header(name); });
    if (headers)
        (void)RequestSigner::signingInput(request.method, request.target, headers->unixTime,
            headers->nonceText, headers->deviceId, request.body);
    if (request.path == u"/v1/records")
        (void)RecordBatch::parse(request.body, RecordBatch::Limits { 50, 64 * 1024 });
    else if (request.path == u"/v1/enrol")
        (void)EnrolRequest::parse(request.body);
    (void)request.query.queryItems();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0: {
        auto batch = RecordBatch::parse(input, RecordBatch::Limits { 50, 64 * 1024 });
        if (batch) {
            for (const RecordBatch::Entry &entry : *batch)
                (void)entry.id.size();
        }
        break;
    }
    case 1: {
        auto request = EnrolRequest::parse(input);
        if (request)
            (void)request->toJson();
        break;
    }
    case 2: {
        const QList<QByteArray> lines = input.toByteArray().split('\n');
        auto headers = AuthHeaders::parse([&lines](QByteArrayView name) {
            const int index = name == AuthHeaders::device ? 0
                : name == AuthHeaders::timestamp          ? 1
                : name == AuthHeaders::nonce              ? 2
                                                          : 3;
            return lines.value(index);
        });
        if (headers)
            (void)RequestSigner::signingInput("POST", "/v1/records", headers->unixTime,
                headers->nonceText, headers->deviceId, input);
        break;
    }
    case 5:
        readHttp(input);
        break;
    case 3:
        (void)CaseloadReader::readCsv(input, CaseloadKind::Child, QStringLiteral("fuzz.csv"));
        break;
    default:
        (void)CaseloadReader::readJson(input, QStringLiteral("fuzz.json"));
        break;
    }
    return 0;
}
