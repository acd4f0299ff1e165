import QtQuick
import QtQuick.Controls
import FieldLedger

// A task's status as a coloured chip ("In progress", "Overdue"); `status` follows
// TaskListModel.Status, `overdue` turns it red.
Control {
    id: chip
    property int status: 0
    property string text
    property bool overdue: false

    readonly property color tone: overdue || status === TaskListModel.Reopened ? FlTheme.bad
                                : status === TaskListModel.ClosedOut ? FlTheme.good
                                : status === TaskListModel.Submitted ? FlTheme.accent
                                : status === TaskListModel.InProgress ? FlTheme.warn
                                : FlTheme.muted

    implicitHeight: Math.max(32, label.implicitHeight + 8)
    implicitWidth: label.implicitWidth + 24
    background: Rectangle {
        radius: height / 2
        color: Qt.lighter(chip.tone, 1.9)
        border.color: chip.tone
        border.width: 2
    }
    contentItem: Label {
        id: label
        text: chip.text
        color: FlTheme.ink
        font.pixelSize: FlTheme.fontSmall
        font.bold: true
        elide: Text.ElideRight
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
