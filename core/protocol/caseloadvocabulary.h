#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The caseload's vocabulary (docs/caseload-format.md), defined once for the agency server,
// which imports and serves caseloads, and the device, which downloads and stores them: the
// kinds of entry, every member of each, the fixed lists of values, and the limits. The server's
// import and the device's reader both check against these, so whatever one refuses the other
// refuses too.
namespace hearth::CaseloadVocabulary {

// The entries of a caseload, in the order of its arrays.
enum class Kind
{
    Household,
    Child,
    Adult,
    Link,
    VisitSummary
};
inline constexpr Kind Kinds[]
    = { Kind::Household, Kind::Child, Kind::Adult, Kind::Link, Kind::VisitSummary };

// The array's name ("households", "children", "adults", "links", "visitSummaries"), also the
// kind names hearth-admin's CSV import takes.
QString kindName(Kind kind);
std::optional<Kind> kindFromName(QStringView name);

enum class FieldType
{
    Text,         // free text, at most MaxTextLength
    Date,         // YYYY-MM-DD
    NullableDate, // YYYY-MM-DD or null
    Bool,
    Sex,   // one of sexes()
    Role,  // one of roles()
    Source // one of sources()
};

struct Field
{
    QString name;
    FieldType type;
    // Agency data must fill it (an id, a name...). Entries made on the tablet follow the
    // device's own, looser rules (core/model/caseloadjson.cpp), never beyond the limits.
    bool requiredFromAgency = false;
};

// Every member of a kind, in document order.
const QList<Field> &fields(Kind kind);

// The longest text a member may hold, in UTF-16 code units (QString::size()). A note longer
// than this is refused, never cut, so nothing a practitioner reads is silently shortened.
inline constexpr qsizetype MaxTextLength = 10000;
// The refusal both sides give for text over the limit.
QString tooLongMessage();

// mother, father, partner, father-figure, step-parent, grandparent, carer, sibling, visitor,
// other: fixed so "father figure" and "visitor" can be prompted about.
const QStringList &roles();
// female, male, not-known, not-recorded.
const QStringList &sexes();
// agency (downloaded), device (made on the tablet).
const QStringList &sources();

} // namespace hearth::CaseloadVocabulary
