#pragma once

#include "model/visitenums.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace hearth {

// The body-map outlines and the regions within them, in one place, so the outline the
// practitioner taps on and the region name the record carries can never disagree. An outline
// is built from simple parts (an ellipse for the head, capsules for limbs, a tapered torso) in
// a box 500 units wide and 1000 tall; the app draws the parts' union as a silhouette and a
// tap's region is the part it falls in. Positions come in as a mark stores them: 0-10000 on
// each axis from the viewer's top left. Left and right are always the child's: on the front
// outline the child's left is on the viewer's right.
namespace BodyMapGeometry {

constexpr int BoxWidth = 500;
constexpr int BoxHeight = 1000;

// The outline for a child's age on `today`: a baby under 1, a child to 10, an older child
// from 11. An unborn child (no date of birth) gets the baby's.
BodyOutline outlineForAge(const std::optional<QDate> &dateOfBirth, const QDate &today);

// The silhouette's parts as one SVG path in the 500 x 1000 box, every part drawn clockwise so
// a non-zero fill fills the overlaps as one shape (parts of opposite turn would cancel there
// and leave holes). The back has the front's silhouette.
QString outlinePath(BodyOutline outline);

// The region id at a position ("left-upper-arm"), or an empty string when the position is
// outside the outline. `outline` NotChosen counts as Child.
QString regionAt(BodyOutline outline, BodySide side, qint64 x, qint64 y);

// A region's name in the practitioner's language ("left upper arm", in Welsh "rhan uchaf y fraich
// chwith"), translated through the "BodyRegion" context; the id itself when it is unknown.
QString regionName(const QString &regionId);

// A mark's colour and side in the practitioner's language (the "BodyRegion" context too).
QString colourName(MarkColour colour);
QString sideName(BodySide side);

} // namespace BodyMapGeometry
} // namespace hearth
