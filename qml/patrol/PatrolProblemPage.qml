import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// Reporting a problem found on the patrol (category, description, how it was handled, photos),
// placed at the current fix. Opened with `existingId` set it updates the handling of a problem
// reported earlier.
FlScrollPage {
    id: page
    objectName: "patrolProblemPage"
    title: existingId.length > 0 ? qsTr("Update the problem") : qsTr("Report a problem")

    readonly property var patrol: FieldApp.patrol
    readonly property var position: FieldApp.position
    readonly property var settings: FieldApp.settings

    // Set when updating a problem already saved (its handling only).
    property string existingId
    property int existingCategory: 0
    property string existingDescription
    // The id the new problem is saved under, known before saving so photos can be linked to it
    // (the evidence strip in problemEvidenceSlot uses it as its itemId).
    readonly property string problemId: existingId.length > 0 ? existingId : patrol.newProblemId()
    // The evidence ids of this problem's photos (the evidence strip keeps it up to date).
    property var evidenceIds: []
    property string localError

    // Re-read whenever the fix changes.
    readonly property var place: {
        page.position.timestampMs
        page.position.valid
        page.patrol.fixCount
        return page.patrol.problemLocation()
    }

    function amountValue() {
        const text = amount.text.trim().replace(",", ".")
        return text.length > 0 ? Number(text) : NaN
    }

    function save() {
        localError = ""
        if (handling.currentIndex === 1 && amount.text.trim().length > 0
                && !(amountValue() > 0)) {
            localError = qsTr("Enter the amount cleared as a number, for example 1.5.")
            return
        }
        let ok = false
        if (existingId.length > 0) {
            ok = patrol.markHandled(existingId, handling.currentIndex, amountValue(), unit.text,
                                    referredTo.text)
        } else {
            ok = patrol.addProblem(category.currentIndex, description.text,
                                   handling.currentIndex, amountValue(), unit.text,
                                   referredTo.text, page.evidenceIds, page.problemId) !== ""
        }
        if (ok)
            page.StackView.view.pop()
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("What did you find?")
        ComboBox {
            id: category
            objectName: "problemCategory"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            enabled: page.existingId.length === 0
            model: page.patrol.categoryNames()
            currentIndex: page.existingCategory
        }
        TextArea {
            id: description
            objectName: "problemDescription"
            Layout.fillWidth: true
            Layout.minimumHeight: FlTheme.touch * 2
            readOnly: page.existingId.length > 0
            text: page.existingDescription
            placeholderText: qsTr("Describe what you see, where exactly, and how big it is")
            wrapMode: TextEdit.Wrap
            font.pixelSize: FlTheme.fontBody
            background: Rectangle {
                color: FlTheme.paper
                border.color: description.activeFocus ? FlTheme.accent : FlTheme.line
                border.width: description.activeFocus ? 2 : 1
                radius: 2
            }
        }
    }

    FlSection {
        Layout.fillWidth: true
        title: qsTr("How was it handled?")
        ComboBox {
            id: handling
            objectName: "problemHandling"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            model: page.patrol.handlingNames()
        }
        RowLayout {
            Layout.fillWidth: true
            visible: handling.currentIndex === 1
            spacing: FlTheme.spacing
            FlField {
                id: amount
                objectName: "problemAmount"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                label: qsTr("Amount cleared (optional)")
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
            FlField {
                id: unit
                objectName: "problemUnit"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                label: qsTr("Unit")
                text: qsTr("t")
            }
        }
        FlField {
            id: referredTo
            objectName: "problemReferredTo"
            Layout.fillWidth: true
            visible: handling.currentIndex === 2
            label: qsTr("Referred to (unit or department)")
        }
    }

    FlSection {
        Layout.fillWidth: true
        visible: page.existingId.length === 0
        title: qsTr("Where")
        Label {
            objectName: "problemLocation"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: page.place.available && !page.place.fromTrack ? FlTheme.ink : FlTheme.warn
            text: !page.place.available
                  ? qsTr("No position yet: stay under open sky until there is a fix.")
                  : page.place.fromTrack
                    ? qsTr("No current fix: the problem is placed at the last track point, %1.")
                          .arg(page.settings.formatPosition(page.place.latitude,
                                                            page.place.longitude))
                    : qsTr("Here: %1 (%2)")
                          .arg(page.settings.formatPosition(page.place.latitude,
                                                            page.place.longitude))
                          .arg(page.settings.formatAccuracy(page.place.accuracy))
        }
    }

    FlSection {
        Layout.fillWidth: true
        visible: page.existingId.length === 0
        title: qsTr("Photos")
        EvidenceStrip {
            objectName: "problemEvidence"
            Layout.fillWidth: true
            store: FieldApp.store
            position: FieldApp.position
            recordId: page.patrol.patrolId
            itemId: page.problemId
            onEvidenceIdsChanged: page.evidenceIds = evidenceIds
        }
    }

    FlMessage {
        objectName: "problemError"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: page.localError.length > 0 ? page.localError : page.patrol.lastError
    }

    Button {
        objectName: "problemSave"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        highlighted: true
        text: page.existingId.length > 0 ? qsTr("Save the handling") : qsTr("Save the problem")
        onClicked: page.save()
    }
}
