#pragma once

#include "childdrawing.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace hearth::ChildDrawingPainter {

// How a child's drawing becomes pixels, in one place for the live canvas, the read-only view
// and the tests: every stroke is painted segment by segment in the order it was drawn, so the
// canvas that adds one segment per new point and a full repaint from the record do exactly the
// same painting and give the same pixels.

// The pen colours, in the order of ChildContributionBody::colours().
QColor colour(int index);
// The square area of `bounds` the 0..10000 logical canvas is shown in (centred).
QRectF canvasArea(const QRectF &bounds);
// A logical point in `area`.
QPointF toArea(QPoint point, const QRectF &area);
// The nearest logical point to `position` in `area`, clamped to the canvas.
QPoint fromArea(QPointF position, const QRectF &area);
// Paints point `index` of `stroke`: a dot for the first, else the segment from the point before.
// Returns the rectangle it may have changed.
QRectF paintPoint(
    QPainter &painter, const ChildDrawing::Stroke &stroke, qsizetype index, const QRectF &area);
void paintAll(
    QPainter &painter, const std::vector<ChildDrawing::Stroke> &strokes, const QRectF &area);
// The whole drawing on a transparent `side` x `side` image.
QImage render(const std::vector<ChildDrawing::Stroke> &strokes, int side);

} // namespace hearth::ChildDrawingPainter
