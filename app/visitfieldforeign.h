#pragma once

#include "visit/visitfield.h"

#include <QtQml/qqmlregistration.h>

// The visit's typed field ids, shown to QML as VisitField (VisitField.ChildsWords,
// VisitField.NextSteps), so the wizard names fields instead of building storage paths.
namespace hearth::VisitFieldForeign {
Q_NAMESPACE
QML_FOREIGN_NAMESPACE(hearth::VisitField)
QML_NAMED_ELEMENT(VisitField)
} // namespace hearth::VisitFieldForeign
