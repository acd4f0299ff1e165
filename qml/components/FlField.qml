import QtQuick
import QtQuick.Controls
import FieldLedger
import QtQuick.Layouts

// A labelled text input with its problem shown under it ("USCC: wrong check character ...").
ColumnLayout {
    id: field
    property string label
    property alias text: input.text
    property alias placeholderText: input.placeholderText
    property alias inputMethodHints: input.inputMethodHints
    property alias readOnly: input.readOnly
    property alias input: input
    property string problem

    spacing: 2
    Label {
        Layout.fillWidth: true
        text: field.label
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    TextField {
        id: input
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        font.pixelSize: FlTheme.fontBody
    }
    Label {
        Layout.fillWidth: true
        visible: field.problem.length > 0
        text: field.problem
        color: FlTheme.bad
        font.pixelSize: FlTheme.fontSmall
        wrapMode: Text.Wrap
    }
}
