// Does child mode's drawing keep up with a finger? Synthetic mouse drags at 240 points a second
// for six seconds on the real ChildCanvas in an 800 x 800 window with Qt Quick's software
// renderer (offscreen), then prints how many points per second the drawing stored and the frame
// times (sync + render + flush of every frame drawn meanwhile): the target is at least
// 120 points a second stored and p99 under 16 ms. It prints figures and asserts nothing.
#include "childcanvas.h"
#include "childdrawing.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QQuickWindow>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {
constexpr int PointsPerSecond = 240;
constexpr int Seconds = 6;
constexpr int PointsPerStroke = 180;

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::size_t(std::ceil(p * double(values.size()))) - 1;
    return values[std::min(index, values.size() - 1)];
}

// A finger going round in loops over the paper.
QPointF pointAt(int i)
{
    const double t = i / 40.0;
    return QPointF(400 + 300 * std::sin(t) * std::cos(t / 7), 400 + 300 * std::cos(t * 1.3));
}

void send(QQuickWindow &window, QEvent::Type type, QPointF position, quint64 timestamp)
{
    const Qt::MouseButtons buttons
        = type == QEvent::MouseButtonRelease ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent event(type, position, position, window.mapToGlobal(position), Qt::LeftButton,
        buttons, Qt::NoModifier);
    event.setTimestamp(timestamp);
    QCoreApplication::sendEvent(&window, &event);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv); // benchmark options from scripts/test are ignored

    QQuickWindow window;
    window.resize(800, 800);
    hearth::ChildDrawing drawing;
    hearth::ChildCanvas canvas(window.contentItem());
    canvas.setSize(QSizeF(800, 800));
    canvas.setDrawing(&drawing);

    std::vector<double> frames;
    QElapsedTimer frame;
    QObject::connect(
        &window, &QQuickWindow::beforeSynchronizing, &window, [&] { frame.start(); },
        Qt::DirectConnection);
    QObject::connect(
        &window, &QQuickWindow::frameSwapped, &window,
        [&] {
            if (frame.isValid())
                frames.push_back(double(frame.nsecsElapsed()) / 1e6);
        },
        Qt::DirectConnection);
    window.show();
    QElapsedTimer settle;
    settle.start();
    while (!window.isExposed() && settle.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QCoreApplication::processEvents();
    frames.clear();

    const int total = PointsPerSecond * Seconds;
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    while (sent < total) {
        const int due = std::min(total, int(clock.elapsed() * PointsPerSecond / 1000) + 1);
        for (; sent < due; ++sent) {
            const quint64 timestamp = quint64(sent) * 1000 / PointsPerSecond;
            const int inStroke = sent % PointsPerStroke;
            if (inStroke == 0)
                send(window, QEvent::MouseButtonPress, pointAt(sent), timestamp);
            else if (inStroke == PointsPerStroke - 1)
                send(window, QEvent::MouseButtonRelease, pointAt(sent), timestamp);
            else
                send(window, QEvent::MouseMove, pointAt(sent), timestamp);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    QCoreApplication::processEvents();

    std::printf("child mode drawing, software renderer, 800x800, %d points sent at %d/s\n", total,
        PointsPerSecond);
    std::printf("  strokes %d, points stored %d in %.2f s: %.1f points/s stored\n",
        drawing.strokeCount(), drawing.pointCount(), seconds, drawing.pointCount() / seconds);
    std::printf("  frames %zu: p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", frames.size(),
        percentile(frames, 0.5), percentile(frames, 0.99),
        frames.empty() ? 0.0 : *std::max_element(frames.begin(), frames.end()));
    return 0;
}
