import QtQuick
import QtQuick.Controls
import FieldLedger

// A scale bar: the longest round distance (1, 2 or 5 times a power of ten) that fits in
// `maximumWidth` pixels at the map's `metersPerPixel`.
Item {
    id: bar

    property real metersPerPixel: 1
    property real maximumWidth: 140
    readonly property real meters: {
        if (!(metersPerPixel > 0))
            return 0;
        const limit = metersPerPixel * maximumWidth;
        const power = Math.pow(10, Math.floor(Math.log(limit) / Math.LN10));
        for (const step of [5, 2, 1]) {
            if (step * power <= limit)
                return step * power;
        }
        return power;
    }
    readonly property string label: meters >= 1000 ? qsTr("%1 km").arg(meters / 1000) : qsTr("%1 m").arg(meters)

    implicitWidth: Math.max(line.width, caption.implicitWidth) + 12
    implicitHeight: caption.implicitHeight + 14
    visible: meters > 0

    Rectangle {
        anchors.fill: parent
        radius: 4
        color: FlTheme.paper
        opacity: 0.85
    }
    Text {
        id: caption
        objectName: "mapScaleLabel"
        anchors.top: parent.top
        anchors.topMargin: 2
        anchors.horizontalCenter: line.horizontalCenter
        text: bar.label
        font.pixelSize: FlTheme.fontSmall
        font.bold: true
        color: FlTheme.ink
    }
    Rectangle {
        id: line
        anchors.left: parent.left
        anchors.leftMargin: 6
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 6
        width: bar.meters > 0 ? bar.meters / bar.metersPerPixel : 0
        height: 4
        color: FlTheme.ink
    }
}
