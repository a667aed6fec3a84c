#pragma once

#include <QString>

namespace hearth::server {

// Why a storage operation failed, in terms callers act on: Unavailable (the database could not
// be reached or a statement failed: answer 503 and let the device retry), Conflict (another
// writer got there first: retry) and Invalid (the caller asked for something the data forbids).
struct StoreError
{
    enum class Kind
    {
        Unavailable,
        Conflict,
        Invalid,
        NotFound
    };
    Kind kind = Kind::Unavailable;
    QString message;
};

} // namespace hearth::server
