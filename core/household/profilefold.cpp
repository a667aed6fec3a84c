#include "profilefold.h"

#include <algorithm>
#include <tuple>

namespace hearth {

QStringList ChildProfile::adultRiskKinds() const
{
    QStringList kinds;
    for (const ProfileAdult &adult : adults)
        for (const AdultRisk &risk : adult.risks)
            if (!kinds.contains(risk.kind))
                kinds.append(risk.kind);
    return kinds;
}

QList<ProfileAdult> ChildProfile::adultsNotSeen() const
{
    QList<ProfileAdult> result;
    for (const ProfileAdult &adult : adults)
        if (!adult.seenOn.isValid())
            result.append(adult);
    return result;
}

QList<ProfileAdult> ChildProfile::adultsNewSince(QDate since) const
{
    QList<ProfileAdult> result;
    for (const ProfileAdult &adult : adults)
        if (adult.knownFrom > since)
            result.append(adult);
    return result;
}

namespace ProfileFold {

namespace {
QDate day(const JsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

ProfileAdult readAdult(const JsonValue &a)
{
    ProfileAdult adult { a[u"id"].toString(), a[u"name"].toString(), a[u"relationship"].toString(),
        a[u"living"].toString(), a[u"parentalResponsibility"].toBool(),
        a[u"caresForChild"].toBool(), {}, {}, day(a[u"seenOn"]), {} };
    for (const JsonValue &s : a[u"strengths"].items())
        adult.strengths.append(s.toString());
    for (const JsonValue &r : a[u"risks"].items())
        adult.risks.append({ r[u"kind"].toString(), r[u"source"].toString(), day(r[u"date"]),
            r[u"detail"].toString() });
    return adult;
}

HealthContext readHealth(const JsonValue &h)
{
    HealthContext health;
    health.disability = h[u"disability"].toString();
    health.specialNeeds = h[u"specialNeeds"].toBool();
    for (const JsonValue &c : h[u"conditions"].items())
        health.conditions.append({ c[u"kind"].toString(), c[u"detail"].toString() });
    for (const JsonValue &r : h[u"reviews"].items())
        health.reviews.append({ r[u"name"].toString(), r[u"status"].toString(), day(r[u"date"]) });
    if (const JsonValue *gp = h.find(u"gp")) {
        health.gpRegistered = (*gp)[u"registered"].toBool();
        health.gpPractice = (*gp)[u"practice"].toString();
    }
    health.mobility = h[u"mobility"].toString();
    return health;
}

// An adult keeps the day they first became known through every later record that names them
// again, so "new since the last visit" means new to the household, not re-recorded.
void applyAdults(ChildProfile &profile, const JsonValue &list, QDate knownFrom)
{
    QList<ProfileAdult> adults;
    for (const JsonValue &a : list.items()) {
        ProfileAdult adult = readAdult(a);
        adult.knownFrom = knownFrom;
        for (const ProfileAdult &earlier : std::as_const(profile.adults))
            if (earlier.id == adult.id)
                adult.knownFrom = std::min(earlier.knownFrom, knownFrom);
        adults.append(std::move(adult));
    }
    profile.adults = std::move(adults);
}
} // namespace

ChildProfile fold(const QString &childId, const QList<Envelope> &records, QDate asOf)
{
    QList<const Envelope *> mine;
    for (const Envelope &record : records) {
        if (record.kind != RecordKind::ProfileChange || record.body[u"child"].toString() != childId)
            continue;
        if (QDate::fromString(record.created.left(10), Qt::ISODate) > asOf)
            continue;
        mine.append(&record);
    }
    // Signing order: the created time, then the id (UUIDv7, time-ordered) between devices.
    std::sort(mine.begin(), mine.end(), [](const Envelope *a, const Envelope *b) {
        return std::tie(a->created, a->id) < std::tie(b->created, b->id);
    });

    ChildProfile profile;
    profile.childId = childId;
    for (const Envelope *record : std::as_const(mine)) {
        const JsonValue &body = record->body;
        profile.householdId = body[u"household"].toString();
        if (const JsonValue *adults = body.find(u"adults"))
            applyAdults(profile, *adults, day(body[u"knownFrom"]));
        if (const JsonValue *children = body.find(u"children")) {
            profile.otherChildren.clear();
            for (const JsonValue &c : children->items())
                if (c[u"id"].toString() != childId)
                    profile.otherChildren.append({ c[u"id"].toString(), c[u"name"].toString(),
                        day(c[u"dateOfBirth"]), c[u"addedOnTablet"].toBool() });
        }
        if (const JsonValue *health = body.find(u"health"))
            profile.health = readHealth(*health);
        profile.recordIds.append(record->id);
    }
    return profile;
}

} // namespace ProfileFold
} // namespace hearth
