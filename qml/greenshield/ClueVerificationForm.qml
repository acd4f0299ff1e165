import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// On-site verification (核查) of a clue: the outcome, what is there, where the supervisor stood
// (from the fix) and the functional zone derived from it, which nobody types.
FlSection {
    id: form
    property ClueEditor editor
    // The verification position in the user's coordinate display, with its accuracy; "" if none.
    property string positionText
    // Whether a usable fix is there to take.
    property bool fixAvailable: false

    readonly property color zoneColor: !editor ? FlTheme.muted
                                     : editor.functionalZone === "core"
                                       || editor.functionalZone === "core_protection" ? FlTheme.bad
                                     : editor.functionalZone === "buffer" ? FlTheme.warn
                                     : editor.functionalZone === "unknown" ? FlTheme.muted
                                     : FlTheme.good

    title: qsTr("On-site verification")

    Label {
        Layout.fillWidth: true
        text: qsTr("Outcome")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    ComboBox {
        objectName: "clueOutcome"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        font.pixelSize: FlTheme.fontBody
        model: form.editor ? form.editor.outcomeOptions : []
        textRole: "text"
        valueRole: "value"
        currentIndex: form.editor ? indexOfValue(form.editor.outcome) : -1
        onActivated: form.editor.outcome = currentValue
    }

    FlField {
        objectName: "clueFacilityName"
        Layout.fillWidth: true
        label: qsTr("Facility name")
        text: form.editor ? form.editor.facilityName : ""
        onTextChanged: if (form.editor) form.editor.facilityName = text
    }
    FlField {
        objectName: "clueFacilityType"
        Layout.fillWidth: true
        label: qsTr("Facility or activity type")
        text: form.editor ? form.editor.facilityType : ""
        onTextChanged: if (form.editor) form.editor.facilityType = text
    }
    FlField {
        objectName: "clueScale"
        Layout.fillWidth: true
        label: qsTr("Scale (area, buildings)")
        placeholderText: qsTr("e.g. 1200 m², 3 buildings")
        text: form.editor ? form.editor.scale : ""
        onTextChanged: if (form.editor) form.editor.scale = text
    }
    FlField {
        objectName: "clueConstructionTime"
        Layout.fillWidth: true
        label: qsTr("Built when (as known)")
        placeholderText: qsTr("e.g. 2019 or 2019-05")
        text: form.editor ? form.editor.constructionTime : ""
        onTextChanged: if (form.editor) form.editor.constructionTime = text
    }
    FlField {
        objectName: "clueCurrentState"
        Layout.fillWidth: true
        label: qsTr("Current state")
        text: form.editor ? form.editor.currentState : ""
        onTextChanged: if (form.editor) form.editor.currentState = text
    }

    // Where the supervisor stands, from the fix, and the zone it falls in.
    Label {
        Layout.fillWidth: true
        text: qsTr("Verification position")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "cluePosition"
        Layout.fillWidth: true
        text: form.positionText.length > 0
              ? form.positionText
              : qsTr("Not taken yet: the zone is derived from the clue's point until you take "
                     + "your position.")
        font.pixelSize: FlTheme.fontBody
        color: form.positionText.length > 0 ? FlTheme.ink : FlTheme.muted
        wrapMode: Text.Wrap
    }
    Button {
        objectName: "clueUseMyPosition"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        enabled: form.fixAvailable
        text: form.fixAvailable ? qsTr("Use my position") : qsTr("Waiting for a position fix")
        font.pixelSize: FlTheme.fontBody
        onClicked: form.editor.useMyPosition()
    }
    FlMessage {
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: form.editor && form.editor.problems.position ? form.editor.problems.position : ""
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Functional zone (derived from the reserve's zones, not typed)")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    Label {
        objectName: "clueZone"
        Layout.fillWidth: true
        text: form.editor ? form.editor.functionalZoneName : ""
        padding: FlTheme.spacing / 2
        font.pixelSize: FlTheme.fontTitle
        font.bold: true
        color: form.zoneColor
        wrapMode: Text.Wrap
        background: Rectangle {
            radius: FlTheme.radius
            color: FlTheme.surface
            border.color: form.zoneColor
            border.width: 2
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Notes")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    TextArea {
        objectName: "clueNotes"
        Layout.fillWidth: true
        Layout.minimumHeight: FlTheme.touch * 1.5
        font.pixelSize: FlTheme.fontBody
        wrapMode: TextEdit.Wrap
        background: Rectangle {
            color: FlTheme.paper
            border.color: parent.activeFocus ? FlTheme.accent : FlTheme.line
            border.width: parent.activeFocus ? 2 : 1
            radius: 2
        }
        text: form.editor ? form.editor.notes : ""
        onTextChanged: if (form.editor) form.editor.notes = text
    }
}
