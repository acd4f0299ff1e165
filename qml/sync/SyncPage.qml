import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import FieldLedger

// Sync: enrol this phone (QR code or typed code), then send what waits with one big button,
// see how far it got in records and bytes, what the last sync did, and what the office ledger
// refused with what to do about it.
FlScrollPage {
    id: page
    objectName: "syncPage"
    title: qsTr("Sync")

    property SyncController controller: FieldApp.sync
    readonly property bool showEnrol: controller && (!controller.enrolled
                                                     || controller.needsEnrolment)

    // The text of a scanned enrolment QR code (fieldledger://enrol?server=...&code=...).
    function enrolWithLink(text) {
        return controller.enrolFromLink(text, "")
    }
    // Reads the enrolment QR code in a picture file and enrols with it.
    function enrolWithImage(url) {
        const text = enrolScanner.decodeImageFile(url)
        return text.length > 0 && enrolWithLink(text)
    }

    CodeScanner { id: enrolScanner }
    FileDialog {
        id: enrolPhotoDialog
        title: qsTr("Choose a photo of the enrolment QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: page.enrolWithImage(selectedFile)
    }

    function resultLevel() {
        if (!controller.lastSucceeded)
            return FlMessage.Level.Error
        return controller.refusedCount > 0 ? FlMessage.Level.Warning : FlMessage.Level.Success
    }

    // Who and where -------------------------------------------------------------------------
    FlSection {
        Layout.fillWidth: true
        visible: page.controller && page.controller.enrolled
        title: qsTr("This phone")
        Label {
            objectName: "syncWho"
            Layout.fillWidth: true
            text: page.controller ? qsTr("Enrolled as %1, %2").arg(page.controller.userName)
                                                               .arg(page.controller.roleName)
                                  : ""
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            text: page.controller ? qsTr("Office ledger: %1").arg(page.controller.server) : ""
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.WrapAnywhere
        }
    }

    // Enrolment -----------------------------------------------------------------------------
    FlSection {
        Layout.fillWidth: true
        visible: page.showEnrol
        title: page.controller && page.controller.enrolled ? qsTr("Enrol this phone again")
                                                           : qsTr("Enrol this phone")
        Label {
            Layout.fillWidth: true
            text: qsTr("Scan the enrolment QR code the office gave you, or type the ledger's address and the code.")
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        // The office's enrolment QR code, read from a photo of it.
        Button {
            objectName: "syncScanFile"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Read the enrolment QR code from a photo")
            font.pixelSize: FlTheme.fontBody
            onClicked: enrolPhotoDialog.open()
        }
        FlMessage {
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: enrolScanner.error
        }
        SyncEnrolForm {
            Layout.fillWidth: true
            server: FieldApp.settings.server
            busy: page.controller ? page.controller.enrolling : false
            problem: page.controller ? page.controller.error : ""
            onSubmitted: (server, code) => page.controller.enrol(server, code, "")
        }
    }

    // What waits and the last sync ----------------------------------------------------------
    FlSection {
        Layout.fillWidth: true
        visible: page.controller && page.controller.enrolled
        title: qsTr("Waiting on this phone")
        Label {
            objectName: "syncPending"
            Layout.fillWidth: true
            text: page.controller ? page.controller.pendingText : ""
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "syncLastTime"
            Layout.fillWidth: true
            text: page.controller
                  ? qsTr("Last sync: %1").arg(FieldApp.settings.formatTime(
                                                  page.controller.lastSyncMs))
                  : ""
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.Wrap
        }
        FlMessage {
            objectName: "syncResult"
            Layout.fillWidth: true
            text: page.controller && page.controller.lastSyncMs > 0
                  ? page.controller.lastResult : ""
            level: page.controller ? page.resultLevel() : FlMessage.Level.Info
        }
    }

    // Sync now ------------------------------------------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.controller && page.controller.enrolled
        spacing: FlTheme.spacing

        Button {
            objectName: "syncNow"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch * 1.5
            enabled: page.controller && !page.controller.running
            text: page.controller && page.controller.running ? qsTr("Syncing…")
                                                             : qsTr("Sync now")
            font.pixelSize: FlTheme.fontTitle
            font.bold: true
            highlighted: true
            onClicked: page.controller.syncNow()
        }
        FlMessage {
            objectName: "syncError"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: page.controller && page.controller.enrolled && !page.showEnrol
                  ? page.controller.error : ""
        }
        Label {
            objectName: "syncPhase"
            Layout.fillWidth: true
            visible: text.length > 0
            text: page.controller ? page.controller.phase : ""
            font.pixelSize: FlTheme.fontBody
            font.bold: true
            color: FlTheme.accent
            wrapMode: Text.Wrap
        }
        ProgressBar {
            objectName: "syncProgress"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.spacing * 2
            visible: page.controller && (page.controller.running || page.controller.progress > 0)
            from: 0
            to: 1
            value: page.controller ? page.controller.progress : 0
        }
        Label {
            objectName: "syncProgressText"
            Layout.fillWidth: true
            visible: page.controller && (page.controller.running || page.controller.progress > 0)
            text: page.controller ? page.controller.progressText : ""
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "syncCancel"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            visible: page.controller && page.controller.running
            text: qsTr("Stop syncing")
            font.pixelSize: FlTheme.fontBody
            onClicked: page.controller.cancel()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            Label {
                Layout.fillWidth: true
                text: qsTr("Sync by itself when a network appears")
                font.pixelSize: FlTheme.fontBody
                color: FlTheme.ink
                wrapMode: Text.Wrap
            }
            Switch {
                objectName: "syncAuto"
                Layout.preferredHeight: FlTheme.touch
                checked: page.controller ? page.controller.autoSync : false
                onToggled: page.controller.autoSync = checked
            }
        }
    }

    // Refused by the ledger -----------------------------------------------------------------
    FlSection {
        Layout.fillWidth: true
        visible: page.controller && page.controller.refusals.count > 0
        title: qsTr("Not accepted by the office ledger")
        FlMessage {
            objectName: "syncRefusalError"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: page.controller ? page.controller.refusals.error : ""
        }
        Repeater {
            objectName: "syncRefusals"
            model: page.controller ? page.controller.refusals : null
            SyncRefusalRow {
                id: refusalRow
                Layout.fillWidth: true
                onRetry: page.controller.refusals.retry(refusalRow.changeId)
            }
        }
    }
}
