import QtQuick
import QtQuick.Controls
import FieldLedger

// The watermark drawn over a photo, never into it: capture time, place and author as white text
// on a dark band, readable on a snowfield as on a night shot. Anchor it to the photo's bottom.
Rectangle {
    id: overlay
    property var lines: []
    property int fontSize: FlTheme.fontSmall
    readonly property int lineCount: lines ? lines.length : 0
    // One line of text, known at once (the band's height must not wait for layout).
    readonly property int lineHeight: Math.ceil(metrics.height)

    visible: lineCount > 0
    color: "#c0000000"
    implicitWidth: column.implicitWidth + 2 * padding.width
    implicitHeight: lineCount > 0 ? lineCount * lineHeight + 2 * padding.height : 0

    FontMetrics {
        id: metrics
        font.pixelSize: overlay.fontSize
        font.bold: true
    }

    Item {
        id: padding
        width: 8
        height: 4
    }

    Column {
        id: column
        objectName: "watermarkLines"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: padding.width
        anchors.topMargin: padding.height
        spacing: 0
        Repeater {
            model: overlay.lines
            Label {
                required property string modelData
                required property int index
                objectName: "watermarkLine-" + index
                width: column.width
                height: overlay.lineHeight
                text: modelData
                color: "#ffffff"
                font.pixelSize: overlay.fontSize
                font.bold: true
                style: Text.Outline
                styleColor: "#000000"
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
            }
        }
    }
}
