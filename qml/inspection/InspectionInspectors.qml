import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The officers of the inspection: at least two, each with the certificate number they show.
ColumnLayout {
    id: editor
    required property InspectorModel inspectors
    property bool readOnly: false
    spacing: FlTheme.spacing / 2

    Label {
        Layout.fillWidth: true
        visible: editor.inspectors.count < 2
        text: qsTr("An inspection needs at least two inspectors.")
        color: FlTheme.warn
        font.pixelSize: FlTheme.fontSmall
        wrapMode: Text.Wrap
    }
    Repeater {
        model: editor.inspectors
        delegate: RowLayout {
            id: inspectorRow
            required property int index
            required property string name
            required property string certificateNumber
            Layout.fillWidth: true
            spacing: FlTheme.spacing / 2
            FlField {
                objectName: "inspectorName" + inspectorRow.index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Inspector %1").arg(inspectorRow.index + 1)
                text: inspectorRow.name
                readOnly: editor.readOnly
                input.onTextEdited: editor.inspectors.setName(inspectorRow.index, input.text)
            }
            FlField {
                objectName: "inspectorCertificate" + inspectorRow.index
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Certificate number")
                text: inspectorRow.certificateNumber
                readOnly: editor.readOnly
                input.onTextEdited: editor.inspectors.setCertificateNumber(inspectorRow.index,
                                                                           input.text)
            }
            Button {
                Layout.preferredWidth: FlTheme.touch
                Layout.preferredHeight: FlTheme.touch
                Layout.alignment: Qt.AlignBottom
                visible: !editor.readOnly
                text: "✕"
                Accessible.name: qsTr("Remove inspector %1").arg(inspectorRow.index + 1)
                onClicked: editor.inspectors.remove(inspectorRow.index)
            }
        }
    }
    Button {
        objectName: "inspectorAdd"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        visible: !editor.readOnly
        text: qsTr("Add an inspector")
        font.pixelSize: FlTheme.fontBody
        onClicked: editor.inspectors.add()
    }
}
