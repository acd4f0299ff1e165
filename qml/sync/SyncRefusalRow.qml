import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One change the office ledger refused: which record, what to do about it, and Retry.
Rectangle {
    id: row
    // Filled from RefusalModel's roles when used as its delegate.
    required property string changeId
    required property string title
    required property string kindLabel
    required property string advice
    required property string reason
    required property string code
    signal retry()

    implicitHeight: column.implicitHeight + 2 * FlTheme.spacing
    radius: FlTheme.radius
    color: FlTheme.surface
    border.color: FlTheme.warn
    border.width: 2

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: FlTheme.spacing
        spacing: FlTheme.spacing / 2

        Label {
            Layout.fillWidth: true
            text: row.title
            font.pixelSize: FlTheme.fontBody
            font.bold: true
            color: FlTheme.ink
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.kindLabel
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            elide: Text.ElideRight
        }
        Label {
            objectName: "syncRefusalAdvice"
            Layout.fillWidth: true
            text: row.advice
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "syncRefusalRetry"
            Layout.alignment: Qt.AlignRight
            Layout.preferredHeight: FlTheme.touch
            Layout.minimumWidth: FlTheme.touch * 2
            text: qsTr("Retry")
            font.pixelSize: FlTheme.fontBody
            onClicked: row.retry()
        }
    }
}
