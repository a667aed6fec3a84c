#include "displaysettings.h"

#include <QEvent>
#include <QFontInfo>
#include <QGuiApplication>
#include <QPalette>

namespace hearth {

namespace {

const QString scaleKey = QStringLiteral("text/scale");
const QString themeKey = QStringLiteral("theme");

QString themeName(DisplaySettings::Theme theme)
{
    switch (theme) {
    case DisplaySettings::Theme::Light:
        return QStringLiteral("light");
    case DisplaySettings::Theme::Dark:
        return QStringLiteral("dark");
    case DisplaySettings::Theme::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace

DisplaySettings::DisplaySettings(const QString &file, QObject *parent)
    : QObject(parent)
    , m_settings(file, QSettings::IniFormat)
{
    bool ok = false;
    const int scale = m_settings.value(scaleKey).toInt(&ok);
    if (ok && textScales().contains(scale))
        m_textScale = scale;
    const QString theme = m_settings.value(themeKey).toString();
    if (theme == themeName(Theme::Light))
        m_theme = Theme::Light;
    else if (theme == themeName(Theme::Dark))
        m_theme = Theme::Dark;

    readSystem();
    // Qt 6.4 has no colour-scheme hint (QStyleHints::colorScheme is 6.5): a platform that
    // switches to dark sends a new palette, and a larger system font a new font.
    if (qGuiApp)
        qGuiApp->installEventFilter(this);
}

bool DisplaySettings::setTextScale(int percent)
{
    if (!textScales().contains(percent))
        return false;
    if (percent != m_textScale) {
        m_textScale = percent;
        m_settings.setValue(scaleKey, percent);
        m_settings.sync();
        Q_EMIT textScaleChanged();
    }
    return true;
}

void DisplaySettings::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    const bool wasDark = dark();
    m_theme = theme;
    m_settings.setValue(themeKey, themeName(theme));
    m_settings.sync();
    Q_EMIT themeChanged();
    if (dark() != wasDark)
        Q_EMIT darkChanged();
}

bool DisplaySettings::dark() const
{
    return m_theme == Theme::Dark || (m_theme == Theme::System && m_systemDark);
}

bool DisplaySettings::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qGuiApp
        && (event->type() == QEvent::ApplicationPaletteChange
            || event->type() == QEvent::ApplicationFontChange))
        readSystem();
    return QObject::eventFilter(watched, event);
}

void DisplaySettings::readSystem()
{
    if (!qGuiApp)
        return;
    const bool wasDark = dark();
    const QPalette palette = QGuiApplication::palette();
    // A dark platform theme is one whose windows are darker than their text.
    m_systemDark = palette.color(QPalette::Window).lightness()
        < palette.color(QPalette::WindowText).lightness();
    if (dark() != wasDark)
        Q_EMIT darkChanged();

    // Fonts given in points have no pixel size of their own; QFontInfo says what is drawn.
    const int pixels = QFontInfo(QGuiApplication::font()).pixelSize();
    if (pixels != m_systemFontPixels) {
        m_systemFontPixels = pixels;
        Q_EMIT systemFontPixelsChanged();
    }
}

} // namespace hearth
