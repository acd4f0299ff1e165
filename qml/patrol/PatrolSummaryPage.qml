import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// After a patrol: what was covered, and whether it meets the local patrol rules.
FlScrollPage {
    id: page
    objectName: "patrolSummary"
    title: qsTr("Patrol summary")

    readonly property var patrol: FieldApp.patrol
    readonly property var settings: FieldApp.settings

    Label {
        Layout.fillWidth: true
        text: page.patrol.segment.length > 0
              ? qsTr("%1, %2").arg(page.patrol.waterBody).arg(page.patrol.segment)
              : page.patrol.waterBody
        font.pixelSize: FlTheme.fontTitle
        font.bold: true
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: page.patrol.serial
        color: FlTheme.muted
        font.pixelSize: FlTheme.fontSmall
        elide: Text.ElideRight
    }

    FlMessage {
        objectName: "patrolValid"
        Layout.fillWidth: true
        level: FlMessage.Level.Success
        text: page.patrol.valid ? qsTr("This patrol meets the local patrol rules.") : ""
    }
    FlMessage {
        objectName: "patrolShortfalls"
        Layout.fillWidth: true
        level: FlMessage.Level.Warning
        text: page.patrol.valid ? ""
              : qsTr("This patrol does not meet the local patrol rules:") + "\n• "
                + page.patrol.shortfalls.join("\n• ")
    }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: FlTheme.spacing
        rowSpacing: FlTheme.spacing
        FlStat {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            value: page.settings.formatDistance(page.patrol.distanceMeters)
            label: qsTr("Distance")
        }
        FlStat {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            value: page.settings.formatDuration(page.patrol.movingSeconds)
            label: qsTr("Time on the track")
        }
        FlStat {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            value: page.patrol.fixCount
            label: qsTr("Track points kept")
        }
        FlStat {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            value: page.patrol.droppedCount
            valueColor: page.patrol.droppedCount > 0 ? FlTheme.warn : FlTheme.ink
            label: qsTr("Poor fixes left out")
        }
        FlStat {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            value: page.patrol.problems.count
            label: qsTr("Problems found")
        }
    }

    FlMessage {
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: page.patrol.lastError
    }

    Button {
        objectName: "patrolSummaryDone"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        text: qsTr("Done")
        highlighted: true
        onClicked: {
            page.patrol.clear()
            page.StackView.view.pop()
        }
    }
}
