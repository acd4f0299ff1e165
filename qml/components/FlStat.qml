import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// One figure with its label, readable at arm's length: "3.4 km / distance".
ColumnLayout {
    id: stat
    property string value
    property string label
    property color valueColor: FlTheme.ink

    spacing: 0
    Label {
        Layout.fillWidth: true
        text: stat.value
        font.pixelSize: FlTheme.fontHuge
        font.bold: true
        color: stat.valueColor
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: FlTheme.fontBody
        horizontalAlignment: Text.AlignHCenter
    }
    Label {
        Layout.fillWidth: true
        text: stat.label
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
