import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FieldLedger

// 巡河: start a patrol (river or lake, segment, division, chief level), then record it with the
// live figures, the map, pause / resume / stop, and the problems found on the way.
FlScrollPage {
    id: page
    objectName: "patrolPage"
    title: qsTr("River patrol")

    readonly property var patrol: FieldApp.patrol
    readonly property var position: FieldApp.position
    readonly property var settings: FieldApp.settings
    readonly property bool running: patrol.state === PatrolSession.Recording
                                    || patrol.state === PatrolSession.Paused

    function stop() {
        if (page.patrol.finish())
            page.StackView.view.push(Qt.resolvedUrl("PatrolSummaryPage.qml"))
    }

    FlFixBadge {
        objectName: "patrolFix"
        Layout.fillWidth: true
        quality: page.position.quality
        text: page.position.valid && !isNaN(page.position.accuracy)
              ? qsTr("%1, %2").arg(page.position.message)
                              .arg(page.settings.formatAccuracy(page.position.accuracy))
              : page.position.message
    }

    FlMessage {
        objectName: "patrolError"
        Layout.fillWidth: true
        level: FlMessage.Level.Error
        text: page.patrol.lastError
    }
    FlMessage {
        Layout.fillWidth: true
        level: FlMessage.Level.Info
        text: page.patrol.resumedAfterRestart
              ? qsTr("Today's patrol was not finished, so it is back here, paused. Resume it or stop it.")
              : ""
    }

    // Before a patrol ------------------------------------------------------------------------
    FlSection {
        Layout.fillWidth: true
        visible: page.patrol.state === PatrolSession.Idle
        title: qsTr("New patrol")
        FlField {
            id: waterBody
            objectName: "patrolWaterBody"
            Layout.fillWidth: true
            label: qsTr("River or lake")
            placeholderText: qsTr("For example: Urumqi River")
        }
        FlField {
            id: segment
            objectName: "patrolSegment"
            Layout.fillWidth: true
            label: qsTr("Segment")
            placeholderText: qsTr("For example: Hongyanchi bridge to Liudaowan")
        }
        FlField {
            id: division
            objectName: "patrolDivision"
            Layout.fillWidth: true
            label: qsTr("Division code (6 digits)")
            inputMethodHints: Qt.ImhDigitsOnly
            placeholderText: "650102"
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Your level as river chief")
            font.pixelSize: FlTheme.fontSmall
            color: FlTheme.muted
            wrapMode: Text.Wrap
        }
        ComboBox {
            id: level
            objectName: "patrolLevel"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            model: page.patrol.chiefLevelNames()
            currentIndex: 4
        }
        Button {
            objectName: "patrolStart"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            highlighted: true
            text: qsTr("Start patrol")
            onClicked: page.patrol.start(waterBody.text, segment.text, division.text,
                                         level.currentIndex, "")
        }
    }

    // While patrolling -----------------------------------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.running
        spacing: FlTheme.spacing
        Label {
            Layout.fillWidth: true
            text: page.patrol.segment.length > 0
                  ? qsTr("%1, %2").arg(page.patrol.waterBody).arg(page.patrol.segment)
                  : page.patrol.waterBody
            font.pixelSize: FlTheme.fontTitle
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            objectName: "patrolState"
            Layout.fillWidth: true
            text: page.patrol.state === PatrolSession.Paused
                  ? qsTr("Paused: the track is not recorded")
                  : qsTr("Recording the track")
            color: page.patrol.state === PatrolSession.Paused ? FlTheme.warn : FlTheme.good
            font.bold: true
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            FlStat {
                objectName: "patrolDistance"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                value: page.settings.formatDistance(page.patrol.distanceMeters)
                label: qsTr("Distance")
            }
            FlStat {
                objectName: "patrolDuration"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                value: page.settings.formatDuration(page.patrol.durationSeconds)
                label: qsTr("Time")
            }
        }
        Label {
            Layout.fillWidth: true
            text: page.patrol.droppedCount > 0
                  ? qsTr("%n track point(s) recorded", "", page.patrol.fixCount) + " · "
                    + qsTr("%n poor fix(es) left out", "", page.patrol.droppedCount)
                  : qsTr("%n track point(s) recorded", "", page.patrol.fixCount)
            color: FlTheme.muted
            font.pixelSize: FlTheme.fontSmall
            wrapMode: Text.Wrap
        }

        // Keeps me in view on the map while the patrol records.
        Connections {
            target: FieldApp.position
            function onChanged() {
                if (FieldApp.position.valid && FieldApp.patrol.state === PatrolSession.Recording)
                    patrolMap.map.centerOn(FieldApp.position.latitude, FieldApp.position.longitude)
            }
        }
        // The live track on the river network.
        MapPane {
            id: patrolMap
            objectName: "patrolMap"
            Layout.fillWidth: true
            Layout.preferredHeight: 280
            positionLatitude: FieldApp.position.latitude
            positionLongitude: FieldApp.position.longitude
            positionAccuracy: FieldApp.position.accuracy
            positionValid: FieldApp.position.valid
            GeoJsonLayer { source: ":/geo/xinjiang-border.geojson"; strokeColor: "#6d4c41"; strokeWidth: 2; fillColor: "transparent" }
            GeoJsonLayer { source: ":/geo/xinjiang-lakes.geojson"; strokeColor: "#0b5cad"; strokeWidth: 2 }
            GeoJsonLayer { source: ":/geo/xinjiang-rivers.geojson"; strokeColor: "#4f8fd6"; strokeWidth: 2 }
            TrackLayer { path: FieldApp.patrol.track; color: "#c2185b"; width: 5; z: 5 }
            Component.onCompleted: {
                if (FieldApp.position.valid)
                    map.centerOn(FieldApp.position.latitude, FieldApp.position.longitude, 15)
                else
                    map.centerOn(43.82, 87.61, 12) // Urumqi until the first fix
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: FlTheme.spacing
            Button {
                objectName: "patrolPause"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: FlTheme.touch
                visible: page.patrol.state === PatrolSession.Recording
                text: qsTr("Pause")
                onClicked: page.patrol.pause()
            }
            Button {
                objectName: "patrolResume"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: FlTheme.touch
                visible: page.patrol.state === PatrolSession.Paused
                highlighted: true
                text: qsTr("Resume")
                onClicked: page.patrol.resume()
            }
            // Finishing cannot be undone: a gloved mis-tap only arms the button, a second tap
            // within four seconds finishes.
            Button {
                id: stopButton
                objectName: "patrolStop"
                property bool armed: false
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: FlTheme.touch
                highlighted: armed
                text: armed ? qsTr("Tap again to finish") : qsTr("Stop and finish")
                onClicked: {
                    if (armed) {
                        armed = false
                        page.stop()
                    } else {
                        armed = true
                        disarm.restart()
                    }
                }
                Timer {
                    id: disarm
                    interval: 4000
                    onTriggered: stopButton.armed = false
                }
            }
        }
        Button {
            objectName: "patrolAddProblem"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Report a problem")
            onClicked: page.StackView.view.push(Qt.resolvedUrl("PatrolProblemPage.qml"))
        }

        FlSection {
            Layout.fillWidth: true
            title: page.patrol.problems.count > 0
                   ? qsTr("Problems found (%1)").arg(page.patrol.problems.count)
                   : qsTr("No problems reported yet")
            Repeater {
                model: page.patrol.problems
                PatrolProblemDelegate {
                    required problemId
                    required property int category
                    required categoryName
                    required fourDisorders
                    required description
                    required handling
                    required handlingName
                    required amount
                    required unit
                    required referredTo
                    required property double foundAtMs
                    required evidenceCount
                    Layout.fillWidth: true
                    timeText: page.settings.formatTime(foundAtMs)
                    onUpdateRequested: id => page.StackView.view.push(
                        Qt.resolvedUrl("PatrolProblemPage.qml"),
                        { existingId: id, existingCategory: category,
                          existingDescription: description })
                }
            }
        }
    }

    // After a patrol (when coming back to this page) -------------------------------------------
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.patrol.state === PatrolSession.Finished
        spacing: FlTheme.spacing
        Button {
            objectName: "patrolShowSummary"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("Show the patrol summary")
            onClicked: page.StackView.view.push(Qt.resolvedUrl("PatrolSummaryPage.qml"))
        }
        Button {
            objectName: "patrolNew"
            Layout.fillWidth: true
            Layout.preferredHeight: FlTheme.touch
            text: qsTr("New patrol")
            onClicked: page.patrol.clear()
        }
    }
}
