#pragma once

#include <QObject>

namespace hearth {

// Watches an object (normally the whole application) for the practitioner's own input
// (touch, click, key, wheel) and reports it, so the idle lock restarts its timer while the
// tablet is in use. Pointer movement without a press is ignored: a tablet lying on a table
// next to a moving mouse or a stray hover is not "in use".
class ActivityMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ActivityMonitor(QObject *parent = nullptr);
    // Starts watching `target` (e.g. qApp). The monitor never swallows events.
    void watch(QObject *target);

Q_SIGNALS:
    void activity();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace hearth
