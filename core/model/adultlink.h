#pragma once

#include <QString>
#include <QStringList>

namespace hearth {

// How an adult stands to one child: the role (a fixed list so "father figure" and "visitor"
// can be prompted about), the relationship in the family's words, and the two facts reviews
// found missing: does this adult live with the child, and do they care for the child.
struct AdultLink
{
    QString childId;
    QString adultId;
    QString role = QStringLiteral("other"); // one of roles()
    QString relationship;
    bool livesWithChild = false;
    bool caresForChild = false;

    // mother, father, partner, father-figure, step-parent, grandparent, carer, sibling,
    // visitor, other (docs/caseload-format.md).
    static const QStringList &roles();

    friend bool operator==(const AdultLink &, const AdultLink &) = default;
};

} // namespace hearth
