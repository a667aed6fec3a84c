#pragma once

#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

namespace hearth {

// The pictures of child mode, drawn from code so they are the same on every tablet, need no
// image files and scale to any button: the fixed set a child can place in a house
// (ChildContributionBody::pictures()), and the faces of the picture scales (0 very sad to 10
// very happy). An unknown id draws nothing.
class ChildPicture : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString picture READ picture WRITE setPicture NOTIFY pictureChanged)
    // 0..10 draws a face for that scale value instead of a picture; -1 (the default) does not.
    Q_PROPERTY(int face READ face WRITE setFace NOTIFY pictureChanged)

public:
    explicit ChildPicture(QQuickItem *parent = nullptr);

    QString picture() const { return m_picture; }
    void setPicture(const QString &picture);
    int face() const { return m_face; }
    void setFace(int face);

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void pictureChanged();

private:
    QString m_picture;
    int m_face = -1;
};

} // namespace hearth
