import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import FieldLedger

// 扫码入企: scan (or type) the enterprise's code at the gate, see who it is from the offline
// directory, then record the one combined inspection and sign the on-site record.
FlScrollPage {
    id: page
    objectName: "inspectionPage"
    title: qsTr("Inspection")

    property InspectionDraft draft: InspectionDraft {
        store: FieldApp.store
        position: FieldApp.position
    }
    property CodeScanner scanner: CodeScanner {}

    // Starts the inspection from what the scanner read last. Another enterprise's code while
    // an unsigned inspection is open asks first, so no typed input is dropped by a stray scan.
    function beginFromScanner() {
        if (!page.scanner.hasCode || page.scanner.code === page.draft.code)
            return
        if (page.draft.started && !page.draft.isSigned)
            replaceDialog.open()
        else
            page.draft.begin(page.scanner.code)
    }
    // Reads a picture of the code; used by the file picker and by the end-to-end test.
    function scanFile(url) {
        if (page.scanner.scanImageFile(url))
            page.beginFromScanner()
        return page.scanner.hasCode
    }

    Component {
        id: scanPage
        ScanPage {
            scanner: page.scanner
            onCodeRead: {
                page.beginFromScanner()
                StackView.view.pop()
            }
        }
    }
    Component {
        id: checklistPage
        ChecklistPage { draft: page.draft }
    }
    Component {
        id: signaturePage
        SignaturePage { draft: page.draft }
    }
    Component {
        id: previewPage
        RecordPreviewPage { draft: page.draft }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Enterprise code")
        Button {
            objectName: "inspectionScan"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            highlighted: !page.draft.started
            text: qsTr("Scan the code at the gate")
            onClicked: page.StackView.view.push(scanPage)
        }
        Button {
            objectName: "scanFromFile"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            text: qsTr("Choose a QR image")
            onClicked: fileDialog.open()
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            FlField {
                id: typed
                objectName: "inspectionCode"
                Layout.fillWidth: true
                label: qsTr("Or type the 18-character credit code")
                placeholderText: qsTr("for example %1").arg("91650109MA7DEK2133")
                inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                input.onAccepted: checkTyped.clicked()
            }
            Button {
                id: checkTyped
                objectName: "inspectionCodeCheck"
                Layout.preferredHeight: FlTheme.touch
                Layout.alignment: Qt.AlignBottom
                font.pixelSize: FlTheme.fontBody
                text: qsTr("Check")
                enabled: typed.text.trim().length > 0
                onClicked: {
                    page.scanner.checkTyped(typed.text)
                    page.beginFromScanner()
                }
            }
        }
        FlMessage {
            objectName: "inspectionScanError"
            Layout.fillWidth: true
            level: FlMessage.Level.Error
            text: page.scanner.error
        }
    }

    FlSection {
        Layout.fillWidth: true
        visible: page.draft.started
        title: qsTr("Enterprise")
        InspectionEnterpriseCard {
            Layout.fillWidth: true
            draft: page.draft
        }
    }

    InspectionForm {
        Layout.fillWidth: true
        visible: page.draft.canContinue
        draft: page.draft
        locationText: page.draft.hasLocation
                      ? FieldApp.settings.formatPosition(page.draft.latitude, page.draft.longitude)
                        + (isNaN(page.draft.accuracy)
                           ? "" : " " + FieldApp.settings.formatAccuracy(page.draft.accuracy))
                      : ""
        onOpenChecklist: page.StackView.view.push(checklistPage)
        onOpenSignatures: page.StackView.view.push(signaturePage)
        onOpenPreview: page.StackView.view.push(previewPage)
    }

    FlMessage {
        Layout.fillWidth: true
        visible: !page.draft.canContinue && page.draft.error.length > 0
        level: FlMessage.Level.Error
        text: page.draft.error
    }

    Dialog {
        id: replaceDialog
        objectName: "inspectionReplaceDialog"
        parent: Overlay.overlay
        x: Math.round((parent.width - width) / 2)
        y: Math.round((parent.height - height) / 2)
        width: parent.width - 2 * FlTheme.margin
        modal: true
        title: qsTr("Start another inspection?")
        contentItem: Label {
            text: qsTr("The inspection of %1 is not signed. Changes since its last save are lost if you start the inspection of %2 now.")
                  .arg(page.draft.enterpriseName.length > 0 ? page.draft.enterpriseName : page.draft.code)
                  .arg(page.scanner.code)
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
        footer: DialogButtonBox {
            Button {
                objectName: "inspectionReplaceKeep"
                text: qsTr("Keep the current one")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            Button {
                objectName: "inspectionReplaceStart"
                text: qsTr("Start the new one")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        onAccepted: page.draft.begin(page.scanner.code)
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Choose a photo of the enterprise's QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: page.scanFile(selectedFile)
    }
}
