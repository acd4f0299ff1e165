import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// 绿盾 Green Shield: the clues on this device, nearest first, with the distance and direction
// from here. Tapping one opens its page.
Page {
    id: page
    objectName: "greenShieldPage"
    title: qsTr("Green Shield")

    ClueListModel {
        id: clues
        store: FieldApp.store
        position: FieldApp.position
    }
    ClueProximityModel {
        id: nearest
        sourceModel: clues
        showClosedOut: showClosed.checked
    }
    Component {
        id: cluePage
        CluePage {}
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        FlFixBadge {
            objectName: "clueFixBadge"
            Layout.fillWidth: true
            quality: FieldApp.position.quality
            text: FieldApp.position.valid
                  ? qsTr("Position %1").arg(FieldApp.settings.formatAccuracy(
                                                FieldApp.position.accuracy))
                  : FieldApp.position.message
        }
        FlMessage {
            Layout.fillWidth: true
            level: FlMessage.Level.Info
            text: FieldApp.position.valid || clues.count === 0
                  ? "" : qsTr("Without a position fix the clues are listed by code. Distances "
                              + "appear as soon as there is a fix.")
        }
        FlMessage {
            objectName: "clueListError"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: clues.error
        }
        Switch {
            id: showClosed
            objectName: "clueShowClosedOut"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Show closed-out clues")
            font.pixelSize: FlTheme.fontBody
        }
        Label {
            objectName: "clueListEmpty"
            Layout.fillWidth: true
            visible: nearest.count === 0
            text: clues.count === 0
                  ? qsTr("No clues on this device yet. Clues come from the office when you sync.")
                  : qsTr("Every clue here is closed out. Switch on \"Show closed-out clues\" to "
                         + "see them.")
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.muted
            wrapMode: Text.Wrap
        }
        ListView {
            id: list
            objectName: "clueList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: FlTheme.spacing / 2
            model: nearest
            ScrollBar.vertical: ScrollBar {}
            delegate: ClueListRow {
                required property int index
                required property var model
                required property string protectedAreaName
                required property string suspectedType
                required property string closeOutStateText
                required clueCode
                required closedOut
                required distanceText
                required bearingText
                required bearingDegrees

                objectName: "clueRow-" + index
                width: ListView.view.width
                areaName: protectedAreaName
                typeText: suspectedType
                stateText: closeOutStateText
                onClicked: page.StackView.view.push(cluePage, { clueId: model.id })
            }
        }
    }
}
