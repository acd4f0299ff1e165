import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Settings: language, how coordinates are shown, the ledger's address, storage used.
FlScrollPage {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")

    Component.onCompleted: FieldApp.settings.refreshStorage()

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Language")
        Repeater {
            model: FieldApp.settings.languages
            RadioButton {
                required property string modelData
                objectName: "language-" + modelData
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                text: FieldApp.settings.languageName(modelData)
                checked: FieldApp.settings.language === modelData
                onClicked: FieldApp.settings.language = modelData
            }
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Coordinates")
        RadioButton {
            objectName: "coordinatesWgs84"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("WGS-84 (GNSS, as stored)")
            checked: FieldApp.settings.coordinateSystem === AppSettings.Wgs84
            onClicked: FieldApp.settings.coordinateSystem = AppSettings.Wgs84
        }
        RadioButton {
            objectName: "coordinatesGcj02"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("GCJ-02 (as Chinese web maps show them)")
            checked: FieldApp.settings.coordinateSystem === AppSettings.Gcj02
            onClicked: FieldApp.settings.coordinateSystem = AppSettings.Gcj02
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Records always keep WGS-84; only the display changes.")
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: FieldApp.position.valid
            text: qsTr("Here: %1").arg(FieldApp.settings.formatPosition(FieldApp.position.latitude,
                                                                       FieldApp.position.longitude))
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Office ledger")
        FlField {
            objectName: "settingsServer"
            Layout.fillWidth: true
            label: qsTr("Server address")
            text: FieldApp.settings.server
            placeholderText: "https://ledger.example.org"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            input.onEditingFinished: FieldApp.settings.server = text
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Storage")
        Label {
            objectName: "settingsStorage"
            Layout.fillWidth: true
            text: qsTr("Records and evidence on this device: %1")
                  .arg(FieldApp.settings.formatBytes(FieldApp.settings.storageBytes))
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Store folder: %1").arg(FieldApp.store.folder)
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.WrapAnywhere
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Device: %1").arg(FieldApp.store.deviceId)
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.WrapAnywhere
        }
    }
}
