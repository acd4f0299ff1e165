import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// The inspection's checklist: items added from templates, each with its key points, standard
// and method, and its result; a problem found gets its description and photos.
FlScrollPage {
    id: page
    objectName: "checklistPage"
    title: qsTr("Checklist")

    required property InspectionDraft draft

    FlSection {
        Layout.fillWidth: true
        title: qsTr("Add items from a checklist")
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            ComboBox {
                id: templates
                objectName: "checklistTemplate"
                Layout.fillWidth: true
                Layout.preferredHeight: FlTheme.touch
                font.pixelSize: FlTheme.fontBody
                model: page.draft.checklistTemplates
            }
            Button {
                objectName: "checklistAddTemplate"
                Layout.preferredHeight: FlTheme.touch
                text: qsTr("Add")
                font.pixelSize: FlTheme.fontBody
                enabled: !page.draft.isSigned && templates.currentIndex >= 0
                onClicked: page.draft.applyTemplate(templates.currentText)
            }
        }
        Label {
            Layout.fillWidth: true
            text: page.draft.checklist.count === 0
                  ? qsTr("No items yet.")
                  : qsTr("%1 items, %2 not checked yet, %3 with a problem.")
                        .arg(page.draft.checklist.count)
                        .arg(page.draft.checklist.openCount)
                        .arg(page.draft.checklist.problemCount)
            font.pixelSize: FlTheme.fontBody
            wrapMode: Text.Wrap
        }
    }

    FlMessage {
        Layout.fillWidth: true
        level: page.draft.error.length > 0 ? FlMessage.Level.Error : FlMessage.Level.Info
        text: page.draft.error.length > 0 ? page.draft.error : page.draft.message
    }

    Repeater {
        model: page.draft.checklist
        delegate: Rectangle {
            id: row
            required property int index
            required property string item
            required property string keyPoints
            required property string standard
            required property string method
            required property int result
            required property string problem

            objectName: "checklistItem" + index
            Layout.fillWidth: true
            implicitHeight: body.implicitHeight + 2 * FlTheme.spacing
            color: FlTheme.surface
            radius: FlTheme.radius
            border.color: result === ChecklistModel.ProblemFound ? FlTheme.bad : FlTheme.line
            border.width: 2

            ColumnLayout {
                id: body
                anchors.fill: parent
                anchors.margins: FlTheme.spacing
                spacing: FlTheme.spacing / 2
                Label {
                    Layout.fillWidth: true
                    text: (row.index + 1) + ". " + row.item
                    font.pixelSize: FlTheme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Key points: %1").arg(row.keyPoints)
                    visible: row.keyPoints.length > 0
                    font.pixelSize: FlTheme.fontSmall
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Standard: %1").arg(row.standard)
                    visible: row.standard.length > 0
                    font.pixelSize: FlTheme.fontSmall
                    color: FlTheme.muted
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Method: %1").arg(row.method)
                    visible: row.method.length > 0
                    font.pixelSize: FlTheme.fontSmall
                    color: FlTheme.muted
                    wrapMode: Text.Wrap
                }
                // The three results as big buttons: one tap each, readable in the sun.
                GridLayout {
                    Layout.fillWidth: true
                    columns: 3
                    columnSpacing: FlTheme.spacing / 2
                    Repeater {
                        model: [
                            { value: ChecklistModel.NoProblem, text: qsTr("No problem"), name: "ok" },
                            { value: ChecklistModel.ProblemFound, text: qsTr("Problem found"), name: "problem" },
                            { value: ChecklistModel.NotApplicable, text: qsTr("Not applicable"), name: "na" }
                        ]
                        Button {
                            id: resultButton
                            required property var modelData
                            objectName: "checklistResult-" + resultButton.modelData.name + "-" + row.index
                            Layout.fillWidth: true
                            Layout.preferredHeight: FlTheme.touch
                            checkable: true
                            checked: row.result === resultButton.modelData.value
                            enabled: !page.draft.isSigned
                            font.pixelSize: FlTheme.fontSmall
                            text: resultButton.modelData.text
                            // The chosen result stands out in full sun: filled, white text.
                            readonly property color tone: resultButton.modelData.value === ChecklistModel.ProblemFound
                                                          ? FlTheme.bad : FlTheme.accent
                            background: Rectangle {
                                color: resultButton.checked ? resultButton.tone : FlTheme.paper
                                border.color: resultButton.checked ? resultButton.tone : FlTheme.line
                                border.width: 2
                                radius: FlTheme.radius
                            }
                            contentItem: Label {
                                text: resultButton.text
                                font: resultButton.font
                                color: resultButton.checked ? FlTheme.accentInk : FlTheme.ink
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                elide: Text.ElideRight
                                maximumLineCount: 2
                            }
                            onClicked: page.draft.checklist.setResult(row.index, resultButton.modelData.value)
                        }
                    }
                }
                InspectionTextArea {
                    objectName: "checklistProblem" + row.index
                    Layout.fillWidth: true
                    Layout.minimumHeight: FlTheme.touch * 1.5
                    visible: row.result === ChecklistModel.ProblemFound
                    readOnly: page.draft.isSigned
                    placeholderText: qsTr("What was found, where, how much")
                    text: row.problem
                    onTextChanged: if (text !== row.problem)
                                       page.draft.checklist.setProblem(row.index, text)
                }
                // Photos of this item's problem, linked to the item (its text, as fieldctl does).
                EvidenceStrip {
                    objectName: "findingEvidence" + row.index
                    Layout.fillWidth: true
                    visible: row.result === ChecklistModel.ProblemFound
                             && page.draft.recordId.length > 0
                    store: page.draft.store
                    position: page.draft.position
                    recordId: page.draft.recordId
                    itemId: row.item
                    cameraAllowed: !page.draft.isSigned
                    onAdded: id => page.draft.addItemEvidence(row.index, id)
                }
            }
        }
    }

    Button {
        objectName: "checklistDone"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        text: qsTr("Save the checklist")
        font.pixelSize: FlTheme.fontBody
        enabled: !page.draft.isSigned
        onClicked: page.draft.save()
    }
}
