import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Rectification follow-up (整改) to close-out (销号): measures, who is responsible and by when,
// the state, the result and who approved it. A close-out needs evidence (item "close-out", as
// fieldctl attaches it).
FlSection {
    id: section
    property ClueEditor editor
    property RecordStore store
    property PositionFeed position
    signal saveRequested()

    title: qsTr("Rectification and close-out")

    FlField {
        objectName: "clueMeasures"
        Layout.fillWidth: true
        label: qsTr("Rectification measures")
        text: section.editor ? section.editor.measures : ""
        onTextChanged: if (section.editor) section.editor.measures = text
    }
    FlField {
        objectName: "clueResponsibleUnit"
        Layout.fillWidth: true
        label: qsTr("Responsible unit")
        text: section.editor ? section.editor.responsibleUnit : ""
        onTextChanged: if (section.editor) section.editor.responsibleUnit = text
    }
    FlField {
        objectName: "clueResponsiblePerson"
        Layout.fillWidth: true
        label: qsTr("Responsible person")
        text: section.editor ? section.editor.responsiblePerson : ""
        onTextChanged: if (section.editor) section.editor.responsiblePerson = text
    }
    FlField {
        objectName: "clueDeadline"
        Layout.fillWidth: true
        label: qsTr("Deadline (year-month-day)")
        placeholderText: qsTr("e.g. 2026-12-31")
        inputMethodHints: Qt.ImhPreferNumbers
        problem: section.editor && section.editor.problems.deadline
                 ? section.editor.problems.deadline : ""
        text: section.editor ? section.editor.deadline : ""
        onTextChanged: if (section.editor) section.editor.deadline = text
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("State")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    ComboBox {
        objectName: "clueCloseOutState"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        font.pixelSize: FlTheme.fontBody
        model: section.editor ? section.editor.closeOutStateOptions : []
        textRole: "text"
        valueRole: "value"
        currentIndex: section.editor ? indexOfValue(section.editor.closeOutState) : -1
        onActivated: section.editor.closeOutState = currentValue
    }

    FlField {
        objectName: "clueResult"
        Layout.fillWidth: true
        label: qsTr("Rectification result")
        text: section.editor ? section.editor.result : ""
        onTextChanged: if (section.editor) section.editor.result = text
    }
    FlField {
        objectName: "clueApprovedBy"
        Layout.fillWidth: true
        label: qsTr("Close-out approved by")
        problem: section.editor && section.editor.problems.approvedBy
                 ? section.editor.problems.approvedBy : ""
        text: section.editor ? section.editor.approvedBy : ""
        onTextChanged: if (section.editor) section.editor.approvedBy = text
    }

    Label {
        Layout.fillWidth: true
        text: section.editor && section.editor.closeOutEvidenceIds.length > 0
              ? qsTr("%n close-out evidence file(s) attached.", "",
                     section.editor.closeOutEvidenceIds.length)
              : qsTr("Close-out evidence")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    FlMessage {
        objectName: "clueCloseOutNeedsEvidence"
        Layout.fillWidth: true
        level: section.editor && section.editor.problems.closeOutEvidence
               ? FlMessage.Level.Error : FlMessage.Level.Warning
        text: section.editor && section.editor.closeOutNeedsEvidence
              ? qsTr("A close-out needs evidence: add at least one photo or document of the "
                     + "rectified site below before closing out.")
              : ""
    }
    EvidenceStrip {
        objectName: "clueCloseOutEvidence"
        Layout.fillWidth: true
        store: section.store
        position: section.position
        recordId: section.editor ? section.editor.clueId : ""
        itemId: "close-out"
        onAdded: id => section.editor.addCloseOutEvidence(id)
    }
    Button {
        objectName: "clueRectificationSave"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        enabled: section.editor ? section.editor.loaded : false
        text: qsTr("Save rectification")
        font.pixelSize: FlTheme.fontBody
        onClicked: section.saveRequested()
    }
}
