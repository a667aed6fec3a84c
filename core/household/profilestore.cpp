#include "profilestore.h"

#include "household/profilefold.h"
#include "record/bodyvalidator.h"
#include "record/jsonparser.h"
#include "vault/recordstore.h"

#include <QCoreApplication>

namespace hearth::ProfileStore {

namespace {
JsonValue day(QDate date)
{
    return JsonValue(date.toString(Qt::ISODate));
}

JsonValue adultBody(const ProfileAdult &adult)
{
    JsonValue strengths = JsonValue::array();
    for (const QString &s : adult.strengths)
        strengths.append(s);
    JsonValue risks = JsonValue::array();
    for (const AdultRisk &r : adult.risks) {
        JsonValue risk = JsonValue::object({ { QStringLiteral("kind"), r.kind },
            { QStringLiteral("source"), r.source }, { QStringLiteral("date"), day(r.date) } });
        if (!r.detail.isEmpty())
            risk.insert(QStringLiteral("detail"), r.detail);
        risks.append(std::move(risk));
    }
    JsonValue body = JsonValue::object(
        { { QStringLiteral("id"), adult.id }, { QStringLiteral("name"), adult.name },
            { QStringLiteral("relationship"), adult.relationship },
            { QStringLiteral("living"), adult.living },
            { QStringLiteral("parentalResponsibility"), adult.parentalResponsibility },
            { QStringLiteral("caresForChild"), adult.caresForChild },
            { QStringLiteral("strengths"), std::move(strengths) },
            { QStringLiteral("risks"), std::move(risks) } });
    if (adult.seenOn.isValid())
        body.insert(QStringLiteral("seenOn"), day(adult.seenOn));
    return body;
}

JsonValue healthBody(const HealthContext &h)
{
    JsonValue conditions = JsonValue::array();
    for (const LongTermCondition &c : h.conditions) {
        JsonValue condition = JsonValue::object({ { QStringLiteral("kind"), c.kind } });
        if (!c.detail.isEmpty())
            condition.insert(QStringLiteral("detail"), c.detail);
        conditions.append(std::move(condition));
    }
    JsonValue reviews = JsonValue::array();
    for (const DevelopmentalReview &r : h.reviews)
        reviews.append(JsonValue::object({ { QStringLiteral("name"), r.name },
            { QStringLiteral("status"), r.status }, { QStringLiteral("date"), day(r.date) } }));
    JsonValue body = JsonValue::object({ { QStringLiteral("disability"), h.disability },
        { QStringLiteral("specialNeeds"), h.specialNeeds },
        { QStringLiteral("conditions"), std::move(conditions) },
        { QStringLiteral("reviews"), std::move(reviews) } });
    if (h.gpRegistered)
        body.insert(QStringLiteral("gp"),
            JsonValue::object({ { QStringLiteral("registered"), *h.gpRegistered },
                { QStringLiteral("practice"), h.gpPractice } }));
    if (!h.mobility.isEmpty())
        body.insert(QStringLiteral("mobility"), h.mobility);
    return body;
}
} // namespace

JsonValue toBody(const ChildProfile &profile, QDate knownFrom)
{
    JsonValue adults = JsonValue::array();
    for (const ProfileAdult &adult : profile.adults)
        adults.append(adultBody(adult));
    JsonValue children = JsonValue::array();
    for (const HouseholdChild &c : profile.otherChildren) {
        JsonValue child = JsonValue::object(
            { { QStringLiteral("id"), c.id }, { QStringLiteral("name"), c.name },
                { QStringLiteral("addedOnTablet"), c.addedOnTablet } });
        if (c.dateOfBirth.isValid())
            child.insert(QStringLiteral("dateOfBirth"), day(c.dateOfBirth));
        children.append(std::move(child));
    }
    return JsonValue::object({ { QStringLiteral("child"), profile.childId },
        { QStringLiteral("household"), profile.householdId },
        { QStringLiteral("knownFrom"), day(knownFrom) },
        { QStringLiteral("adults"), std::move(adults) },
        { QStringLiteral("children"), std::move(children) },
        { QStringLiteral("health"), healthBody(profile.health) } });
}

Expected<QString, QString> save(RecordStore &records, const QString &author,
    const Envelope::PackRef &pack, const ChildProfile &profile, QDate knownFrom)
{
    JsonValue body = toBody(profile, knownFrom);
    // Checked here as well as by the signer, so the practitioner is told which part of the
    // profile is incomplete rather than that storage failed.
    if (auto ok = BodyValidator::validate(RecordKind::ProfileChange, body); !ok)
        return unexpected(
            QCoreApplication::translate("Household", "The profile was not saved: %1 (%2).")
                .arg(ok.error().message, ok.error().path));
    auto stored = records.append(RecordKind::ProfileChange, author, pack, std::move(body));
    if (!stored)
        return unexpected(stored.error().message);
    return stored->envelope.id;
}

Expected<QList<Envelope>, VaultError> records(const RecordStore &records, const QString &childId)
{
    constexpr qsizetype pageSize = 500;
    QList<Envelope> mine;
    for (qsizetype offset = 0;; offset += pageSize) {
        auto page = records.summaries(RecordKind::ProfileChange, offset, pageSize);
        if (!page)
            return unexpected(page.error());
        for (const RecordSummary &summary : std::as_const(*page)) {
            if (!childId.isEmpty() && summary.childId != childId)
                continue;
            auto bytes = records.envelope(summary.recordId);
            if (!bytes)
                return unexpected(bytes.error());
            if (!bytes->has_value())
                return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
                    QStringLiteral("profile record %1 has a summary and no envelope")
                        .arg(summary.recordId)));
            auto json = JsonParser::parse(**bytes);
            auto envelope = json ? Envelope::fromJson(*json)
                                 : Expected<Envelope, JsonError>(unexpected(json.error()));
            if (!envelope)
                return unexpected(VaultError::make(VaultError::Code::DatabaseDamaged,
                    QStringLiteral("profile record %1: %2")
                        .arg(summary.recordId, envelope.error().toString())));
            mine.append(std::move(envelope.value()));
        }
        if (page->size() < pageSize)
            break;
    }
    return mine;
}

Expected<ChildProfile, VaultError> load(
    const RecordStore &records, const QString &childId, QDate asOf)
{
    auto mine = ProfileStore::records(records, childId);
    if (!mine)
        return unexpected(mine.error());
    return ProfileFold::fold(childId, mine.value(), asOf);
}

} // namespace hearth::ProfileStore
