import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Settings: language, coordinate display, the ledger's address, storage used.
FlScrollPage {
    objectName: "settingsPage"
    title: qsTr("Settings")
}
