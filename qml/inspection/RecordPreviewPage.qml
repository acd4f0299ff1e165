import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The on-site record (现场检查笔录) as it will be signed, to read through with the enterprise
// before signing.
FlScrollPage {
    id: page
    objectName: "recordPreviewPage"
    title: qsTr("On-site record")

    required property InspectionDraft draft
    // Refreshed on every change of the draft.
    readonly property string recordText: {
        page.draft.revision
        page.draft.missingSignatures
        page.draft.checklist.count
        page.draft.checklist.openCount
        return page.draft.previewText()
    }

    FlMessage {
        Layout.fillWidth: true
        level: page.draft.isSigned ? FlMessage.Level.Success : FlMessage.Level.Info
        text: page.draft.isSigned ? qsTr("Signed. This record can no longer be changed.")
                                  : qsTr("Draft: read it through with the enterprise before signing.")
    }
    Label {
        objectName: "recordPreviewText"
        Layout.fillWidth: true
        text: page.recordText
        textFormat: Text.PlainText
        font.pixelSize: FlTheme.fontBody
        color: FlTheme.ink
        wrapMode: Text.Wrap
    }
}
