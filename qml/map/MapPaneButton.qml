import QtQuick
import QtQuick.Controls
import FieldLedger

// A square map button big enough for a gloved thumb, readable over any map background.
RoundButton {
    id: button

    implicitWidth: FlTheme.touch
    implicitHeight: FlTheme.touch
    radius: FlTheme.radius
    font.pixelSize: FlTheme.fontHuge
    font.bold: true
    focusPolicy: Qt.NoFocus

    contentItem: Text {
        text: button.text
        font: button.font
        color: button.enabled ? FlTheme.ink : FlTheme.muted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        radius: FlTheme.radius
        color: button.down ? FlTheme.surface : FlTheme.paper
        opacity: button.enabled ? 0.95 : 0.6
        border.color: FlTheme.line
        border.width: 1
    }
}
