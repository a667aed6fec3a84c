pragma Singleton
import QtQuick
import Hearth.App

// Sizes and colours shared by every page, so text, touch targets and spacing stay consistent.
// Text follows the system font times the text size chosen in Hearth (Display.textScale), and
// everything that holds text grows with it. Colours come as a light and a dark set; every
// pair of text and background meets WCAG 2.2 AA in both (tests/unit/tst_contrast computes the
// ratios from this file and fails on a colour it has no pair for).
QtObject {
    readonly property bool dark: Display.dark

    // 1 at the default size. A tablet is read at arm's length, so body text is never below
    // 17 px; a system font set larger than the usual 13 px makes everything larger with it.
    readonly property real textScale: Math.max(1, Display.systemFontPixels / 13) * Display.textScale / 100
    // Spacing grows half as fast as text: at full rate the margins alone would fill a
    // portrait tablet at the largest size, and the text is what needs the room.
    readonly property real spaceScale: 1 + (textScale - 1) / 2

    readonly property int displaySize: Math.round(40 * textScale)
    readonly property int headingSize: Math.round(28 * textScale)
    readonly property int titleSize: Math.round(22 * textScale)
    readonly property int bodySize: Math.round(17 * textScale)
    readonly property int smallSize: Math.round(15 * textScale)
    // The larger type of a passcode box, where every character must be seen clearly.
    readonly property int entrySize: Math.round(19 * textScale)

    // Minimum size of anything a finger has to hit (Material and WCAG guidance: 48 dp), and
    // taller when the text inside is larger.
    readonly property int touchTarget: Math.round(48 * textScale)
    // Marks beside text (ticks, step numbers, status dots, spinners) keep to the text's size.
    readonly property int iconSize: Math.round(24 * textScale)
    readonly property int barHeight: touchTarget + 2 * spacingS
    readonly property int spacingXS: Math.round(4 * spaceScale)
    readonly property int spacingS: Math.round(8 * spaceScale)
    readonly property int spacingM: Math.round(16 * spaceScale)
    readonly property int spacingL: Math.round(24 * spaceScale)
    readonly property int spacingXL: Math.round(40 * spaceScale)
    // Forms wider than this are hard to scan on a landscape tablet; measured in text, so the
    // line length stays the same at every text size (the screen's width still caps it).
    readonly property int formMaxWidth: Math.round(520 * textScale)
    readonly property int contentMaxWidth: Math.round(640 * textScale)
    readonly property int pageMaxWidth: Math.round(760 * textScale)
    readonly property int dialogWidth: Math.round(560 * textScale)
    // A thick focus ring drawn outside the control, on the page, where it can be seen.
    readonly property int focusWidth: 3

    // The brand bar and panels are the same dark green in both themes.
    readonly property color brand: "#1F4E4A"
    readonly property color brandDeep: "#163A37"
    readonly property color brandText: "#FFFFFF"
    readonly property color brandTextMuted: "#CFE3DF"
    // A warning written on the brand bar ("Not saved").
    readonly property color brandWarning: "#FFC9A3"
    // The hearth's ember: a decoration only, never text or a boundary someone must see.
    readonly property color ember: "#E08A4F"

    readonly property color surface: dark ? "#121A19" : "#FAF8F5"
    // Cards, dialogs, text boxes and footers: raised a little from the page.
    readonly property color surfaceRaised: dark ? "#1C2625" : "#FFFFFF"
    readonly property color text: dark ? "#E8ECEB" : "#1C1B1F"
    readonly property color mutedText: dark ? "#AEB7B5" : "#55585C"
    readonly property color placeholderText: dark ? "#A3ABA9" : "#6B6E72"
    // Filled buttons carry brandText on this.
    readonly property color controlAccent: dark ? "#23776F" : "#1F6F68"
    // The accent as text, outline or check mark on a page or card.
    readonly property color accentText: dark ? "#7FD1C7" : "#1F6F68"
    readonly property color fieldBorder: dark ? "#8A9593" : "#858A8E"
    readonly property color focusRing: dark ? "#FFB27A" : "#B05A1E"
    readonly property color divider: dark ? "#3A4240" : "#DCDDDA"
    readonly property color disabledSurface: dark ? "#3A4240" : "#DCDDDA"
    readonly property color success: dark ? "#7FD38A" : "#2E7D32"
    readonly property color successMark: dark ? "#0E1A10" : "#FFFFFF"
    readonly property color error: dark ? "#F2B8B5" : "#B3261E"
    readonly property color errorText: dark ? "#FFB4AB" : "#8C1D18"
    readonly property color errorSurface: dark ? "#3A1D1B" : "#FCEEEE"
    readonly property color notice: dark ? "#E0B050" : "#8A5A00"
    readonly property color noticeText: dark ? "#FFD98A" : "#5C3D00"
    readonly property color noticeSurface: dark ? "#3A2E12" : "#FFF4DE"
    readonly property color infoSurface: dark ? "#1B3330" : "#EAF2F1"
}
