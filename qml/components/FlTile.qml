import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// A large button for the home screen: title, one line of detail, optional badge count.
AbstractButton {
    id: tile
    property string detail
    property int badge: 0

    implicitHeight: Math.max(FlTheme.touch * 1.6, content.implicitHeight + 2 * FlTheme.margin)
    implicitWidth: 160
    padding: FlTheme.margin

    background: Rectangle {
        radius: FlTheme.radius
        color: tile.down ? Qt.darker(FlTheme.surface, 1.08) : FlTheme.surface
        border.color: tile.visualFocus ? FlTheme.accent : FlTheme.line
        border.width: tile.visualFocus ? 3 : 1
    }
    contentItem: ColumnLayout {
        id: content
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: tile.text
                font.pixelSize: FlTheme.fontTitle
                font.bold: true
                color: FlTheme.ink
                elide: Text.ElideRight
            }
            Rectangle {
                visible: tile.badge > 0
                implicitWidth: Math.max(height, badgeText.implicitWidth + 12)
                implicitHeight: badgeText.implicitHeight + 6
                radius: height / 2
                color: FlTheme.accent
                Label {
                    id: badgeText
                    anchors.centerIn: parent
                    text: tile.badge
                    color: FlTheme.accentInk
                    font.pixelSize: FlTheme.fontSmall
                    font.bold: true
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: tile.detail
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            wrapMode: Text.Wrap
        }
    }
}
