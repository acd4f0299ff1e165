import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// What waits to be sent to the office ledger and how the last sync went.
FlSection {
    id: card
    property int pendingRecords: 0
    property string pendingSize
    property string lastSync
    property string lastResult
    property bool lastSucceeded: true

    title: qsTr("Waiting to sync")
    Label {
        Layout.fillWidth: true
        text: card.pendingRecords === 0 ? qsTr("Everything is sent")
                                        : qsTr("%n record(s), %1", "", card.pendingRecords).arg(card.pendingSize)
        font.pixelSize: FlTheme.fontBody
        color: FlTheme.ink
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Last sync: %1").arg(card.lastSync)
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    FlMessage {
        Layout.fillWidth: true
        text: card.lastResult
        level: card.lastSucceeded ? FlMessage.Level.Success : FlMessage.Level.Warning
    }
}
