import QtQuick

// A small drawn house with a glowing hearth, for the empty home screen. Decorative only.
Item {
    id: root

    implicitWidth: 120
    implicitHeight: 120
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Style.infoSurface
    }

    Canvas {
        anchors.centerIn: parent
        width: 72
        height: 64
        onPaint: {
            const ctx = getContext("2d");
            ctx.reset();
            ctx.lineJoin = "round";
            ctx.lineWidth = 5;
            ctx.strokeStyle = Style.brand;
            // Roof and walls
            ctx.beginPath();
            ctx.moveTo(4, 30);
            ctx.lineTo(36, 4);
            ctx.lineTo(68, 30);
            ctx.moveTo(12, 24);
            ctx.lineTo(12, 60);
            ctx.lineTo(60, 60);
            ctx.lineTo(60, 24);
            ctx.stroke();
            // The hearth's flame
            ctx.fillStyle = Style.ember;
            ctx.beginPath();
            ctx.moveTo(36, 30);
            ctx.bezierCurveTo(46, 40, 46, 56, 36, 56);
            ctx.bezierCurveTo(26, 56, 26, 42, 36, 30);
            ctx.fill();
        }
    }
}
