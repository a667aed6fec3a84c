#pragma once

#include "record/jsonvalue.h"

namespace hearth::test {

// A complete profile-change body: a father with a risk, a sister added on the tablet, and a
// baby with asthma who is not yet mobile.
inline JsonValue profileBody()
{
    auto risk = JsonValue::object({ { QStringLiteral("kind"), QStringLiteral("domestic-abuse") },
        { QStringLiteral("source"), QStringLiteral("Police notification") },
        { QStringLiteral("date"), QStringLiteral("2026-10-02") } });
    auto father = JsonValue::object({ { QStringLiteral("id"), QStringLiteral("adult-dai") },
        { QStringLiteral("name"), QStringLiteral("Dai Ardent") },
        { QStringLiteral("relationship"), QStringLiteral("birth-father") },
        { QStringLiteral("living"), QStringLiteral("stays-sometimes") },
        { QStringLiteral("parentalResponsibility"), true },
        { QStringLiteral("caresForChild"), true },
        { QStringLiteral("strengths"),
            JsonValue::array({ JsonValue(QStringLiteral("Takes the baby to clinic")) }) },
        { QStringLiteral("risks"), JsonValue::array({ risk }) } });
    auto sister = JsonValue::object({ { QStringLiteral("id"), QStringLiteral("child-mia") },
        { QStringLiteral("name"), QStringLiteral("Mía Ardent") },
        { QStringLiteral("dateOfBirth"), QStringLiteral("2021-03-14") },
        { QStringLiteral("addedOnTablet"), true } });
    auto health = JsonValue::object({ { QStringLiteral("disability"), QString() },
        { QStringLiteral("specialNeeds"), false },
        { QStringLiteral("conditions"),
            JsonValue::array(
                { JsonValue::object({ { QStringLiteral("kind"), QStringLiteral("asthma") } }) }) },
        { QStringLiteral("reviews"),
            JsonValue::array(
                { JsonValue::object({ { QStringLiteral("name"), QStringLiteral("6-8 week review") },
                    { QStringLiteral("status"), QStringLiteral("returned") },
                    { QStringLiteral("date"), QStringLiteral("2026-09-30") } }) }) },
        { QStringLiteral("gp"),
            JsonValue::object({ { QStringLiteral("registered"), true },
                { QStringLiteral("practice"), QStringLiteral("Canton Surgery") } }) },
        { QStringLiteral("mobility"), QStringLiteral("not-yet-mobile") } });
    return JsonValue::object({ { QStringLiteral("child"), QStringLiteral("child-cai") },
        { QStringLiteral("household"), QStringLiteral("household-ardent") },
        { QStringLiteral("knownFrom"), QStringLiteral("2026-10-05") },
        { QStringLiteral("adults"), JsonValue::array({ father }) },
        { QStringLiteral("children"), JsonValue::array({ sister }) },
        { QStringLiteral("health"), health } });
}

} // namespace hearth::test
