#pragma once

#include "common/expected.h"
#include "model/modelerror.h"
#include "model/visit.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hearth {

// The visit's JSON form: what DraftStore stores and what will later be signed. Every member
// is always written (null for "not recorded"), keys come out sorted, lists keep their order,
// and numbers are whole, so save -> load -> save gives the same bytes. Reading refuses
// unknown enum words and non-whole numbers with the path to them rather than guessing.
class VisitJson
{
public:
    static QJsonObject toJson(const Visit &visit);
    static QByteArray toBytes(
        const Visit &visit, QJsonDocument::JsonFormat format = QJsonDocument::Compact);
    [[nodiscard]] static Expected<Visit, ModelError> fromJson(const QJsonObject &object);
    [[nodiscard]] static Expected<Visit, ModelError> fromBytes(const QByteArray &bytes);
};

} // namespace hearth
