import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The signatures of the on-site record: each inspector and the site representative sign on
// the pad in turn; a representative who refuses has the reason written down instead.
FlScrollPage {
    id: page
    objectName: "signaturePage"
    title: qsTr("Signatures")

    required property InspectionDraft draft
    // Who signs now: an inspector's name, or the representative.
    property int role: InspectionDraft.Inspector
    property string signerName: inspectorNames.length > 0 ? inspectorNames[0] : ""
    // Re-read when the inspectors change (names() itself is not a binding).
    readonly property var inspectorNames: {
        page.draft.missingSignatures
        page.draft.inspectors.count
        return page.draft.inspectors.names()
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Still to sign")
        Label {
            objectName: "signatureMissing"
            Layout.fillWidth: true
            text: page.draft.missingSignatures.length > 0
                  ? page.draft.missingSignatures.join("\n")
                  : qsTr("Everyone has signed.")
            color: page.draft.missingSignatures.length > 0 ? FlTheme.warn : FlTheme.good
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Who signs now")
        ComboBox {
            id: signer
            objectName: "signatureSigner"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            font.pixelSize: FlTheme.fontBody
            model: page.inspectorNames.concat([qsTr("Site representative")])
            onActivated: index => {
                const inspector = index < page.inspectorNames.length
                page.role = inspector ? InspectionDraft.Inspector : InspectionDraft.SiteRepresentative
                page.signerName = inspector ? currentText : page.draft.legalRepresentative
            }
        }
        FlField {
            objectName: "signatureName"
            Layout.fillWidth: true
            visible: page.role === InspectionDraft.SiteRepresentative
            label: qsTr("Name of the site representative")
            text: page.signerName
            input.onTextEdited: page.signerName = input.text
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.preferredHeight: Math.round(width * 0.45)
        color: FlTheme.paper
        border.color: FlTheme.line
        border.width: 2
        radius: FlTheme.radius
        Label {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            anchors.margins: FlTheme.spacing
            visible: pad.empty
            text: qsTr("Sign here with a finger or a pen")
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
        }
        SignaturePad {
            id: pad
            objectName: "signaturePad"
            anchors.fill: parent
            anchors.margins: 2
            inkColor: FlTheme.ink
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: FlTheme.spacing
        Button {
            objectName: "signatureClear"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Clear")
            font.pixelSize: FlTheme.fontBody
            enabled: !pad.empty
            onClicked: pad.clear()
        }
        Button {
            objectName: "signatureSave"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Save signature")
            font.pixelSize: FlTheme.fontBody
            highlighted: true
            enabled: !pad.empty && !page.draft.isSigned
            onClicked: {
                if (page.draft.addSignature(page.role, page.signerName, pad))
                    pad.clear()
            }
        }
    }

    FlMessage {
        Layout.fillWidth: true
        level: page.draft.error.length > 0 ? FlMessage.Level.Error : FlMessage.Level.Success
        text: page.draft.error.length > 0
              ? [page.draft.error].concat(page.draft.issues).join("\n")
              : page.draft.message
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("If the site representative refuses to sign")
        InspectionTextArea {
            objectName: "signatureRefusal"
            Layout.fillWidth: true
            Layout.minimumHeight: FlTheme.touch * 1.5
            readOnly: page.draft.isSigned
            placeholderText: qsTr("Why they refuse, in their words")
            text: page.draft.representativeRefusal
            onTextChanged: if (text !== page.draft.representativeRefusal)
                               page.draft.representativeRefusal = text
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Signed")
        Repeater {
            model: page.draft.signatures
            Label {
                required property var modelData
                Layout.fillWidth: true
                text: modelData.role === InspectionDraft.Inspector
                      ? qsTr("Inspector %1").arg(modelData.signerName)
                      : qsTr("Site representative %1").arg(modelData.signerName)
                font.pixelSize: FlTheme.fontBody
                wrapMode: Text.Wrap
            }
        }
    }
}
