#pragma once

#include "model/visit.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace hearth {

// A visit addressed by path, for the wizard's fields: "start.purpose",
// "seeing.interpreter.relation", "neglect.ratings.dental.level",
// "concerns.nextSteps.0.what". Paths are the visit's own JSON names (docs follow VisitJson),
// so the wizard, the validator's missing items and the stored draft all use one vocabulary.
// Every change goes through VisitJson's reader: a value the visit cannot hold (an unknown
// choice word, a fraction where a whole number belongs) is refused and nothing changes.
class VisitDocument
{
public:
    VisitDocument();
    explicit VisitDocument(Visit visit);

    const Visit &visit() const { return m_visit; }
    const QJsonObject &json() const { return m_json; }

    // The value at `path`: a string, bool, number, list or map; invalid when absent or null.
    QVariant value(const QString &path) const;
    // Sets the value at `path`, creating map members on the way (prompt ids). Returns false
    // and changes nothing when the result would not be a valid visit; text is NFC-normalised.
    bool setValue(const QString &path, const QVariant &value);

    // Lists of records ("who.adultsPresent", "missedAppointments", ...).
    qsizetype count(const QString &listPath) const;
    // Appends `item` (missing members take their defaults); returns the new index or -1.
    qsizetype append(const QString &listPath, const QVariantMap &item = {});
    bool removeAt(const QString &listPath, qsizetype index);

private:
    bool replace(const QJsonObject &json);

    Visit m_visit;
    QJsonObject m_json;
};

} // namespace hearth
