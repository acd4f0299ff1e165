import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The app window: a header with the way back, and a stack of screens starting at Home.
ApplicationWindow {
    id: window
    width: 432
    height: 900
    visible: true
    title: qsTr("FieldLedger")
    color: FlTheme.paper
    font.pixelSize: FlTheme.fontBody

    // Uyghur is written right to left: rows, lists and controls mirror with it.
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // Every screen the app has, by name: the home tiles and the screenshot tour open them.
    readonly property var screens: ({
        "home": "",
        "patrol": "patrol/PatrolPage.qml",
        "inspection": "inspection/InspectionPage.qml",
        "greenshield": "greenshield/ClueListPage.qml",
        "evidence": "evidence/EvidencePage.qml",
        "tasks": "tasks/TasksPage.qml",
        "records": "records/RecordsPage.qml",
        "sync": "sync/SyncPage.qml",
        "settings": "settings/SettingsPage.qml"
    })
    readonly property var screenNames: Object.keys(screens)

    // Shows the named screen on top of Home and returns it.
    function openScreen(name) {
        stack.pop(null, StackView.Immediate)
        if (screens[name])
            stack.push(Qt.resolvedUrl(screens[name]), {}, StackView.Immediate)
        return stack.currentItem
    }

    header: ToolBar {
        objectName: "appHeader"
        implicitHeight: FlTheme.touch
        background: Rectangle { color: FlTheme.accent }
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                objectName: "backButton"
                Layout.preferredWidth: FlTheme.touch
                Layout.fillHeight: true
                visible: stack.depth > 1
                text: window.LayoutMirroring.enabled ? "→" : "←"
                font.pixelSize: FlTheme.fontTitle
                palette.buttonText: FlTheme.accentInk
                Accessible.name: qsTr("Back")
                onClicked: stack.pop()
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: stack.depth > 1 ? 0 : FlTheme.margin
                text: stack.currentItem ? stack.currentItem.title : ""
                color: FlTheme.accentInk
                font.pixelSize: FlTheme.fontTitle
                font.bold: true
                elide: Text.ElideRight
            }
        }
    }

    StackView {
        id: stack
        objectName: "screens"
        anchors.fill: parent
        initialItem: HomePage {
            onOpen: name => window.openScreen(name)
        }
    }
}
