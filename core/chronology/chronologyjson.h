#pragma once

#include "chronology/chronologyentry.h"
#include "chronology/patternflag.h"

#include <QJsonObject>

namespace hearth {

// The chronology as JSON for `hearthctl chronology --json` and the agency console: the same
// words in both, so a script reading one reads the other (docs/chronology.md).
namespace ChronologyJson {

QJsonObject entry(const ChronologyEntry &entry);
QJsonObject flag(const PatternFlag &flag, const QString &language);

} // namespace ChronologyJson
} // namespace hearth
