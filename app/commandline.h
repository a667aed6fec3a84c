#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace hearth {

// What `hearth` was asked to do, parsed from its arguments.
struct CommandLine
{
    QString dataDirectory;   // empty: QStandardPaths::AppDataLocation (or a temp dir)
    QString language;        // "cy", "en_GB"; empty: the system locale
    QString recoveryKeyFile; // empty: demo mode
    bool interactiveKdf = false;
    bool selfTest = false;
    QString screenshotPath; // non-empty: render `screen` to this PNG and quit
    QString screen;
    QString uiScript; // non-empty: run this scripted walk (end-to-end tests) and quit
    QSize windowSize { 1280, 800 };
    // Pre-fill the enrolment form (scripts/run passes its demo server's address and code).
    QString enrolServer;
    QString enrolCode;
    // For this run's screenshots and tests: a text size from DisplaySettings::textScales()
    // (0: as saved) and "light" or "dark" (empty: as saved).
    int textScale = 0;
    QString theme;

    // On failure returns false and sets `error` to a one-line reason.
    bool parse(const QStringList &arguments, QString *error);
    static QStringList screenNames();
};

} // namespace hearth
