#pragma once

#include "childdrawing.h"

#include <QImage>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The paper a child draws on in child mode, and the read-only view of a stored drawing. It keeps
// points at input rate (every mouse or touch move the window delivers) and paints only the new
// segment into its own image, so a long drawing costs the same per frame as a short one; the
// whole drawing is painted again only when the size changes or strokes are removed.
class ChildCanvas : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hearth::ChildDrawing *drawing READ drawing WRITE setDrawing NOTIFY drawingChanged)
    // Index into the pen colours (ChildCanvas.colours), and width in canvas units.
    Q_PROPERTY(int colour READ colour WRITE setColour NOTIFY penChanged)
    Q_PROPERTY(int penWidth READ penWidth WRITE setPenWidth NOTIFY penChanged)
    Q_PROPERTY(bool readOnly READ readOnly WRITE setReadOnly NOTIFY readOnlyChanged)
    // The pens the page offers, in order (colours and widths of the record format).
    Q_PROPERTY(QList<QColor> colours READ colours CONSTANT)
    Q_PROPERTY(QList<int> widths READ widths CONSTANT)

public:
    explicit ChildCanvas(QQuickItem *parent = nullptr);

    ChildDrawing *drawing() const { return m_drawing; }
    void setDrawing(ChildDrawing *drawing);
    int colour() const { return m_colour; }
    void setColour(int colour);
    int penWidth() const { return m_penWidth; }
    void setPenWidth(int width);
    bool readOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);
    static QList<QColor> colours();
    static QList<int> widths();

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void drawingChanged();
    void penChanged();
    void readOnlyChanged();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void touchEvent(QTouchEvent *event) override;
    // The stroke ends where the grab was lost (a system gesture, a dialog opening).
    void mouseUngrabEvent() override;
    void touchUngrabEvent() override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void press(QPointF position, quint64 timestamp);
    void move(QPointF position, quint64 timestamp);
    void release();
    qint64 timeOf(quint64 timestamp) const;
    void paintLatest();
    void repaintAll();
    QRectF area() const;

    QPointer<ChildDrawing> m_drawing;
    int m_colour = 0;
    int m_penWidth = 100;
    bool m_readOnly = false;
    bool m_drawingStroke = false;
    // Event timestamps (ms, any origin) are turned into the drawing's time: the first press on
    // this canvas continues from the drawing's last point.
    bool m_timeStarted = false;
    qint64 m_timeBase = 0;
    quint64 m_firstTimestamp = 0;
    QImage m_buffer;
    bool m_bufferStale = true;
};

} // namespace hearth
