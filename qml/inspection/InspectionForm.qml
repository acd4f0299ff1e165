import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The inspection itself once the enterprise is known: why and where, who, the checklist, the
// findings with their evidence, signatures, and save / sign.
ColumnLayout {
    id: form
    required property InspectionDraft draft
    // Position in words, given by the page (it knows the user's coordinate display choice).
    property string locationText
    signal openChecklist()
    signal openSignatures()
    signal openPreview()
    spacing: FlTheme.spacing

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Task")
        ComboBox {
            objectName: "inspectionSource"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            enabled: !form.draft.isSigned
            model: form.draft.sourceNames
            currentIndex: form.draft.source
            onActivated: index => form.draft.source = index
        }
        FlField {
            objectName: "inspectionSourceReference"
            Layout.fillWidth: true
            label: form.draft.sourceNeedsReference
                   ? qsTr("Reference (draw id or complaint case number, required)")
                   : qsTr("Reference (optional)")
            text: form.draft.sourceReference
            readOnly: form.draft.isSigned
            input.onTextEdited: form.draft.sourceReference = input.text
        }
        FlField {
            objectName: "inspectionTaskName"
            Layout.fillWidth: true
            label: qsTr("Task name")
            text: form.draft.taskName
            readOnly: form.draft.isSigned
            input.onTextEdited: form.draft.taskName = input.text
        }
        FlField {
            objectName: "inspectionTaskNumber"
            Layout.fillWidth: true
            label: qsTr("Task number")
            text: form.draft.taskNumber
            readOnly: form.draft.isSigned
            input.onTextEdited: form.draft.taskNumber = input.text
        }
        FlField {
            objectName: "inspectionDivision"
            Layout.fillWidth: true
            label: qsTr("Division code (6 digits, e.g. 650109)")
            text: form.draft.divisionCode
            readOnly: form.draft.isSigned
            inputMethodHints: Qt.ImhDigitsOnly
            input.onTextEdited: form.draft.divisionCode = input.text
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            Label {
                objectName: "inspectionLocation"
                Layout.fillWidth: true
                text: form.draft.hasLocation ? qsTr("Location: %1").arg(form.locationText)
                                             : qsTr("No location yet.")
                font.pixelSize: FlTheme.fontBody
                wrapMode: Text.Wrap
            }
            Button {
                objectName: "inspectionUsePosition"
                Layout.preferredHeight: FlTheme.touch
                text: qsTr("Use current position")
                font.pixelSize: FlTheme.fontSmall
                enabled: !form.draft.isSigned
                onClicked: form.draft.useCurrentPosition()
            }
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Inspectors")
        InspectionInspectors {
            Layout.fillWidth: true
            inspectors: form.draft.inspectors
            readOnly: form.draft.isSigned
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Checklist")
        Button {
            objectName: "inspectionChecklist"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            text: form.draft.checklist.count === 0
                  ? qsTr("Choose the checklist")
                  : qsTr("Checklist: %1 items, %2 open, %3 with a problem")
                        .arg(form.draft.checklist.count)
                        .arg(form.draft.checklist.openCount)
                        .arg(form.draft.checklist.problemCount)
            onClicked: form.openChecklist()
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Findings")
        InspectionTextArea {
            objectName: "inspectionFindings"
            Layout.fillWidth: true
            Layout.minimumHeight: FlTheme.touch * 2
            readOnly: form.draft.isSigned
            placeholderText: qsTr("What was found overall, and what the enterprise was told to do")
            text: form.draft.findings
            onTextChanged: if (text !== form.draft.findings)
                               form.draft.findings = text
        }
        // Photos of the findings as a whole (the record exists after its first save).
        EvidenceStrip {
            objectName: "findingsEvidence"
            Layout.fillWidth: true
            visible: form.draft.recordId.length > 0
            store: form.draft.store
            position: form.draft.position
            recordId: form.draft.recordId
            itemId: "findings"
            cameraAllowed: !form.draft.isSigned
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Signatures")
        Label {
            Layout.fillWidth: true
            text: form.draft.missingSignatures.length === 0
                  ? qsTr("Everyone has signed.")
                  : qsTr("Still to sign: %1").arg(form.draft.missingSignatures.join(", "))
            color: form.draft.missingSignatures.length === 0 ? FlTheme.good : FlTheme.warn
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
        Button {
            objectName: "inspectionSignatures"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            text: qsTr("Signatures")
            onClicked: form.openSignatures()
        }
    }

    FlMessage {
        objectName: "inspectionMessage"
        Layout.fillWidth: true
        level: form.draft.error.length > 0 ? FlMessage.Level.Error
             : form.draft.isSigned ? FlMessage.Level.Success : FlMessage.Level.Info
        text: {
            const head = form.draft.error.length > 0 ? form.draft.error : form.draft.message
            return [head].concat(form.draft.issues).filter(t => t.length > 0).join("\n• ")
        }
    }

    Button {
        objectName: "inspectionPreview"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        font.pixelSize: FlTheme.fontBody
        text: qsTr("Preview the on-site record")
        onClicked: form.openPreview()
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: FlTheme.spacing
        Button {
            objectName: "inspectionSave"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            text: qsTr("Save draft")
            enabled: !form.draft.isSigned
            onClicked: form.draft.save()
        }
        Button {
            objectName: "inspectionSign"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            highlighted: true
            text: form.draft.isSigned ? qsTr("Signed") : qsTr("Sign the record")
            enabled: !form.draft.isSigned
            onClicked: form.draft.sign()
        }
    }
}
