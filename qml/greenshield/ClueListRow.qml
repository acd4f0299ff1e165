import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One clue in the list: code, protected area, suspected type, state, and how far and which way
// it is, with a small arrow. Tapping opens the clue.
AbstractButton {
    id: row
    property string clueCode
    property string areaName
    property string typeText
    property string stateText
    property bool closedOut: false
    property string distanceText
    property string bearingText
    property real bearingDegrees: NaN

    implicitHeight: Math.max(FlTheme.touch * 1.5, content.implicitHeight + 2 * padding)
    padding: FlTheme.spacing

    background: Rectangle {
        radius: FlTheme.radius
        color: row.down ? Qt.darker(FlTheme.surface, 1.08) : FlTheme.surface
        border.color: row.visualFocus ? FlTheme.accent : FlTheme.line
        border.width: row.visualFocus ? 3 : 1
    }

    contentItem: RowLayout {
        id: content
        spacing: FlTheme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.clueCode
                font.pixelSize: FlTheme.fontBody
                font.bold: true
                color: FlTheme.ink
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: row.areaName
                font.pixelSize: FlTheme.fontSmall
                color: FlTheme.muted
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(row.typeText).arg(row.stateText)
                font.pixelSize: FlTheme.fontSmall
                color: row.closedOut ? FlTheme.good : FlTheme.ink
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 112
            spacing: 2
            NavigationArrow {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 40
                Layout.preferredHeight: 40
                compact: true
                bearingDegrees: row.bearingDegrees
            }
            Label {
                Layout.fillWidth: true
                text: row.distanceText.length > 0 ? row.distanceText : qsTr("no fix")
                font.pixelSize: FlTheme.fontBody
                font.bold: true
                color: FlTheme.ink
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: row.bearingText.length > 0
                text: row.bearingText
                font.pixelSize: FlTheme.fontSmall
                color: FlTheme.muted
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
            }
        }
    }
}
