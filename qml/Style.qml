pragma Singleton
import QtQuick

// Sizes and colours shared by every page, so touch targets and spacing stay consistent.
QtObject {
    // Minimum size of anything a finger has to hit (Material and WCAG guidance: 48 dp).
    readonly property int touchTarget: 48
    readonly property int spacingXS: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 16
    readonly property int spacingL: 24
    readonly property int spacingXL: 40
    // Forms wider than this are hard to scan on a landscape tablet.
    readonly property int formMaxWidth: 520
    readonly property int contentMaxWidth: 640

    readonly property int displaySize: 40
    readonly property int headingSize: 28
    readonly property int titleSize: 22
    readonly property int bodySize: 17
    readonly property int smallSize: 15

    readonly property color brand: "#1F4E4A"
    readonly property color brandDeep: "#163A37"
    readonly property color brandText: "#FFFFFF"
    readonly property color brandTextMuted: "#CFE3DF"
    readonly property color ember: "#E08A4F"
    readonly property color controlAccent: "#1F6F68"
    readonly property color disabledSurface: "#DCDDDA"
    readonly property color surface: "#FAF8F5"
    readonly property color text: "#1C1B1F"
    readonly property color mutedText: "#55585C"
    readonly property color success: "#2E7D32"
    readonly property color error: "#B3261E"
    readonly property color errorText: "#8C1D18"
    readonly property color errorSurface: "#FCEEEE"
    readonly property color notice: "#8A5A00"
    readonly property color noticeText: "#5C3D00"
    readonly property color noticeSurface: "#FFF4DE"
    readonly property color infoSurface: "#EAF2F1"
}
