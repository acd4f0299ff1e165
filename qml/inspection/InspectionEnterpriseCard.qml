import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Whose code was read: its validity in words, and the enterprise from the offline directory
// (or the fields to type it in when the directory does not know it).
ColumnLayout {
    id: card
    required property InspectionDraft draft
    spacing: FlTheme.spacing / 2

    Label {
        objectName: "inspectionCodeStatus"
        Layout.fillWidth: true
        text: card.draft.codeValid
              ? qsTr("Credit code %1 is valid.").arg(card.draft.code)
              : qsTr("Credit code %1 fails its check: %2")
                    .arg(card.draft.code).arg(card.draft.codeFindings.join("; "))
        color: card.draft.codeValid ? FlTheme.good : FlTheme.bad
        font.pixelSize: FlTheme.fontBody
        font.bold: true
        wrapMode: Text.Wrap
    }
    FlField {
        objectName: "inspectionOverrideReason"
        Layout.fillWidth: true
        visible: !card.draft.codeValid
        label: qsTr("Why this code is accepted anyway (required to continue)")
        placeholderText: qsTr("For example: early pilot code, checked against the licence")
        text: card.draft.overrideReason
        readOnly: card.draft.isSigned
        input.onTextEdited: card.draft.overrideReason = input.text
    }

    FlMessage {
        objectName: "inspectionNotInDirectory"
        Layout.fillWidth: true
        level: FlMessage.Level.Warning
        text: card.draft.enterpriseFound
              ? "" : qsTr("This enterprise is not in the offline directory: type its details.")
    }

    // From the directory: shown as text.
    GridLayout {
        Layout.fillWidth: true
        visible: card.draft.enterpriseFound
        columns: 2
        columnSpacing: FlTheme.spacing
        Repeater {
            model: [
                { label: qsTr("Name"), value: card.draft.enterpriseName },
                { label: qsTr("Type"), value: card.draft.enterpriseType },
                { label: qsTr("Legal representative"), value: card.draft.legalRepresentative },
                { label: qsTr("Address"), value: card.draft.enterpriseAddress },
                { label: qsTr("Contact"), value: card.draft.enterpriseContact }
            ]
            delegate: Label {
                required property var modelData
                required property int index
                Layout.fillWidth: true
                Layout.columnSpan: 2
                text: modelData.label + ": " + (modelData.value.length > 0 ? modelData.value : "—")
                objectName: "inspectionEnterprise" + index
                font.pixelSize: FlTheme.fontBody
                font.bold: index === 0
                wrapMode: Text.Wrap
            }
        }
    }

    // Not in the directory: typed by the inspector from the licence.
    ColumnLayout {
        Layout.fillWidth: true
        visible: !card.draft.enterpriseFound
        spacing: FlTheme.spacing / 2
        FlField {
            objectName: "inspectionEnterpriseName"
            Layout.fillWidth: true
            label: qsTr("Enterprise name")
            text: card.draft.enterpriseName
            readOnly: card.draft.isSigned
            input.onTextEdited: card.draft.enterpriseName = input.text
        }
        FlField {
            Layout.fillWidth: true
            label: qsTr("Type")
            text: card.draft.enterpriseType
            readOnly: card.draft.isSigned
            input.onTextEdited: card.draft.enterpriseType = input.text
        }
        FlField {
            Layout.fillWidth: true
            label: qsTr("Legal representative")
            text: card.draft.legalRepresentative
            readOnly: card.draft.isSigned
            input.onTextEdited: card.draft.legalRepresentative = input.text
        }
        FlField {
            Layout.fillWidth: true
            label: qsTr("Address")
            text: card.draft.enterpriseAddress
            readOnly: card.draft.isSigned
            input.onTextEdited: card.draft.enterpriseAddress = input.text
        }
        FlField {
            Layout.fillWidth: true
            label: qsTr("Contact")
            text: card.draft.enterpriseContact
            readOnly: card.draft.isSigned
            input.onTextEdited: card.draft.enterpriseContact = input.text
        }
    }
}
