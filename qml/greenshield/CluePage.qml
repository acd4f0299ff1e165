import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// One clue: the map, the way there (arrow and distance), what remote sensing saw, the on-site
// verification with the derived functional zone, evidence, and rectification to close-out.
FlScrollPage {
    id: page
    objectName: "cluePage"
    property string clueId
    // The device heading when known (degrees from north); 0 keeps the arrow north-up.
    property real headingDegrees: 0

    title: clueEditor.clueCode.length > 0 ? clueEditor.clueCode : qsTr("Clue")

    ClueEditor {
        id: clueEditor
        store: FieldApp.store
        position: FieldApp.position
    }
    Component.onCompleted: if (clueId.length > 0) clueEditor.load(clueId)

    function save() {
        if (clueEditor.save())
            saveMessage.text = qsTr("Saved (version %1). It will be sent at the next sync.")
                                   .arg(clueEditor.revision)
        else
            saveMessage.text = ""
    }

    // The clue, the reserve's zones, rivers and lakes, and where I am.
    ListModel { id: cluePoint }
    Connections {
        target: clueEditor
        function onLoadedChanged() {
            cluePoint.clear()
            if (!isNaN(clueEditor.clueLatitude)) {
                cluePoint.append({ latitude: clueEditor.clueLatitude,
                                   longitude: clueEditor.clueLongitude,
                                   title: clueEditor.clueCode })
                clueMap.map.centerOn(clueEditor.clueLatitude, clueEditor.clueLongitude, 13)
            }
        }
    }
    MapPane {
        id: clueMap
        objectName: "clueMap"
        Layout.fillWidth: true
        Layout.preferredHeight: 260
        positionLatitude: FieldApp.position.latitude
        positionLongitude: FieldApp.position.longitude
        positionAccuracy: FieldApp.position.accuracy
        positionValid: FieldApp.position.valid
        GeoJsonLayer { source: ":/geo/xinjiang-border.geojson"; strokeColor: "#6d4c41"; strokeWidth: 2; fillColor: "transparent" }
        GeoJsonLayer { source: ":/geo/xinjiang-lakes.geojson"; strokeColor: "#0b5cad"; strokeWidth: 2 }
        GeoJsonLayer { source: ":/geo/xinjiang-rivers.geojson"; strokeColor: "#4f8fd6"; strokeWidth: 1.5 }
        ProtectedAreaLayer { store: FieldApp.store }
        PointLayer {
            model: cluePoint
            latitudeRole: "latitude"
            longitudeRole: "longitude"
            labelRole: "title"
            color: FlTheme.bad
            radius: 10
            z: 10
        }
    }

    NavigationArrow {
        objectName: "clueNavigation"
        Layout.fillWidth: true
        bearingDegrees: clueEditor.bearingDegrees
        headingDegrees: page.headingDegrees
        distanceText: clueEditor.distanceText
    }
    Label {
        objectName: "clueBearing"
        Layout.fillWidth: true
        visible: text.length > 0
        text: clueEditor.bearingText.length > 0
              ? qsTr("Direction %1 from here (north up)").arg(clueEditor.bearingText) : ""
        font.pixelSize: FlTheme.fontBody
        color: FlTheme.ink
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
    FlMessage {
        Layout.fillWidth: true
        level: FlMessage.Level.Info
        text: !FieldApp.position.valid ? FieldApp.position.message
              : clueEditor.loaded && !isFinite(clueEditor.clueLatitude)
                ? qsTr("This clue has no location, so no direction can be shown.") : ""
    }

    FlMessage {
        objectName: "clueError"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: clueEditor.error
    }
    Button {
        objectName: "clueKeepMine"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        visible: clueEditor.conflict
        text: qsTr("Keep my entries on the newer version")
        font.pixelSize: FlTheme.fontBody
        onClicked: clueEditor.keepMineOnLatest()
    }

    ClueFacts {
        Layout.fillWidth: true
        editor: clueEditor
        locationText: isFinite(clueEditor.clueLatitude)
                      ? FieldApp.settings.formatPosition(clueEditor.clueLatitude, clueEditor.clueLongitude)
                      : ""
    }

    ClueVerificationForm {
        Layout.fillWidth: true
        editor: clueEditor
        fixAvailable: FieldApp.position.valid
        positionText: clueEditor.hasVerificationPosition
                      ? qsTr("%1 (%2)")
                        .arg(FieldApp.settings.formatPosition(clueEditor.verificationLatitude,
                                                              clueEditor.verificationLongitude))
                        .arg(FieldApp.settings.formatAccuracy(clueEditor.verificationAccuracy))
                      : ""
    }

    Label {
        Layout.fillWidth: true
        text: clueEditor.verificationEvidenceIds.length > 0
              ? qsTr("%n verification evidence file(s) attached.", "",
                     clueEditor.verificationEvidenceIds.length)
              : qsTr("Verification evidence: add photos of what you found.")
        font.pixelSize: FlTheme.fontSmall
        color: FlTheme.muted
        wrapMode: Text.Wrap
    }
    EvidenceStrip {
        objectName: "clueEvidence"
        Layout.fillWidth: true
        store: FieldApp.store
        position: FieldApp.position
        recordId: clueEditor.clueId
        itemId: "verification"
        onAdded: id => clueEditor.addVerificationEvidence(id)
    }

    FlMessage {
        id: saveMessage
        objectName: "clueSaved"
        Layout.fillWidth: true
        level: FlMessage.Level.Success
        Connections {
            target: clueEditor
            function onFormChanged() { if (clueEditor.dirty) saveMessage.text = "" }
        }
    }
    Button {
        objectName: "clueSave"
        Layout.fillWidth: true
        Layout.preferredHeight: FlTheme.touch
        enabled: clueEditor.loaded
        highlighted: true
        text: qsTr("Save verification")
        font.pixelSize: FlTheme.fontBody
        onClicked: page.save()
    }

    ClueRectificationSection {
        Layout.fillWidth: true
        Layout.topMargin: FlTheme.spacing
        editor: clueEditor
        store: FieldApp.store
        position: FieldApp.position
        onSaveRequested: page.save()
    }
    // The same outcome again next to the lower Save button, so it is seen where it was pressed.
    FlMessage {
        objectName: "clueErrorBottom"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: clueEditor.error
    }
    FlMessage {
        Layout.fillWidth: true
        level: FlMessage.Level.Success
        text: saveMessage.text
    }
}
