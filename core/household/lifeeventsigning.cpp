#include "household/lifeeventsigning.h"

#include "record/bodyvalidator.h"
#include "record/lifeeventbody.h"
#include "vault/recordstore.h"

#include <QCoreApplication>

#include <algorithm>

namespace hearth::LifeEventSigning {

JsonValue body(const ChildProfile &profile, const LifeEventDraft &draft)
{
    JsonValue children = JsonValue::array({ profile.childId });
    if (draft.wholeHousehold)
        for (const HouseholdChild &child : profile.otherChildren)
            if (!child.id.isEmpty() && child.id != profile.childId)
                children.append(child.id);
    JsonValue out = JsonValue::object({ { QStringLiteral("format"), LifeEventBody::Format },
        { QStringLiteral("household"), profile.householdId },
        { QStringLiteral("child"), profile.childId }, { QStringLiteral("children"), children },
        { QStringLiteral("scope"),
            draft.wholeHousehold ? QStringLiteral("household") : QStringLiteral("children") },
        { QStringLiteral("type"), draft.type },
        { QStringLiteral("happenedOn"), draft.happenedOn.toString(Qt::ISODate) },
        { QStringLiteral("source"), draft.source.trimmed() } });
    if (!draft.adultId.isEmpty())
        out.insert(QStringLiteral("adult"), draft.adultId);
    if (!draft.note.trimmed().isEmpty())
        out.insert(QStringLiteral("note"), draft.note.trimmed());
    return out;
}

Expected<QString, QString> sign(RecordStore &records, const QString &author,
    const Envelope::PackRef &pack, const ChildProfile &profile, const LifeEventDraft &draft,
    QDate today)
{
    if (!draft.happenedOn.isValid())
        return unexpected(QCoreApplication::translate("Household", "Say on what day it happened."));
    if (draft.happenedOn > today)
        return unexpected(
            QCoreApplication::translate("Household", "The day it happened cannot be after today."));
    if (!draft.adultId.isEmpty()
        && std::none_of(profile.adults.cbegin(), profile.adults.cend(),
            [&](const ProfileAdult &adult) { return adult.id == draft.adultId; }))
        return unexpected(
            QCoreApplication::translate("Household", "That adult is not one of this household's."));
    JsonValue signable = body(profile, draft);
    // Checked here as well as by the signer, so the practitioner is told which part is missing
    // rather than that storage failed.
    if (auto ok = BodyValidator::validate(RecordKind::LifeEvent, signable); !ok)
        return unexpected(
            QCoreApplication::translate("Household", "The life event was not recorded: %1 (%2).")
                .arg(ok.error().message, ok.error().path));
    auto stored = records.append(RecordKind::LifeEvent, author, pack, std::move(signable));
    if (!stored)
        return unexpected(stored.error().message);
    return stored->envelope.id;
}

} // namespace hearth::LifeEventSigning
