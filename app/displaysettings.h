#pragma once

#include <QList>
#include <QObject>
#include <QSettings>

namespace hearth {

// How large the text is and whether the screens are light or dark. Someone who needs large
// text needs it on the unlock page, before any key exists, and neither choice says anything
// about a child or a practitioner, so both live in a small settings file beside the vault
// instead of inside it. The system's own font size and light/dark palette are followed too:
// the in-app text size multiplies the system's, and the theme defaults to the system's.
class DisplaySettings : public QObject
{
    Q_OBJECT
    Q_PROPERTY(int textScale READ textScale NOTIFY textScaleChanged)
    Q_PROPERTY(QList<int> textScales READ textScales CONSTANT)
    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool dark READ dark NOTIFY darkChanged)
    Q_PROPERTY(int systemFontPixels READ systemFontPixels NOTIFY systemFontPixelsChanged)

public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };
    Q_ENUM(Theme)

    // `file` is an INI file; it need not exist yet. Values it holds that Hearth does not
    // offer (an edited or damaged file) are ignored in favour of the defaults.
    explicit DisplaySettings(const QString &file, QObject *parent = nullptr);

    // Percent of the system's text size.
    int textScale() const { return m_textScale; }
    // Refused (returns false, nothing changes) unless it is one of textScales().
    Q_INVOKABLE bool setTextScale(int percent);
    static QList<int> textScales() { return { 100, 125, 150, 175, 200 }; }

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    bool dark() const;

    int systemFontPixels() const { return m_systemFontPixels; }

Q_SIGNALS:
    void textScaleChanged();
    void themeChanged();
    void darkChanged();
    void systemFontPixelsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void readSystem();

    QSettings m_settings;
    int m_textScale = 100;
    Theme m_theme = Theme::System;
    bool m_systemDark = false;
    int m_systemFontPixels = 0;
};

} // namespace hearth
