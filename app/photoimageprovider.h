#pragma once

#include <QPointer>
#include <QQuickImageProvider>

namespace hearth {

class Workspace;

// Shows a visit's photographs ("image://vaultphoto/<hash>") straight from the vault: the
// bytes are read, checked against their hash and decoded in memory for each request, so no
// image ever passes through a file. QML asks with `cache: false` so Qt keeps no copy once the
// view is gone, and a locked vault (no services) gives no image at all.
class PhotoImageProvider : public QQuickImageProvider
{
public:
    explicit PhotoImageProvider(Workspace &workspace);

    static QString scheme() { return QStringLiteral("vaultphoto"); }

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QPointer<Workspace> m_workspace;
};

} // namespace hearth
