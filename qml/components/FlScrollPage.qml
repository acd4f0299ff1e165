import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// A screen whose content scrolls vertically and keeps margins: forms and summaries.
Page {
    id: page
    default property alias content: column.data

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * FlTheme.margin
        clip: true
        ScrollBar.vertical: ScrollBar {}
        ColumnLayout {
            id: column
            x: FlTheme.margin
            y: FlTheme.margin
            width: flick.width - 2 * FlTheme.margin
            spacing: FlTheme.spacing
        }
    }
}
