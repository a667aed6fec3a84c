#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace hearth {

// The three kinds of practitioner Hearth is for (docs/DESIGN "Roles"). The agency sets one per
// practitioner and enrolment carries it to the tablet; the tablet, the agency server and the
// content packs all spell roles with these slugs, so a role one of them accepts the others
// accept too. A role changes what the app leads with and which prompts appear, never what a
// practitioner may record.
enum class PractitionerRole
{
    HealthVisitor,
    SocialWorker,
    SchoolNurse
};

namespace PractitionerRoles {
inline constexpr PractitionerRole All[] = { PractitionerRole::HealthVisitor,
    PractitionerRole::SocialWorker, PractitionerRole::SchoolNurse };

// "health-visitor", "social-worker", "school-nurse".
QString slug(PractitionerRole role);
std::optional<PractitionerRole> fromSlug(QStringView slug);
// "health-visitor, social-worker or school-nurse", for error messages.
QString allSlugsText();
} // namespace PractitionerRoles

} // namespace hearth
