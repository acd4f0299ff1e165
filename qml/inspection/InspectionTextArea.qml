import QtQuick
import QtQuick.Controls
import FieldLedger

// A multi-line text box of the inspection forms, framed so it is seen as a place to write even
// in full sun.
TextArea {
    id: area
    font.pixelSize: FlTheme.fontBody
    wrapMode: TextEdit.Wrap
    topPadding: FlTheme.spacing
    bottomPadding: FlTheme.spacing
    leftPadding: FlTheme.spacing
    rightPadding: FlTheme.spacing
    background: Rectangle {
        implicitHeight: FlTheme.touch * 2
        color: area.readOnly ? FlTheme.surface : FlTheme.paper
        border.color: area.activeFocus ? FlTheme.accent : FlTheme.line
        border.width: area.activeFocus ? 2 : 1
        radius: FlTheme.radius
    }
}
