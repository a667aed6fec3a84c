#pragma once

#include "visit/bodymapgeometry.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The body-map outlines and region names for QML (singleton BodyMapShapes), straight from
// BodyMapGeometry, so what is drawn is exactly what a tap's region is computed against.
class BodyMapShapes : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int boxWidth READ boxWidth CONSTANT)
    Q_PROPERTY(int boxHeight READ boxHeight CONSTANT)

public:
    using QObject::QObject;

    int boxWidth() const { return BodyMapGeometry::BoxWidth; }
    int boxHeight() const { return BodyMapGeometry::BoxHeight; }
    // The silhouette for an outline word ("baby", "child", "older-child") as SVG path data.
    Q_INVOKABLE QString outlinePath(const QString &outline) const
    {
        BodyOutline value = BodyOutline::Child;
        enumFromName(outline, value);
        return BodyMapGeometry::outlinePath(value);
    }
    Q_INVOKABLE QString regionName(const QString &regionId) const
    {
        return BodyMapGeometry::regionName(regionId);
    }
};

} // namespace hearth
