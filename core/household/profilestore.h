#pragma once

#include "common/expected.h"
#include "household/childprofile.h"
#include "record/envelope.h"
#include "vault/vaulterror.h"

#include <QDate>
#include <QString>

namespace hearth {

class RecordStore;

// Profiles to and from the signed records in the vault. Saving a profile signs one
// profile-change record through the same RecordStore::append every visit goes through, so a
// change to who lives with a child is evidence in the same chain, checked by the same body
// rules on the tablet and the agency server.
namespace ProfileStore {

// The whole profile as a profile-change body known from `knownFrom` (all three sections, so
// the record alone says what the practitioner saw when saving).
JsonValue toBody(const ChildProfile &profile, QDate knownFrom);

// Signs `profile` as a profile-change record; its id, or why nothing was signed.
[[nodiscard]] Expected<QString, QString> save(RecordStore &records, const QString &author,
    const Envelope::PackRef &pack, const ChildProfile &profile, QDate knownFrom);

// The profile-change records signed on this tablet about `childId`, or about every child when
// it is empty, in storage order.
[[nodiscard]] Expected<QList<Envelope>, VaultError> records(
    const RecordStore &records, const QString &childId = {});

// The child's profile as of `asOf` from the profile records signed on this tablet.
[[nodiscard]] Expected<ChildProfile, VaultError> load(
    const RecordStore &records, const QString &childId, QDate asOf);

} // namespace ProfileStore
} // namespace hearth
