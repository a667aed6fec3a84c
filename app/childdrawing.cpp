#include "childdrawing.h"

#include "record/childcontributionbody.h"

namespace hearth {

namespace {
bool onCanvas(QPoint point)
{
    return point.x() >= 0 && point.y() >= 0 && point.x() <= ChildContributionBody::CanvasSize
        && point.y() <= ChildContributionBody::CanvasSize;
}
} // namespace

ChildDrawing::ChildDrawing(QObject *parent)
    : QObject(parent)
{ }

bool ChildDrawing::full() const
{
    return m_points >= ChildContributionBody::MaxPoints
        || qsizetype(m_strokes.size()) >= ChildContributionBody::MaxStrokes;
}

qint64 ChildDrawing::lastTime() const
{
    return m_strokes.empty() ? 0 : m_strokes.back().times.constLast();
}

bool ChildDrawing::beginStroke(int colour, int width, QPoint point, qint64 timeMs)
{
    if (colour < 0 || colour >= ChildContributionBody::colours().size()
        || !ChildContributionBody::widths().contains(width) || !onCanvas(point) || full())
        return false;
    const qint64 time = std::clamp(timeMs, lastTime(), ChildContributionBody::MaxTimeMs);
    m_strokes.push_back(Stroke { colour, width, { point }, { time } });
    ++m_points;
    Q_EMIT strokeCountChanged();
    return true;
}

bool ChildDrawing::addPoint(QPoint point, qint64 timeMs)
{
    if (m_strokes.empty() || !onCanvas(point) || m_points >= ChildContributionBody::MaxPoints)
        return false;
    Stroke &stroke = m_strokes.back();
    if (stroke.points.constLast() == point
        || stroke.points.size() >= ChildContributionBody::MaxPointsPerStroke)
        return false;
    stroke.points.append(point);
    stroke.times.append(
        std::clamp(timeMs, stroke.times.constLast(), ChildContributionBody::MaxTimeMs));
    ++m_points;
    if (m_points == ChildContributionBody::MaxPoints)
        Q_EMIT strokeCountChanged(); // `full` changed
    return true;
}

void ChildDrawing::endStroke()
{
    Q_EMIT edited();
}

void ChildDrawing::undo()
{
    if (m_strokes.empty())
        return;
    m_points -= m_strokes.back().points.size();
    m_strokes.pop_back();
    Q_EMIT strokeCountChanged();
    Q_EMIT reset();
    Q_EMIT edited();
}

void ChildDrawing::clear()
{
    if (m_strokes.empty())
        return;
    setStrokes({});
    Q_EMIT edited();
}

void ChildDrawing::setStrokes(std::vector<Stroke> strokes)
{
    m_strokes = std::move(strokes);
    m_points = 0;
    for (const Stroke &stroke : m_strokes)
        m_points += stroke.points.size();
    Q_EMIT strokeCountChanged();
    Q_EMIT reset();
}

JsonValue ChildDrawing::toJson() const
{
    JsonValue strokes = JsonValue::array();
    for (const Stroke &stroke : m_strokes) {
        JsonValue points = JsonValue::array();
        for (qsizetype i = 0; i < stroke.points.size(); ++i) {
            points.append(stroke.points[i].x());
            points.append(stroke.points[i].y());
            points.append(stroke.times[i]);
        }
        strokes.append(JsonValue::object(
            { { QStringLiteral("colour"), ChildContributionBody::colours().at(stroke.colour) },
                { QStringLiteral("width"), stroke.width },
                { QStringLiteral("points"), std::move(points) } }));
    }
    return strokes;
}

Expected<std::vector<ChildDrawing::Stroke>, JsonError> ChildDrawing::fromJson(
    const JsonValue &strokes, const QString &path)
{
    // The body's rules, applied to the strokes alone through a minimal contribution.
    JsonValue contribution = JsonValue::object({ { QStringLiteral("format"),
                                                     ChildContributionBody::Format },
        { QStringLiteral("strokes"), strokes },
        { QStringLiteral("houses"),
            JsonValue::object({ { QStringLiteral("worries"), JsonValue::array() },
                { QStringLiteral("goodThings"), JsonValue::array() },
                { QStringLiteral("dreams"), JsonValue::array() } }) },
        { QStringLiteral("scales"), JsonValue::array() }, { QStringLiteral("readAloud"), false } });
    if (auto ok = ChildContributionBody::validate(contribution, path); !ok)
        return unexpected(ok.error());
    std::vector<Stroke> out;
    for (const JsonValue &stroke : strokes.items()) {
        Stroke read;
        read.colour = int(ChildContributionBody::colours().indexOf(stroke[u"colour"].toString()));
        read.width = int(stroke[u"width"].toInteger());
        const auto &values = stroke[u"points"].items();
        for (std::size_t i = 0; i + 2 < values.size(); i += 3) {
            read.points.append(QPoint(int(values[i].toInteger()), int(values[i + 1].toInteger())));
            read.times.append(values[i + 2].toInteger());
        }
        out.push_back(std::move(read));
    }
    return out;
}

} // namespace hearth
