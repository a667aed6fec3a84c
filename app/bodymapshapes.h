#pragma once

#include "model/visit.h"
#include "visit/bodymapgeometry.h"

#include <QObject>
#include <QString>
#include <QVariantList>
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

    // The colours a mark may be, as {value, label} for a choice.
    Q_INVOKABLE QVariantList colourOptions() const
    {
        QVariantList out;
        for (qsizetype i = 1; i < enumNames<MarkColour>().size(); ++i)
            out.append(QVariantMap { { QStringLiteral("value"), enumNames<MarkColour>().at(i) },
                { QStringLiteral("label"), BodyMapGeometry::colourName(MarkColour(i)) } });
        return out;
    }
    Q_INVOKABLE QString sideName(const QString &side) const
    {
        return BodyMapGeometry::sideName(side == u"back" ? BodySide::Back : BodySide::Front);
    }

    // A map's marks as drawn: numbered from 1 in list order, with where each is and the
    // region's name (for the views and for tests that tap the outline).
    static QVariantList marksFor(const BodyMap &map)
    {
        QVariantList out;
        for (qsizetype i = 0; i < map.marks.size(); ++i) {
            const BodyMark &mark = map.marks.at(i);
            out.append(QVariantMap { { QStringLiteral("number"), int(i + 1) },
                { QStringLiteral("side"), enumName(mark.side) },
                { QStringLiteral("x"), int(mark.x) }, { QStringLiteral("y"), int(mark.y) },
                { QStringLiteral("regionName"), BodyMapGeometry::regionName(mark.region) } });
        }
        return out;
    }
};

} // namespace hearth
