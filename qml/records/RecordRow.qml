import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One record in a list: title (or kind), kind and time.
ItemDelegate {
    id: row
    property string kindName
    property string title
    property string time

    implicitHeight: Math.max(FlTheme.touch, content.implicitHeight + 12)
    contentItem: ColumnLayout {
        id: content
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: row.title.length > 0 ? row.title : row.kindName
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.kindName + " · " + row.time
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            elide: Text.ElideRight
        }
    }
}
