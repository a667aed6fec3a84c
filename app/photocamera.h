#pragma once

#include "visitcontroller.h"

#include <QCamera>
#include <QImageCapture>
#include <QMediaCaptureSession>
#include <QObject>
#include <QPointer>

#include <memory>

#include <QtQml/qqmlregistration.h>

namespace hearth {

// The tablet's camera for step 8's photographs, when there is one. A photo is captured into
// memory (QImageCapture::capture, never captureToFile) and handed to the visit, which stores
// it only in the vault; nothing goes to the gallery or a file. Where there is no camera
// (`available` false, as on a desktop) the page offers only a file to choose.
class PhotoCamera : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(hearth::VisitController *visit READ visit WRITE setVisit NOTIFY visitChanged)
    // The VideoOutput that shows what the camera sees.
    Q_PROPERTY(QObject *videoOutput READ videoOutput WRITE setVideoOutput NOTIFY videoOutputChanged)

public:
    explicit PhotoCamera(QObject *parent = nullptr);

    bool available() const { return m_available; }
    bool active() const { return m_camera && m_camera->isActive(); }
    QString problem() const { return m_problem; }
    VisitController *visit() const { return m_visit; }
    void setVisit(VisitController *visit);
    QObject *videoOutput() const { return m_videoOutput; }
    void setVideoOutput(QObject *output);

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void capture();

Q_SIGNALS:
    void activeChanged();
    void problemChanged();
    void visitChanged();
    void videoOutputChanged();
    // A photo was taken and added to the visit (or refused: the visit's errorText says why).
    void captured(bool added);

private:
    void setProblem(const QString &problem);
    // The capture pipeline, made on first use only where there is a camera: making it
    // anywhere else starts a media backend for nothing.
    bool ensureSession();

    bool m_available = false;
    std::unique_ptr<QCamera> m_camera;
    std::unique_ptr<QImageCapture> m_capture;
    std::unique_ptr<QMediaCaptureSession> m_session;
    QPointer<QObject> m_videoOutput;
    QPointer<VisitController> m_visit;
    QString m_problem;
};

} // namespace hearth
