import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One problem found on a patrol: what, how it was handled, when and how many photos.
// Reads only its own properties (the page fills them from PatrolProblemModel's roles).
Rectangle {
    id: row
    property string problemId
    property string categoryName
    property bool fourDisorders: false
    property string description
    property int handling: 0 // fl::ProblemHandling: 0 pending, 1 cleared on the spot, 2 referred
    property string handlingName
    property var amount
    property string unit
    property string referredTo
    property string timeText
    property int evidenceCount: 0
    signal updateRequested(string problemId)

    implicitHeight: content.implicitHeight + 2 * FlTheme.spacing
    radius: FlTheme.radius
    color: FlTheme.surface
    border.color: fourDisorders ? FlTheme.warn : FlTheme.line
    border.width: fourDisorders ? 2 : 1

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: FlTheme.spacing
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: row.categoryName
            font.bold: true
            font.pixelSize: FlTheme.fontBody
            color: FlTheme.ink
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: row.description.length > 0
            text: row.description
            color: FlTheme.ink
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: row.handling === 1 && row.amount !== undefined && row.amount !== null
                  ? qsTr("%1: %2 %3").arg(row.handlingName).arg(row.amount).arg(row.unit)
                  : row.handling === 2
                    ? qsTr("%1 to %2").arg(row.handlingName).arg(row.referredTo)
                    : row.handlingName
            color: row.handling === 0 ? FlTheme.warn : FlTheme.good
            font.pixelSize: FlTheme.fontSmall
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            Label {
                Layout.fillWidth: true
                text: row.evidenceCount > 0
                      ? qsTr("%1 · %n photo(s)", "", row.evidenceCount).arg(row.timeText)
                      : row.timeText
                color: FlTheme.muted
                font.pixelSize: FlTheme.fontSmall
                elide: Text.ElideRight
            }
            Button {
                objectName: "problemUpdate"
                visible: row.handling === 0
                Layout.preferredHeight: FlTheme.touch
                text: qsTr("Update handling")
                onClicked: row.updateRequested(row.problemId)
            }
        }
    }
}
