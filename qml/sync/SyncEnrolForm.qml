import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The typed way to enrol: the ledger's address and the office's one-time code. What was typed
// stays when the enrolment fails, so a typo is corrected, not typed again.
ColumnLayout {
    id: form
    property alias server: serverField.text
    property alias code: codeField.text
    property bool busy: false
    property string problem
    signal submitted(string server, string code)

    spacing: FlTheme.spacing

    FlField {
        id: serverField
        objectName: "syncServer"
        Layout.fillWidth: true
        label: qsTr("Ledger address")
        placeholderText: qsTr("https://ledger.example.org")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        input.objectName: "syncServerInput"
    }
    FlField {
        id: codeField
        objectName: "syncCode"
        Layout.fillWidth: true
        label: qsTr("Enrolment code from the office")
        placeholderText: qsTr("K7QX-M2PA-9RTD")
        inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
        input.objectName: "syncCodeInput"
        input.font.letterSpacing: 2
    }
    FlMessage {
        objectName: "syncEnrolError"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: form.problem
    }
    Button {
        objectName: "syncEnrol"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        enabled: !form.busy && serverField.text.trim().length > 0
                 && codeField.text.trim().length > 0
        text: form.busy ? qsTr("Enrolling…") : qsTr("Enrol this phone")
        font.pixelSize: FlTheme.fontBody
        onClicked: form.submitted(serverField.text.trim(), codeField.text.trim())
    }
}
