#include "photocamera.h"

#include <QMediaDevices>

namespace hearth {

PhotoCamera::PhotoCamera(QObject *parent)
    : QObject(parent)
    , m_available(!QMediaDevices::videoInputs().isEmpty())
{ }

bool PhotoCamera::ensureSession()
{
    if (m_session)
        return true;
    if (!m_available)
        return false;
    m_camera = std::make_unique<QCamera>();
    m_capture = std::make_unique<QImageCapture>();
    m_session = std::make_unique<QMediaCaptureSession>();
    m_session->setCamera(m_camera.get());
    m_session->setImageCapture(m_capture.get());
    m_session->setVideoOutput(m_videoOutput);
    connect(m_camera.get(), &QCamera::activeChanged, this, &PhotoCamera::activeChanged);
    connect(m_camera.get(), &QCamera::errorOccurred, this,
        [this](QCamera::Error, const QString &) { setProblem(tr("The camera could not start.")); });
    connect(m_capture.get(), &QImageCapture::imageCaptured, this, [this](int, const QImage &image) {
        Q_EMIT captured(m_visit && m_visit->addPhotoImage(image));
    });
    connect(m_capture.get(), &QImageCapture::errorOccurred, this,
        [this](int, QImageCapture::Error, const QString &) {
            setProblem(tr("The photo could not be taken. Try again."));
        });
    return true;
}

void PhotoCamera::setVisit(VisitController *visit)
{
    if (m_visit == visit)
        return;
    m_visit = visit;
    Q_EMIT visitChanged();
}

void PhotoCamera::setVideoOutput(QObject *output)
{
    if (m_videoOutput == output)
        return;
    m_videoOutput = output;
    if (m_session)
        m_session->setVideoOutput(output);
    Q_EMIT videoOutputChanged();
}

void PhotoCamera::start()
{
    if (!ensureSession()) {
        setProblem(tr("This device has no camera. Choose a photo from a file instead."));
        return;
    }
    setProblem({});
    m_camera->start();
}

void PhotoCamera::stop()
{
    if (m_camera)
        m_camera->stop();
}

void PhotoCamera::capture()
{
    if (!m_capture || !m_capture->isReadyForCapture()) {
        setProblem(tr("The camera is not ready yet."));
        return;
    }
    setProblem({});
    // Into memory (imageCaptured), never captureToFile: the photo goes only to the vault.
    m_capture->capture();
}

void PhotoCamera::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

} // namespace hearth
