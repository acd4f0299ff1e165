import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Home: the way into every kind of field work.
FlScrollPage {
    id: home
    objectName: "homePage"
    title: qsTr("FieldLedger")
    signal open(string name)

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: FlTheme.spacing
        rowSpacing: FlTheme.spacing
        Repeater {
            model: [
                { name: "patrol", text: qsTr("River patrol") },
                { name: "inspection", text: qsTr("Inspection") },
                { name: "greenshield", text: qsTr("Green Shield") },
                { name: "tasks", text: qsTr("Tasks") },
                { name: "evidence", text: qsTr("Evidence") },
                { name: "sync", text: qsTr("Sync") },
                { name: "settings", text: qsTr("Settings") }
            ]
            FlTile {
                required property var modelData
                objectName: "tile-" + modelData.name
                Layout.fillWidth: true
                text: modelData.text
                onClicked: home.open(modelData.name)
            }
        }
    }
}
