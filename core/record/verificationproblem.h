#pragma once

#include <QString>

namespace hearth {

// The first thing wrong with a list of signed records, with where it is, so the device, the
// server and hearthctl can all say "record 7 (seq 12): broken chain" in the same words.
struct VerificationProblem
{
    enum class Kind
    {
        Malformed,        // not canonical JSON, missing or extra members, wrong types, invalid body
        UnknownKey,       // no public key is known for the record's device
        BadSignature,     // the signature does not verify over the record's bytes
        IdTimeMismatch,   // the id's UUIDv7 timestamp is not the record's "created" time
        ForeignDevice,    // a record from another device inside one device's chain
        BrokenChain,      // right sequence number, but "prev" is not the previous record's hash
        IdNotIncreasing,  // right place in the chain, but the id is not above the previous id
        Gap,              // a sequence number was skipped (records deleted)
        RepeatedSequence, // a sequence number seen before (duplicate or fork)
        OutOfOrder,       // the expected record is present, but later in the list
        Truncated,        // the list ends before the sequence number the caller expected
        PhotoChanged,     // a photograph the record names is missing or not the bytes it hashed
    };

    Kind kind = Kind::Malformed;
    qsizetype index = -1;    // position in the list given to the verifier
    qint64 seq = -1;         // the record's sequence number when it could be read, else -1
    qint64 expectedSeq = -1; // the sequence number the chain expected at this point
    QString message;

    static QString kindName(Kind kind);
    QString toString() const;
};

} // namespace hearth
