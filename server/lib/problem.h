#pragma once

#include "httpreply.h"
#include "problemtype.h"
#include "record/jsonvalue.h"
#include "storeerror.h"

#include <QString>

namespace hearth::server {

// An RFC 9457 problem detail: the one shape of every error answer. "type" is a stable URI
// from ProblemType that clients switch on; "detail" says what was wrong with this request in
// words a support engineer can act on, without echoing personal data back.
struct Problem
{
    ProblemType type = ProblemType::InternalError;
    int status = 500;
    QString detail;
    JsonValue extensions = JsonValue::object(); // extra members, e.g. serverTime for clock skew

    static Problem make(ProblemType type, int status, const QString &detail);
    // 503 for an unreachable store, 409 for a conflicting concurrent write.
    static Problem fromStore(const StoreError &error);

    static QString title(ProblemType type);
    JsonValue toJson() const;
    HttpReply toReply() const; // application/problem+json
};

} // namespace hearth::server
