#include "practitionerrole.h"

namespace hearth::PractitionerRoles {

QString slug(PractitionerRole role)
{
    switch (role) {
    case PractitionerRole::HealthVisitor:
        return QStringLiteral("health-visitor");
    case PractitionerRole::SocialWorker:
        return QStringLiteral("social-worker");
    case PractitionerRole::SchoolNurse:
        return QStringLiteral("school-nurse");
    }
    return {};
}

std::optional<PractitionerRole> fromSlug(QStringView text)
{
    for (PractitionerRole role : All) {
        if (text == slug(role))
            return role;
    }
    return std::nullopt;
}

QString allSlugsText()
{
    return QStringLiteral("%1, %2 or %3")
        .arg(slug(PractitionerRole::HealthVisitor), slug(PractitionerRole::SocialWorker),
            slug(PractitionerRole::SchoolNurse));
}

} // namespace hearth::PractitionerRoles
