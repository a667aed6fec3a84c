#pragma once

#include "common/expected.h"
#include "record/jsonerror.h"
#include "record/jsonvalue.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace hearth {

// A child's drawing as the vector data the record keeps (docs/record-format.md): strokes of a
// palette colour and a fixed width, with integer points on the 0..10000 logical canvas and the
// time of each point in ms from the start of the drawing. The canvas adds to it as the finger
// moves; the record is written from it and read back into it, so what the child drew is exactly
// what is signed and shown again. It refuses what the record format would refuse (a stroke past
// the bounds, an unknown colour), so a drawing in progress can always be signed.
class ChildDrawing : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Child mode makes the drawing, or it is read from a signed record.")
    Q_PROPERTY(int strokeCount READ strokeCount NOTIFY strokeCountChanged)
    // True once no further point can be kept (the record's bound): the page says so.
    Q_PROPERTY(bool full READ full NOTIFY strokeCountChanged)

public:
    struct Stroke
    {
        int colour = 0; // index into ChildContributionBody::colours()
        int width = 0;  // one of ChildContributionBody::widths()
        QList<QPoint> points;
        QList<qint64> times;

        friend bool operator==(const Stroke &, const Stroke &) = default;
    };

    explicit ChildDrawing(QObject *parent = nullptr);

    const std::vector<Stroke> &strokes() const { return m_strokes; }
    int strokeCount() const { return int(m_strokes.size()); }
    int pointCount() const { return int(m_points); }
    bool full() const;
    // The time of the last point kept, so a drawing resumed later keeps time running forwards.
    qint64 lastTime() const;

    // A new stroke at `point`; false (nothing kept) for a colour or width outside the fixed
    // sets, a point off the canvas, or a drawing already at its bounds.
    bool beginStroke(int colour, int width, QPoint point, qint64 timeMs);
    // The next point of the current stroke; false when it was not kept (the same point again,
    // off the canvas, or the stroke or drawing at its bound). Times earlier than the last are
    // taken as the last.
    bool addPoint(QPoint point, qint64 timeMs);
    // The finger lifted: the drawing is worth saving now.
    void endStroke();

    Q_INVOKABLE void undo();
    Q_INVOKABLE void clear();

    // The "strokes" array of the child's contribution.
    JsonValue toJson() const;
    // Reads a "strokes" array already checked by ChildContributionBody::validate (or refuses it
    // with the same path rules when it was not).
    [[nodiscard]] static Expected<std::vector<Stroke>, JsonError> fromJson(
        const JsonValue &strokes, const QString &path);
    void setStrokes(std::vector<Stroke> strokes);

Q_SIGNALS:
    void strokeCountChanged();
    // Strokes were removed or replaced: whatever shows the drawing paints it again.
    void reset();
    // A stroke was finished, undone or cleared: the contribution should be saved.
    void edited();

private:
    std::vector<Stroke> m_strokes;
    qsizetype m_points = 0;
};

} // namespace hearth
