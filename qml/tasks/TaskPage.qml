import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One rectification task: what must be fixed, by whom and when; the measures taken with photos,
// submitted for close-out; and, once closed out, the follow-up checks (回头看).
FlScrollPage {
    id: page
    objectName: "taskPage"
    title: editor.taskNumber.length > 0 ? editor.taskNumber : qsTr("Task")
    property string taskId

    onTaskIdChanged: editor.load(taskId)
    Component.onCompleted: editor.load(taskId)

    TaskEditor {
        id: editor
        store: FieldApp.store
        position: FieldApp.position
        onSaved: followUpNotes.text = ""
    }

    Component {
        id: evidenceView
        EvidenceViewPage {}
    }

    FlMessage {
        objectName: "taskError"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: editor.error
    }
    FlMessage {
        objectName: "taskMessage"
        Layout.fillWidth: true
        level: FlMessage.Level.Success
        text: editor.message
    }
    Button {
        objectName: "taskReload"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        visible: editor.error.length > 0 && editor.taskId.length > 0
        text: qsTr("Reload the task")
        onClicked: editor.reload()
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: editor.loaded
        spacing: FlTheme.spacing

        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: editor.title
                font.pixelSize: FlTheme.fontTitle
                font.bold: true
                wrapMode: Text.Wrap
            }
            TaskStatusChip {
                Layout.maximumWidth: page.width / 2
                status: editor.status
                text: editor.statusName
                overdue: editor.overdue
            }
        }

        // A positioner, not a layout: wrapped lines get their real height at once.
        Column {
            Layout.fillWidth: true
            spacing: FlTheme.spacing / 2
            Label {
                width: parent.width
                text: qsTr("The problem")
                font.pixelSize: FlTheme.fontSmall
                font.bold: true
                color: FlTheme.accent
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: editor.description.length > 0
                text: editor.description
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: editor.deadline.length > 0
                text: editor.overdue ? qsTr("Overdue: the deadline was %1").arg(editor.deadline)
                                     : qsTr("Deadline: %1").arg(editor.deadline)
                color: editor.overdue ? FlTheme.bad : FlTheme.ink
                font.bold: editor.overdue
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: editor.responsibleUnit.length > 0 || editor.responsiblePerson.length > 0
                text: qsTr("Responsible: %1 %2").arg(editor.responsibleUnit).arg(editor.responsiblePerson)
                wrapMode: Text.Wrap
            }
            Label {
                width: parent.width
                visible: editor.assignee.length > 0
                text: qsTr("Assigned to %1").arg(editor.assignee)
                color: FlTheme.muted
                wrapMode: Text.Wrap
            }
        }

        FlSection {
            Layout.fillWidth: true
            title: qsTr("Rectification")
            visible: editor.status !== TaskListModel.ClosedOut
            TextArea {
                id: measures
                objectName: "taskMeasures"
                Layout.fillWidth: true
                Layout.minimumHeight: FlTheme.touch * 1.5
                text: editor.measures
                placeholderText: qsTr("Measures taken to fix the problem")
                wrapMode: TextEdit.Wrap
                font.pixelSize: FlTheme.fontBody
            }
            EvidenceStrip {
                id: rectificationEvidence
                Layout.fillWidth: true
                store: FieldApp.store
                position: FieldApp.position
                recordId: editor.taskId
                itemId: "rectification"
                onOpened: id => page.StackView.view.push(evidenceView, { evidenceId: id })
            }
            Button {
                objectName: "taskStartWork"
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                visible: editor.status === TaskListModel.Assigned || editor.status === TaskListModel.Reopened
                text: qsTr("Start work")
                onClicked: editor.startWork()
            }
            Button {
                objectName: "taskSubmit"
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                visible: editor.status !== TaskListModel.Submitted
                text: qsTr("Submit for close-out")
                onClicked: editor.submit(measures.text, rectificationEvidence.evidenceIds)
            }
        }

        FlSection {
            Layout.fillWidth: true
            title: qsTr("Follow-up checks")
            visible: editor.canFollowUp
            Column {
                Layout.fillWidth: true
                spacing: FlTheme.spacing / 2
                Repeater {
                    model: editor.followUps
                    Label {
                        required property var modelData
                        width: parent.width
                        text: (modelData.passed ? qsTr("%1, %2: passed")
                                                : qsTr("%1, %2: failed, the problem came back"))
                                  .arg(FieldApp.settings.formatTime(modelData.checkedAtMs))
                                  .arg(modelData.checkedBy)
                              + (modelData.notes.length > 0 ? "\n" + modelData.notes : "")
                        color: modelData.passed ? FlTheme.good : FlTheme.bad
                        wrapMode: Text.Wrap
                    }
                }
            }
            Switch {
                id: followUpPassed
                objectName: "taskFollowUpPassed"
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                checked: true
                text: followUpPassed.checked ? qsTr("The problem has not come back")
                                             : qsTr("The problem came back")
            }
            TextArea {
                id: followUpNotes
                objectName: "taskFollowUpNotes"
                Layout.fillWidth: true
                Layout.minimumHeight: FlTheme.touch * 1.5
                placeholderText: followUpPassed.checked ? qsTr("Notes (optional)")
                                                        : qsTr("What did you find?")
                wrapMode: TextEdit.Wrap
                font.pixelSize: FlTheme.fontBody
            }
            EvidenceStrip {
                id: followUpEvidence
                Layout.fillWidth: true
                store: FieldApp.store
                position: FieldApp.position
                recordId: editor.taskId
                itemId: "followup-" + (editor.followUps.length + 1)
                onOpened: id => page.StackView.view.push(evidenceView, { evidenceId: id })
            }
            Button {
                objectName: "taskFollowUpSave"
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                text: qsTr("Save the follow-up check")
                onClicked: editor.addFollowUp(followUpPassed.checked, followUpNotes.text,
                                              followUpEvidence.evidenceIds)
            }
        }
    }
}
