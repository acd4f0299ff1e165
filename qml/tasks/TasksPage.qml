import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Tasks: the rectification tasks (整改任务) and follow-up checks (回头看) assigned to me, overdue
// first, then by deadline.
Page {
    id: page
    objectName: "tasksPage"
    title: qsTr("Tasks")

    TaskListModel {
        id: tasks
        store: FieldApp.store
    }

    TaskFilterModel {
        id: shown
        sourceModel: tasks
        assignee: everyone.checked ? "" : FieldApp.store.author
        showClosed: closed.checked
    }

    Component {
        id: taskPage
        TaskPage {}
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: FlTheme.margin
        spacing: FlTheme.spacing

        Switch {
            id: closed
            objectName: "taskShowClosed"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Show closed-out tasks")
        }
        Switch {
            id: everyone
            objectName: "taskShowEveryone"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Show tasks of other people on this device")
        }

        FlMessage {
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: tasks.error
        }

        Label {
            objectName: "tasksEmpty"
            Layout.fillWidth: true
            visible: shown.count === 0
            text: qsTr("No tasks assigned to you. New tasks arrive with the next sync.")
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }

        ListView {
            id: list
            objectName: "taskList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: FlTheme.spacing / 2
            model: shown
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string id
                required property string taskNumber
                required property string title
                required property int status
                required property string statusName
                required property string deadline
                required property bool overdue
                required property string responsibleUnit
                required property int followUpCount

                objectName: "task-" + index
                width: ListView.view.width
                padding: FlTheme.spacing
                background: Rectangle {
                    radius: FlTheme.radius
                    color: row.down ? Qt.darker(FlTheme.surface, 1.08) : FlTheme.surface
                    border.color: row.overdue ? FlTheme.bad : FlTheme.line
                    border.width: row.overdue ? 2 : 1
                }
                contentItem: ColumnLayout {
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: FlTheme.spacing / 2
                        Label {
                            Layout.fillWidth: true
                            text: row.title
                            font.pixelSize: FlTheme.fontBody
                            font.bold: true
                            color: FlTheme.ink
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        TaskStatusChip {
                            Layout.maximumWidth: row.width / 2
                            status: row.status
                            text: row.statusName
                            overdue: row.overdue
                        }
                    }
                    Label {
                        Layout.fillWidth: true
                        text: row.taskNumber
                        color: FlTheme.muted
                        font.pixelSize: FlTheme.fontSmall
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.deadline.length > 0
                        text: row.overdue ? qsTr("Overdue: the deadline was %1").arg(row.deadline)
                                          : qsTr("Deadline: %1").arg(row.deadline)
                        color: row.overdue ? FlTheme.bad : FlTheme.ink
                        font.bold: row.overdue
                        font.pixelSize: FlTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.responsibleUnit.length > 0
                        text: qsTr("Responsible: %1").arg(row.responsibleUnit)
                        color: FlTheme.muted
                        font.pixelSize: FlTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: row.followUpCount > 0
                        text: qsTr("Follow-up checks: %1").arg(row.followUpCount)
                        color: FlTheme.muted
                        font.pixelSize: FlTheme.fontSmall
                        wrapMode: Text.Wrap
                    }
                }
                onClicked: page.StackView.view.push(taskPage, { taskId: row.id })
            }
        }
    }
}
