#pragma once

#include <QStringList>

namespace hearth {

// The words a body map (visit body format 3, docs/record-format.md) may carry, so the tablet's
// verifier and the agency server's refuse the same marks. The regions are the ones
// BodyMapGeometry computes from a position; its test checks that every one can be tapped.
namespace BodyMapWords {
const QStringList &outlines(); // "baby", "child", "older-child"
const QStringList &sides();    // "front", "back"
const QStringList &colours();  // "red" ... "other"
const QStringList &regions();  // "face", "left-upper-arm", ...
} // namespace BodyMapWords

} // namespace hearth
