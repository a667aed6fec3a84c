#pragma once

#include <QByteArray>
#include <QString>

// Generated inputs for the server benchmarks.
namespace benchdata {

// A caseload document (docs/caseload-format.md) with this many children, one household per
// two children and one adult per household.
QByteArray caseload(int children);

} // namespace benchdata
