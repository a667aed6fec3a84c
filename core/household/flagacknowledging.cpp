#include "household/flagacknowledging.h"

#include "record/bodyvalidator.h"
#include "vault/recordstore.h"

#include <QCoreApplication>

namespace hearth::FlagAcknowledging {

Expected<QString, QString> sign(RecordStore &records, const Envelope::PackRef &pack,
    const QString &author, const QString &childId, const PatternFlag &flag, const QString &note)
{
    if (note.trimmed().isEmpty())
        return unexpected(QCoreApplication::translate(
            "FlagAcknowledging", "Please write what you make of this flag before signing."));
    std::vector<JsonValue> evidence;
    for (const QString &id : flag.evidence)
        evidence.emplace_back(id);
    JsonValue body = JsonValue::object({ { QStringLiteral("child"), childId },
        { QStringLiteral("rule"), flag.ruleId }, { QStringLiteral("note"), note.trimmed() },
        { QStringLiteral("evidence"), JsonValue::array(std::move(evidence)) } });
    if (!flag.subject.isEmpty())
        body.insert(QStringLiteral("subject"), flag.subject);
    if (auto ok = BodyValidator::validate(RecordKind::FlagAcknowledgement, body); !ok)
        return unexpected(
            QCoreApplication::translate("FlagAcknowledging", "This flag cannot be acknowledged: %1")
                .arg(ok.error().toString()));
    auto stored = records.append(RecordKind::FlagAcknowledgement, author, pack, std::move(body));
    if (!stored)
        return unexpected(stored.error().message);
    return stored->envelope.id;
}

} // namespace hearth::FlagAcknowledging
