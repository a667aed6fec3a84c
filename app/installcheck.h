#pragma once

#include <QString>
#include <QStringList>

namespace hearth::InstallCheck {

// The parts of `hearth --self-test` that need no window: what an installed package must carry
// (every shipped content pack, readable in English and Welsh) and what the system's libsodium
// must do (sign a record and verify it, and refuse it once a byte is changed). A package built
// without its packs, or run against a broken library, fails here rather than at a visit.

// The shipped packs' folder, found relative to the binary so the same build works installed
// under any prefix and in the build tree (which mirrors the installed layout).
QString packsFolder();

// One line per problem; empty when everything passed.
QStringList run();

} // namespace hearth::InstallCheck
