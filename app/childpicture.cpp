#include "childpicture.h"

#include <QPainter>
#include <QPainterPath>

#include <functional>
#include <map>

namespace hearth {

namespace {
// Every picture is drawn on a 100 x 100 box.
using Drawer = std::function<void(QPainter &)>;

const QColor Ink(0x26, 0x32, 0x38);

void person(QPainter &p, qreal x, qreal y, qreal size, const QColor &colour)
{
    p.setBrush(colour);
    p.drawEllipse(QPointF(x, y - size * 0.55), size * 0.22, size * 0.22);
    p.drawRoundedRect(QRectF(x - size * 0.3, y - size * 0.3, size * 0.6, size * 0.7), 8, 8);
}

void paintFace(QPainter &p, int value)
{
    // From red and downturned (0) through amber to green and smiling (10).
    const QColor colour = QColor::fromHsv(int(value * 12), 170, 240);
    p.setBrush(colour);
    p.drawEllipse(QPointF(50, 50), 44, 44);
    p.setBrush(Ink);
    p.drawEllipse(QPointF(35, 40), 5, 6);
    p.drawEllipse(QPointF(65, 40), 5, 6);
    p.setBrush(Qt::NoBrush);
    const qreal curve = (value - 5) * 4.0; // positive smiles
    QPainterPath mouth(QPointF(30, 68 - curve / 4));
    mouth.quadTo(QPointF(50, 68 + curve), QPointF(70, 68 - curve / 4));
    p.drawPath(mouth);
}

const std::map<QString, Drawer> &drawers()
{
    static const std::map<QString, Drawer> all {
        { QStringLiteral("home"),
            [](QPainter &p) {
                p.setBrush(QColor(0xff, 0xcc, 0x80));
                p.drawRect(QRectF(22, 45, 56, 45));
                p.setBrush(QColor(0xd8, 0x43, 0x15));
                p.drawPolygon(QPolygonF({ QPointF(12, 48), QPointF(50, 12), QPointF(88, 48) }));
                p.setBrush(QColor(0x6d, 0x4c, 0x41));
                p.drawRect(QRectF(43, 65, 14, 25));
            } },
        { QStringLiteral("family"),
            [](QPainter &p) {
                person(p, 28, 62, 44, QColor(0x19, 0x76, 0xd2));
                person(p, 72, 62, 44, QColor(0xec, 0x40, 0x7a));
                person(p, 50, 78, 26, QColor(0xfb, 0xc0, 0x2d));
            } },
        { QStringLiteral("friends"),
            [](QPainter &p) {
                person(p, 32, 66, 40, QColor(0x38, 0x8e, 0x3c));
                person(p, 68, 66, 40, QColor(0xf5, 0x7c, 0x00));
                p.drawLine(QPointF(44, 62), QPointF(56, 62));
            } },
        { QStringLiteral("school"),
            [](QPainter &p) {
                p.setBrush(QColor(0xef, 0x9a, 0x9a));
                p.drawRect(QRectF(14, 40, 72, 50));
                p.setBrush(QColor(0x90, 0xca, 0xf9));
                for (qreal x : { 22.0, 44.0, 66.0 })
                    p.drawRect(QRectF(x, 50, 12, 12));
                p.drawLine(QPointF(50, 40), QPointF(50, 12));
                p.setBrush(QColor(0xd3, 0x2f, 0x2f));
                p.drawPolygon(QPolygonF({ QPointF(50, 12), QPointF(70, 18), QPointF(50, 24) }));
            } },
        { QStringLiteral("pet"),
            [](QPainter &p) {
                p.setBrush(QColor(0xa1, 0x88, 0x7f));
                p.drawEllipse(QRectF(22, 28, 56, 52));
                p.drawEllipse(QRectF(14, 16, 22, 34));
                p.drawEllipse(QRectF(64, 16, 22, 34));
                p.setBrush(Ink);
                p.drawEllipse(QPointF(40, 50), 4, 4);
                p.drawEllipse(QPointF(60, 50), 4, 4);
                p.drawEllipse(QPointF(50, 64), 6, 4);
            } },
        { QStringLiteral("food"),
            [](QPainter &p) {
                p.setBrush(QColor(0xff, 0xff, 0xff));
                p.drawEllipse(QRectF(10, 40, 80, 40));
                p.setBrush(QColor(0x38, 0x8e, 0x3c));
                p.drawEllipse(QRectF(26, 48, 20, 16));
                p.setBrush(QColor(0xf5, 0x7c, 0x00));
                p.drawEllipse(QRectF(50, 48, 24, 18));
            } },
        { QStringLiteral("sleep"),
            [](QPainter &p) {
                p.setBrush(QColor(0x5c, 0x6b, 0xc0));
                p.drawRect(QRectF(10, 56, 80, 20));
                p.setBrush(QColor(0xff, 0xff, 0xff));
                p.drawRoundedRect(QRectF(14, 44, 24, 14), 5, 5);
                p.drawLine(QPointF(10, 76), QPointF(10, 88));
                p.drawLine(QPointF(90, 76), QPointF(90, 88));
                p.drawText(QRectF(52, 8, 40, 36), Qt::AlignCenter, QStringLiteral("z z"));
            } },
        { QStringLiteral("play"),
            [](QPainter &p) {
                p.setBrush(QColor(0xfb, 0xc0, 0x2d));
                p.drawEllipse(QPointF(50, 50), 36, 36);
                p.setBrush(Qt::NoBrush);
                p.drawArc(QRectF(14, 14, 72, 72).adjusted(20, 0, -20, 0), 0, 5760);
                p.drawLine(QPointF(14, 50), QPointF(86, 50));
            } },
        { QStringLiteral("shouting"),
            [](QPainter &p) {
                p.setBrush(QColor(0xff, 0x8a, 0x65));
                p.drawEllipse(QPointF(36, 50), 24, 24);
                p.setBrush(Ink);
                p.drawEllipse(QRectF(40, 48, 16, 14));
                for (int i = 0; i < 3; ++i)
                    p.drawLine(QPointF(66, 50 + (i - 1) * 14), QPointF(90, 50 + (i - 1) * 24));
            } },
        { QStringLiteral("hurt"),
            [](QPainter &p) {
                p.setBrush(QColor(0xff, 0xe0, 0xb2));
                p.save();
                p.translate(50, 50);
                p.rotate(-35);
                p.drawRoundedRect(QRectF(-40, -14, 80, 28), 12, 12);
                p.setBrush(QColor(0xef, 0x9a, 0x9a));
                p.drawRect(QRectF(-12, -14, 24, 28));
                p.restore();
            } },
        { QStringLiteral("alone"),
            [](QPainter &p) {
                person(p, 50, 66, 40, QColor(0x90, 0xa4, 0xae));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(QPointF(50, 56), 44, 40);
            } },
        { QStringLiteral("sun"),
            [](QPainter &p) {
                p.setBrush(QColor(0xfb, 0xc0, 0x2d));
                p.drawEllipse(QPointF(50, 50), 22, 22);
                for (int i = 0; i < 8; ++i) {
                    p.save();
                    p.translate(50, 50);
                    p.rotate(i * 45);
                    p.drawLine(QPointF(30, 0), QPointF(44, 0));
                    p.restore();
                }
            } },
        { QStringLiteral("heart"),
            [](QPainter &p) {
                p.setBrush(QColor(0xe5, 0x39, 0x35));
                QPainterPath path(QPointF(50, 86));
                path.cubicTo(QPointF(8, 56), QPointF(14, 14), QPointF(50, 32));
                path.cubicTo(QPointF(86, 14), QPointF(92, 56), QPointF(50, 86));
                p.drawPath(path);
            } },
        { QStringLiteral("rain"),
            [](QPainter &p) {
                p.setBrush(QColor(0x90, 0xa4, 0xae));
                p.drawEllipse(QRectF(14, 22, 44, 34));
                p.drawEllipse(QRectF(40, 14, 46, 42));
                p.setBrush(QColor(0x19, 0x76, 0xd2));
                for (qreal x : { 30.0, 50.0, 70.0 })
                    p.drawEllipse(QRectF(x - 4, 66, 8, 14));
            } },
        // Not a picture a child places: the read-aloud button's.
        { QStringLiteral("speaker"),
            [](QPainter &p) {
                p.setBrush(Ink);
                p.drawPolygon(QPolygonF({ QPointF(14, 38), QPointF(30, 38), QPointF(52, 18),
                    QPointF(52, 82), QPointF(30, 62), QPointF(14, 62) }));
                p.setBrush(Qt::NoBrush);
                p.drawArc(QRectF(44, 30, 24, 40), -60 * 16, 120 * 16);
                p.drawArc(QRectF(44, 16, 44, 68), -60 * 16, 120 * 16);
            } },
    };
    return all;
}
} // namespace

ChildPicture::ChildPicture(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
}

void ChildPicture::setPicture(const QString &picture)
{
    if (picture == m_picture)
        return;
    m_picture = picture;
    update();
    Q_EMIT pictureChanged();
}

void ChildPicture::setFace(int face)
{
    if (face == m_face)
        return;
    m_face = face;
    update();
    Q_EMIT pictureChanged();
}

void ChildPicture::paint(QPainter *painter)
{
    const qreal side = std::min(width(), height());
    if (side <= 0)
        return;
    painter->setRenderHint(QPainter::Antialiasing);
    painter->translate((width() - side) / 2, (height() - side) / 2);
    painter->scale(side / 100, side / 100);
    painter->setPen(QPen(Ink, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    QFont font = painter->font();
    font.setPixelSize(22);
    font.setBold(true);
    painter->setFont(font);
    if (m_face >= 0 && m_face <= 10) {
        paintFace(*painter, m_face);
        return;
    }
    if (auto found = drawers().find(m_picture); found != drawers().end())
        found->second(*painter);
}

} // namespace hearth
