import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// A titled group of rows on a form or summary.
ColumnLayout {
    id: section
    property string title
    default property alias content: body.data

    spacing: FlTheme.spacing / 2
    Label {
        Layout.fillWidth: true
        visible: section.title.length > 0
        text: section.title
        font.pixelSize: FlTheme.fontSmall
        font.bold: true
        color: FlTheme.accent
        wrapMode: Text.Wrap
    }
    ColumnLayout {
        id: body
        Layout.fillWidth: true
        spacing: FlTheme.spacing / 2
    }
}
