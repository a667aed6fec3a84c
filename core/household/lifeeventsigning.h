#pragma once

#include "common/expected.h"
#include "household/childprofile.h"
#include "record/envelope.h"
#include "record/jsonvalue.h"

#include <QDate>
#include <QString>

namespace hearth {

class RecordStore;

// What the practitioner fills in on the household page for one life event.
struct LifeEventDraft
{
    QString type; // LifeEventBody::types()
    QDate happenedOn;
    bool wholeHousehold = true; // else only the child whose page it is
    QString adultId;            // empty: no one adult
    QString note;
    QString source; // who told the practitioner
};

// Signs a life event for the child whose household page it was recorded from (a "life-event"
// record, docs/record-format.md). The children it touches are written out from the profile as
// it stands, so the record keeps who was known to be affected on the day it was signed.
namespace LifeEventSigning {

[[nodiscard]] JsonValue body(const ChildProfile &profile, const LifeEventDraft &draft);
// The record's id, or what stopped it in words (an adult not of this household, a day after
// `today`, a body the rules refuse), with nothing signed.
[[nodiscard]] Expected<QString, QString> sign(RecordStore &records, const QString &author,
    const Envelope::PackRef &pack, const ChildProfile &profile, const LifeEventDraft &draft,
    QDate today);

} // namespace LifeEventSigning
} // namespace hearth
