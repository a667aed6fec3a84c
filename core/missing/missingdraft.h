#pragma once

#include "common/expected.h"
#include "record/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace hearth {

// A going-missing episode while it is being written down: every answer as typed, so an
// autosave reopens exactly where the practitioner was. toBody() is the one way it becomes a
// signed "going-missing" body (docs/record-format.md, "Going missing").
struct MissingDraft
{
    // An exploitation indicator: what an adult observed, and who told them or where it was seen.
    struct Indicator
    {
        QString indicator; // one of MissingBody::indicators()
        QString observed;
        QString source;
    };

    QString id;
    QString createdUtc;
    QString childId;
    QString missingFrom; // RFC 3339 UTC with milliseconds
    QString returned;
    std::optional<bool> reportedToPolice;
    QString policeReference;
    QString whereFound;
    QString whoWith;
    QString howReturned;
    QString harmNoticed;
    QString childsWords; // the young person's own words, kept exactly
    QList<Indicator> indicators;

    // Why it cannot be signed yet: the draft member to fix and, in words, what to do.
    struct Refusal
    {
        QString field;
        QString message;
    };

    QByteArray toBytes() const;
    [[nodiscard]] static Expected<MissingDraft, QString> fromBytes(const QByteArray &bytes);

    // The body as it stands, checked or not: the plain-language check reads it while typing.
    JsonValue body() const;
    // The signed body, checked by the validator the server runs.
    [[nodiscard]] Expected<JsonValue, Refusal> toBody() const;
};

} // namespace hearth
