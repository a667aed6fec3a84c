#include "childcanvas.h"

#include "childdrawingpainter.h"
#include "record/childcontributionbody.h"

#include <QPainter>
#include <QQuickWindow>

namespace hearth {

ChildCanvas::ChildCanvas(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAcceptTouchEvents(true);
    // Drawing must not be taken over by a Flickable or a swipe around the paper.
    setKeepMouseGrab(true);
    setKeepTouchGrab(true);
}

void ChildCanvas::setDrawing(ChildDrawing *drawing)
{
    if (drawing == m_drawing)
        return;
    if (m_drawing)
        disconnect(m_drawing, nullptr, this, nullptr);
    m_drawing = drawing;
    if (m_drawing)
        connect(m_drawing, &ChildDrawing::reset, this, &ChildCanvas::repaintAll);
    m_drawingStroke = false;
    m_timeStarted = false;
    repaintAll();
    Q_EMIT drawingChanged();
}

void ChildCanvas::setColour(int colour)
{
    if (colour == m_colour || colour < 0 || colour >= ChildContributionBody::colours().size())
        return;
    m_colour = colour;
    Q_EMIT penChanged();
}

void ChildCanvas::setPenWidth(int width)
{
    if (width == m_penWidth || !ChildContributionBody::widths().contains(width))
        return;
    m_penWidth = width;
    Q_EMIT penChanged();
}

void ChildCanvas::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    if (m_readOnly)
        release();
    Q_EMIT readOnlyChanged();
}

QList<QColor> ChildCanvas::colours()
{
    QList<QColor> out;
    for (int i = 0; i < ChildContributionBody::colours().size(); ++i)
        out << ChildDrawingPainter::colour(i);
    return out;
}

QList<int> ChildCanvas::widths()
{
    QList<int> out;
    for (qint64 width : ChildContributionBody::widths())
        out << int(width);
    return out;
}

QRectF ChildCanvas::area() const
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    return ChildDrawingPainter::canvasArea(QRectF(0, 0, width() * ratio, height() * ratio));
}

void ChildCanvas::paint(QPainter *painter)
{
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize size(qCeil(width() * ratio), qCeil(height() * ratio));
    if (m_bufferStale || m_buffer.size() != size) {
        m_buffer = QImage(size, QImage::Format_ARGB32_Premultiplied);
        m_buffer.fill(Qt::transparent);
        if (m_drawing && !size.isEmpty()) {
            QPainter buffer(&m_buffer);
            buffer.setRenderHint(QPainter::Antialiasing);
            ChildDrawingPainter::paintAll(buffer, m_drawing->strokes(), area());
        }
        m_bufferStale = false;
    }
    painter->drawImage(QRectF(0, 0, width(), height()), m_buffer);
}

void ChildCanvas::repaintAll()
{
    m_bufferStale = true;
    update();
}

void ChildCanvas::paintLatest()
{
    if (m_bufferStale || m_buffer.isNull()) {
        update();
        return;
    }
    const ChildDrawing::Stroke &stroke = m_drawing->strokes().back();
    QPainter buffer(&m_buffer);
    buffer.setRenderHint(QPainter::Antialiasing);
    const QRectF changed
        = ChildDrawingPainter::paintPoint(buffer, stroke, stroke.points.size() - 1, area());
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    update(QRectF(changed.topLeft() / ratio, changed.size() / ratio).toAlignedRect());
}

void ChildCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        repaintAll();
}

qint64 ChildCanvas::timeOf(quint64 timestamp) const
{
    return m_timeBase + qint64(timestamp - m_firstTimestamp);
}

void ChildCanvas::press(QPointF position, quint64 timestamp)
{
    if (m_readOnly || !m_drawing)
        return;
    if (!m_timeStarted || timestamp < m_firstTimestamp) {
        m_timeStarted = true;
        m_timeBase = m_drawing->lastTime();
        m_firstTimestamp = timestamp;
    }
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QPoint point = ChildDrawingPainter::fromArea(position * ratio, area());
    m_drawingStroke = m_drawing->beginStroke(m_colour, m_penWidth, point, timeOf(timestamp));
    if (m_drawingStroke)
        paintLatest();
}

void ChildCanvas::move(QPointF position, quint64 timestamp)
{
    if (!m_drawingStroke || !m_drawing)
        return;
    const qreal ratio = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QPoint point = ChildDrawingPainter::fromArea(position * ratio, area());
    if (m_drawing->addPoint(point, timeOf(timestamp)))
        paintLatest();
}

void ChildCanvas::release()
{
    if (!m_drawingStroke)
        return;
    m_drawingStroke = false;
    if (m_drawing)
        m_drawing->endStroke();
}

void ChildCanvas::mousePressEvent(QMouseEvent *event)
{
    if (m_readOnly) {
        event->ignore();
        return;
    }
    press(event->position(), event->timestamp());
}

void ChildCanvas::mouseMoveEvent(QMouseEvent *event)
{
    move(event->position(), event->timestamp());
}

void ChildCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    move(event->position(), event->timestamp());
    release();
}

void ChildCanvas::touchEvent(QTouchEvent *event)
{
    if (m_readOnly || event->points().isEmpty()) {
        event->ignore();
        return;
    }
    // One finger draws; a second one resting on the paper is ignored.
    const QEventPoint &point = event->points().constFirst();
    switch (point.state()) {
    case QEventPoint::Pressed:
        press(point.position(), event->timestamp());
        break;
    case QEventPoint::Updated:
        move(point.position(), event->timestamp());
        break;
    case QEventPoint::Released:
        move(point.position(), event->timestamp());
        release();
        break;
    default:
        break;
    }
}

void ChildCanvas::mouseUngrabEvent()
{
    release();
}

void ChildCanvas::touchUngrabEvent()
{
    release();
}

} // namespace hearth
