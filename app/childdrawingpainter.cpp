#include "childdrawingpainter.h"

#include "record/childcontributionbody.h"

#include <QPainter>

#include <array>

namespace hearth::ChildDrawingPainter {

namespace {
constexpr qreal Logical = qreal(ChildContributionBody::CanvasSize);
}

QColor colour(int index)
{
    // Bright, well apart from each other and from white paper; black first as the default pen.
    static const std::array<QColor, 9> colours { QColor(0x21, 0x21, 0x21), QColor(0xd3, 0x2f, 0x2f),
        QColor(0xf5, 0x7c, 0x00), QColor(0xfb, 0xc0, 0x2d), QColor(0x38, 0x8e, 0x3c),
        QColor(0x19, 0x76, 0xd2), QColor(0x7b, 0x1f, 0xa2), QColor(0x6d, 0x4c, 0x41),
        QColor(0xec, 0x40, 0x7a) };
    static_assert(colours.size() == 9, "one colour for each of ChildContributionBody::colours()");
    return index >= 0 && std::size_t(index) < colours.size() ? colours[std::size_t(index)]
                                                             : colours[0];
}

QRectF canvasArea(const QRectF &bounds)
{
    const qreal side = std::min(bounds.width(), bounds.height());
    return QRectF(bounds.x() + (bounds.width() - side) / 2,
        bounds.y() + (bounds.height() - side) / 2, side, side);
}

QPointF toArea(QPoint point, const QRectF &area)
{
    return QPointF(area.x() + point.x() * area.width() / Logical,
        area.y() + point.y() * area.height() / Logical);
}

QPoint fromArea(QPointF position, const QRectF &area)
{
    if (area.width() <= 0 || area.height() <= 0)
        return {};
    const auto logical = [](qreal offset, qreal extent) {
        return int(std::clamp(qRound(offset * Logical / extent), 0, int(Logical)));
    };
    return QPoint(logical(position.x() - area.x(), area.width()),
        logical(position.y() - area.y(), area.height()));
}

QRectF paintPoint(
    QPainter &painter, const ChildDrawing::Stroke &stroke, qsizetype index, const QRectF &area)
{
    const qreal width = stroke.width * area.width() / Logical;
    painter.setPen(QPen(colour(stroke.colour), width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    const QPointF to = toArea(stroke.points[index], area);
    const QPointF from = index == 0 ? to : toArea(stroke.points[index - 1], area);
    if (index == 0)
        painter.drawPoint(to);
    else
        painter.drawLine(from, to);
    const qreal margin = width / 2 + 2;
    return QRectF(from, to).normalized().adjusted(-margin, -margin, margin, margin);
}

void paintAll(
    QPainter &painter, const std::vector<ChildDrawing::Stroke> &strokes, const QRectF &area)
{
    for (const ChildDrawing::Stroke &stroke : strokes)
        for (qsizetype i = 0; i < stroke.points.size(); ++i)
            paintPoint(painter, stroke, i, area);
}

QImage render(const std::vector<ChildDrawing::Stroke> &strokes, int side)
{
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintAll(painter, strokes, QRectF(0, 0, side, side));
    return image;
}

} // namespace hearth::ChildDrawingPainter
