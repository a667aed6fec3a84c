#include "bodymapgeometry.h"

#include "model/visit.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>
#include <array>
#include <cmath>

namespace hearth::BodyMapGeometry {

namespace {
struct Point
{
    double x;
    double y;
};

enum class Shape
{
    Ellipse, // centre a, radii rx (r) and ry
    Capsule, // segment a-b, radius r
    Polygon
};

// One part of a silhouette. `name` is the region without its side ("upper-arm"); limbs say
// which side of the viewer they are on, and regionAt turns that into the child's left/right.
struct Part
{
    QString name;
    bool limb = false;
    bool viewerLeft = false;
    Shape shape = Shape::Capsule;
    Point a {};
    Point b {};
    double r = 0;
    double ry = 0;
    QList<Point> polygon;
};

// An outline's measurements in the 500 x 1000 box. A baby is about four heads tall with arms
// reaching the hips, a young child about five and a half, an older child about seven.
struct Proportions
{
    double headRx, headRy, neckLen, neckR;
    double shoulderHalf, waistHalf, hipHalf, torsoLen;
    double upperArmR, foreArmR, handR, upperArmLen, foreArmLen, handLen, armSpread;
    double thighR, shinR, footR, legGap, footLen;
};

constexpr double Top = 30;
constexpr double Bottom = 970;
constexpr double Centre = BoxWidth / 2.0;

const Proportions &proportions(BodyOutline outline)
{
    static const Proportions baby { 100, 118, 8, 40, 120, 112, 118, 348, 32, 29, 28, 150, 120, 55,
        40, 48, 38, 32, 60, 50 };
    static const Proportions child { 68, 84, 18, 26, 100, 80, 88, 332, 24, 20, 20, 165, 145, 55, 50,
        38, 28, 22, 45, 40 };
    static const Proportions older { 52, 67, 24, 22, 98, 72, 84, 320, 22, 18, 18, 180, 160, 60, 45,
        36, 26, 20, 42, 38 };
    switch (outline) {
    case BodyOutline::Baby:
        return baby;
    case BodyOutline::OlderChild:
        return older;
    case BodyOutline::NotChosen:
    case BodyOutline::Child:
        break;
    }
    return child;
}

Part capsule(const QString &name, bool viewerLeft, Point a, Point b, double r)
{
    return Part { name, true, viewerLeft, Shape::Capsule, a, b, r, 0, {} };
}

// The parts in hit-test order: small parts first, so a hand over a hip is a hand.
QList<Part> parts(BodyOutline outline)
{
    const Proportions &p = proportions(outline);
    const double headBottom = Top + 2 * p.headRy;
    const double shoulderY = headBottom + p.neckLen;
    const double crotchY = shoulderY + p.torsoLen;
    const double kneeY = crotchY + 0.48 * (Bottom - crotchY);
    const double ankleY = Bottom - p.footLen;

    QList<Part> hands, feet, forearms, shins, upperArms, thighs;
    for (const bool left : { true, false }) {
        const double s = left ? -1 : 1; // outward from the centre line
        const Point shoulder { Centre + s * (p.shoulderHalf - p.upperArmR * 0.6),
            shoulderY + p.upperArmR };
        const Point elbow { shoulder.x + s * p.armSpread * 0.5, shoulder.y + p.upperArmLen };
        const Point wrist { shoulder.x + s * p.armSpread, elbow.y + p.foreArmLen };
        const Point fingers { wrist.x + s * p.handLen * 0.15, wrist.y + p.handLen - p.handR };
        const Point hip { Centre + s * p.legGap, crotchY - p.thighR };
        const Point knee { Centre + s * p.legGap * 0.9, kneeY };
        const Point ankle { Centre + s * p.legGap * 0.85, ankleY };
        const Point toes { ankle.x + s * p.footR * 0.8, Bottom - p.footR };
        hands << capsule(QStringLiteral("hand"), left, wrist, fingers, p.handR);
        feet << capsule(QStringLiteral("foot"), left, ankle, toes, p.footR);
        forearms << capsule(QStringLiteral("forearm"), left, elbow, wrist, p.foreArmR);
        shins << capsule(QStringLiteral("lower-leg"), left, knee, ankle, p.shinR);
        upperArms << capsule(QStringLiteral("upper-arm"), left, shoulder, elbow, p.upperArmR);
        thighs << capsule(QStringLiteral("thigh"), left, hip, knee, p.thighR);
    }

    Part head { QStringLiteral("head"), false, false, Shape::Ellipse, { Centre, Top + p.headRy },
        {}, p.headRx, p.headRy, {} };
    Part neck { QStringLiteral("neck"), false, false, Shape::Capsule,
        { Centre, headBottom - p.headRy * 0.3 }, { Centre, shoulderY + 5 }, p.neckR, 0, {} };
    const double t = p.torsoLen;
    Part torso { QStringLiteral("torso"), false, false, Shape::Polygon, {}, {}, 0, 0,
        { { Centre - p.shoulderHalf * 0.8, shoulderY },
            { Centre + p.shoulderHalf * 0.8, shoulderY },
            { Centre + p.shoulderHalf, shoulderY + 0.1 * t },
            { Centre + p.waistHalf, shoulderY + 0.6 * t },
            { Centre + p.hipHalf, shoulderY + 0.85 * t }, { Centre + p.hipHalf * 0.3, crotchY },
            { Centre - p.hipHalf * 0.3, crotchY }, { Centre - p.hipHalf, shoulderY + 0.85 * t },
            { Centre - p.waistHalf, shoulderY + 0.6 * t },
            { Centre - p.shoulderHalf, shoulderY + 0.1 * t } } };
    return hands + feet + forearms + shins + upperArms + thighs + QList<Part> { head, neck, torso };
}

double distanceToSegment(Point q, Point a, Point b)
{
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0 ? ((q.x - a.x) * dx + (q.y - a.y) * dy) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy));
}

bool insidePolygon(Point q, const QList<Point> &polygon)
{
    bool inside = false;
    for (qsizetype i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
        const Point &a = polygon.at(i), &b = polygon.at(j);
        if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x)
            inside = !inside;
    }
    return inside;
}

bool contains(const Part &part, Point q)
{
    switch (part.shape) {
    case Shape::Ellipse: {
        const double u = (q.x - part.a.x) / part.r, v = (q.y - part.a.y) / part.ry;
        return u * u + v * v <= 1;
    }
    case Shape::Capsule:
        return distanceToSegment(q, part.a, part.b) <= part.r;
    case Shape::Polygon:
        return insidePolygon(q, part.polygon);
    }
    return false;
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

QString svg(const Part &part)
{
    switch (part.shape) {
    case Shape::Ellipse: {
        const QString radii = QStringLiteral("%1 %2 0 1 1 ").arg(number(part.r), number(part.ry));
        return QStringLiteral("M%1 %2 A%3%4 %2 A%3%1 %2 Z")
            .arg(number(part.a.x - part.r), number(part.a.y), radii, number(part.a.x + part.r));
    }
    case Shape::Capsule: {
        // Two straight sides joined by half circles at each end, the arcs sweeping outward.
        const double length = std::hypot(part.b.x - part.a.x, part.b.y - part.a.y);
        const double nx = (part.b.y - part.a.y) / length * part.r;
        const double ny = -(part.b.x - part.a.x) / length * part.r;
        const QString arc = QStringLiteral(" A%1 %1 0 0 1 ").arg(number(part.r));
        return QStringLiteral("M%1 %2 L%3 %4")
                   .arg(number(part.a.x + nx), number(part.a.y + ny), number(part.b.x + nx),
                       number(part.b.y + ny))
            + arc + number(part.b.x - nx) + u' ' + number(part.b.y - ny) + QStringLiteral(" L")
            + number(part.a.x - nx) + u' ' + number(part.a.y - ny) + arc + number(part.a.x + nx)
            + u' ' + number(part.a.y + ny) + QStringLiteral(" Z");
    }
    case Shape::Polygon: {
        QString path;
        for (const Point &point : part.polygon)
            path
                += (path.isEmpty() ? u'M' : u'L') + number(point.x) + u' ' + number(point.y) + u' ';
        return path + u'Z';
    }
    }
    return {};
}

struct RegionName
{
    const char *id;
    const char *text;
};

// QT_TRANSLATE_NOOP so lupdate finds them; regionName translates at run time.
constexpr std::array<RegionName, 22> RegionNames { {
    { "face", QT_TRANSLATE_NOOP("BodyRegion", "face and front of head") },
    { "back-of-head", QT_TRANSLATE_NOOP("BodyRegion", "back of head") },
    { "neck", QT_TRANSLATE_NOOP("BodyRegion", "neck") },
    { "back-of-neck", QT_TRANSLATE_NOOP("BodyRegion", "back of neck") },
    { "chest", QT_TRANSLATE_NOOP("BodyRegion", "chest") },
    { "abdomen", QT_TRANSLATE_NOOP("BodyRegion", "abdomen") },
    { "genital-area", QT_TRANSLATE_NOOP("BodyRegion", "genital area") },
    { "upper-back", QT_TRANSLATE_NOOP("BodyRegion", "upper back") },
    { "lower-back", QT_TRANSLATE_NOOP("BodyRegion", "lower back") },
    { "buttocks", QT_TRANSLATE_NOOP("BodyRegion", "buttocks") },
    { "left-upper-arm", QT_TRANSLATE_NOOP("BodyRegion", "left upper arm") },
    { "right-upper-arm", QT_TRANSLATE_NOOP("BodyRegion", "right upper arm") },
    { "left-forearm", QT_TRANSLATE_NOOP("BodyRegion", "left forearm") },
    { "right-forearm", QT_TRANSLATE_NOOP("BodyRegion", "right forearm") },
    { "left-hand", QT_TRANSLATE_NOOP("BodyRegion", "left hand") },
    { "right-hand", QT_TRANSLATE_NOOP("BodyRegion", "right hand") },
    { "left-thigh", QT_TRANSLATE_NOOP("BodyRegion", "left thigh") },
    { "right-thigh", QT_TRANSLATE_NOOP("BodyRegion", "right thigh") },
    { "left-lower-leg", QT_TRANSLATE_NOOP("BodyRegion", "left lower leg") },
    { "right-lower-leg", QT_TRANSLATE_NOOP("BodyRegion", "right lower leg") },
    { "left-foot", QT_TRANSLATE_NOOP("BodyRegion", "left foot") },
    { "right-foot", QT_TRANSLATE_NOOP("BodyRegion", "right foot") },
} };
} // namespace

BodyOutline outlineForAge(const std::optional<QDate> &dateOfBirth, const QDate &today)
{
    if (!dateOfBirth || !today.isValid())
        return BodyOutline::Baby;
    int years = today.year() - dateOfBirth->year();
    if (today.month() < dateOfBirth->month()
        || (today.month() == dateOfBirth->month() && today.day() < dateOfBirth->day()))
        --years;
    if (years < 1)
        return BodyOutline::Baby;
    return years <= 10 ? BodyOutline::Child : BodyOutline::OlderChild;
}

QString outlinePath(BodyOutline outline)
{
    QStringList pieces;
    for (const Part &part : parts(outline))
        pieces << svg(part);
    return pieces.join(u' ');
}

QString regionAt(BodyOutline outline, BodySide side, qint64 x, qint64 y)
{
    if (x < 0 || y < 0 || x > BodyMarkScale || y > BodyMarkScale)
        return {};
    const Point q { double(x) * BoxWidth / BodyMarkScale, double(y) * BoxHeight / BodyMarkScale };
    const bool front = side == BodySide::Front;
    for (const Part &part : parts(outline)) {
        if (!contains(part, q))
            continue;
        if (part.limb) {
            // Facing the viewer, the child's left is on the viewer's right.
            const bool childsLeft = front ? !part.viewerLeft : part.viewerLeft;
            return (childsLeft ? QStringLiteral("left-") : QStringLiteral("right-")) + part.name;
        }
        if (part.name == u"head")
            return front ? QStringLiteral("face") : QStringLiteral("back-of-head");
        if (part.name == u"neck")
            return front ? QStringLiteral("neck") : QStringLiteral("back-of-neck");
        const double top = part.polygon.first().y;
        const double bottom = part.polygon.at(5).y;
        const double along = (q.y - top) / (bottom - top);
        if (front)
            return along < 0.4 ? QStringLiteral("chest")
                : along < 0.75 ? QStringLiteral("abdomen")
                               : QStringLiteral("genital-area");
        return along < 0.45 ? QStringLiteral("upper-back")
            : along < 0.75  ? QStringLiteral("lower-back")
                            : QStringLiteral("buttocks");
    }
    return {};
}

QString regionName(const QString &regionId)
{
    for (const RegionName &region : RegionNames)
        if (regionId == QLatin1String(region.id))
            return QCoreApplication::translate("BodyRegion", region.text);
    return regionId;
}

QString colourName(MarkColour colour)
{
    switch (colour) {
    case MarkColour::Red:
        return QCoreApplication::translate("BodyRegion", "red");
    case MarkColour::Purple:
        return QCoreApplication::translate("BodyRegion", "purple");
    case MarkColour::Blue:
        return QCoreApplication::translate("BodyRegion", "blue");
    case MarkColour::Green:
        return QCoreApplication::translate("BodyRegion", "green");
    case MarkColour::Yellow:
        return QCoreApplication::translate("BodyRegion", "yellow");
    case MarkColour::Brown:
        return QCoreApplication::translate("BodyRegion", "brown");
    case MarkColour::Other:
        return QCoreApplication::translate("BodyRegion", "another colour");
    case MarkColour::NotRecorded:
        break;
    }
    return QCoreApplication::translate("BodyRegion", "colour not recorded");
}

QString sideName(BodySide side)
{
    return side == BodySide::Back ? QCoreApplication::translate("BodyRegion", "back")
                                  : QCoreApplication::translate("BodyRegion", "front");
}

} // namespace hearth::BodyMapGeometry
