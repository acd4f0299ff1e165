import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// What the office's remote sensing says about a clue: area, type, size, where, description.
FlSection {
    id: facts
    property ClueEditor editor
    // The clue's point as the user reads coordinates (WGS-84 or GCJ-02), "" when none.
    property string locationText

    title: qsTr("Remote-sensing clue")

    Repeater {
        model: facts.editor ? [
            { label: qsTr("Clue code"), value: facts.editor.clueCode },
            { label: qsTr("Protected area"),
              value: facts.editor.protectedAreaLevel.length > 0
                     ? qsTr("%1 (%2)").arg(facts.editor.protectedAreaName)
                                     .arg(facts.editor.protectedAreaLevel)
                     : facts.editor.protectedAreaName },
            { label: qsTr("Suspected type"), value: facts.editor.suspectedType },
            { label: qsTr("Source"), value: facts.editor.sourceName },
            { label: qsTr("Suspected area"),
              value: facts.editor.suspectedAreaSquareMeters > 0
                     ? qsTr("%1 m²").arg(Math.round(facts.editor.suspectedAreaSquareMeters))
                     : "" },
            { label: qsTr("County code"), value: facts.editor.countyCode },
            { label: qsTr("Clue location"), value: facts.locationText },
            { label: qsTr("Description"), value: facts.editor.description }
        ] : []
        RowLayout {
            required property var modelData
            Layout.fillWidth: true
            visible: modelData.value.length > 0
            spacing: FlTheme.spacing
            Label {
                Layout.preferredWidth: facts.width * 0.35
                text: modelData.label
                font.pixelSize: FlTheme.fontSmall
                color: FlTheme.muted
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                text: modelData.value
                font.pixelSize: FlTheme.fontBody
                color: FlTheme.ink
                wrapMode: Text.Wrap
            }
        }
    }
}
