#pragma once

#include "common/expected.h"
#include "model/caseload.h"
#include "model/jsonreader.h"
#include "model/modelerror.h"

#include <QByteArray>
#include <QJsonObject>

namespace hearth {

// The caseload's JSON shape (docs/caseload-format.md) in one place: the same functions read an
// agency download and the rows the repository stores, so device and agency can never
// disagree about a field. Reading validates types, enums, dates, ids and that the links inside
// one document point somewhere; unknown members are ignored so a newer agency server can add
// fields without breaking older tablets.
class CaseloadJson
{
public:
    // Parses and validates a whole download. On any problem nothing is returned but the full
    // list of problems, each with its JSON path.
    [[nodiscard]] static Expected<Caseload, ModelError> parse(const QByteArray &json);

    static QJsonObject toJson(const Household &household);
    static QJsonObject toJson(const Child &child);
    static QJsonObject toJson(const Adult &adult);
    static QJsonObject toJson(const AdultLink &link);
    static QJsonObject toJson(const VisitSummary &summary);
    static QJsonObject toJson(const Caseload &caseload);

    // Each reads one entity at the reader's current path, reporting problems to it.
    static Household readHousehold(JsonReader &reader, const QJsonObject &object);
    static Child readChild(JsonReader &reader, const QJsonObject &object);
    static Adult readAdult(JsonReader &reader, const QJsonObject &object);
    static AdultLink readLink(JsonReader &reader, const QJsonObject &object);
    static VisitSummary readVisitSummary(JsonReader &reader, const QJsonObject &object);
};

} // namespace hearth
