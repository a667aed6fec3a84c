#pragma once

#include "model/jsonreader.h"
#include "model/visit.h"

#include <QJsonObject>

namespace hearth {

// Internal to VisitJson: steps 4 to 9, kept in their own file so neither half grows past a
// readable size.
QJsonObject writeVisitSteps(const Visit &visit, QJsonObject object);
void readVisitSteps(JsonReader &reader, const QJsonObject &object, Visit &visit);

// Reads the member `key` (an object; required) with `read`, at the right path.
template<typename T, typename Read>
T readStep(JsonReader &reader, const QJsonObject &parent, const char *key, Read read)
{
    const QJsonObject object
        = reader.object(parent, QLatin1String(key), JsonReader::Need::Required);
    JsonReader::Scope scope(reader, QLatin1String(key));
    return read(reader, object);
}

} // namespace hearth
