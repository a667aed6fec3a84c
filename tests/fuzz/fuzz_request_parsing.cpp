// libFuzzer target: everything the server parses from an untrusted request before any
// signature is checked. The first byte picks the parser, the rest is the input:
//   0 records batch (JSON Lines)   1 enrolment body   2 auth headers (4 lines)
//   3 caseload CSV import          4 caseload JSON import
// Each parser must return a value or an error for any bytes, never crash or hang.
#include "authheaders.h"
#include "caseloadreader.h"
#include "enrolrequest.h"
#include "recordbatch.h"
#include "requestsigner.h"

#include <QList>

#include <cstddef>
#include <cstdint>

using namespace hearth;
using namespace hearth::server;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    switch (data[0] % 5) {
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
    case 3:
        (void)CaseloadReader::readCsv(input, CaseloadKind::Child, QStringLiteral("fuzz.csv"));
        break;
    default:
        (void)CaseloadReader::readJson(input, QStringLiteral("fuzz.json"));
        break;
    }
    return 0;
}
