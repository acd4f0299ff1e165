import QtQuick
import QtQuick.Controls
import QtTest
import FieldLedger

// MapPane: the glove-sized buttons zoom, "centre on me" needs a fix, drag pans, the scale bar
// follows the zoom, and layers put inside the pane reach its map.
Item {
    id: root
    width: 432
    height: 600

    MapPane {
        id: pane
        anchors.fill: parent
        GeoJsonLayer { id: rivers; source: ":/geo/xinjiang-rivers.geojson" }
        TrackLayer { path: TrackPath { id: track } }
    }

    TestCase {
        name: "MapPane"
        when: windowShown

        function init() {
            pane.map.centerOn(41.95, 86.75, 10)
            pane.positionValid = false
        }

        function test_layers_reach_the_map() {
            compare(pane.map.layers.length, 2)
            compare(rivers.featureCount, 595)
            compare(rivers.error, "")
        }

        function test_zoom_buttons() {
            const zoomIn = findChild(pane, "mapZoomIn")
            const zoomOut = findChild(pane, "mapZoomOut")
            verify(zoomIn && zoomOut)
            verify(zoomIn.width >= 56 && zoomIn.height >= 56)
            mouseClick(zoomIn)
            fuzzyCompare(pane.zoom, 11, 1e-9)
            mouseClick(zoomOut)
            mouseClick(zoomOut)
            fuzzyCompare(pane.zoom, 9, 1e-9)
            // The centre stays where it was.
            fuzzyCompare(pane.centerLatitude, 41.95, 1e-9)
            fuzzyCompare(pane.centerLongitude, 86.75, 1e-9)
        }

        function test_zoom_out_stops_at_the_limit() {
            const zoomOut = findChild(pane, "mapZoomOut")
            pane.zoom = 3.5
            mouseClick(zoomOut)
            compare(pane.zoom, 3)
            verify(!zoomOut.enabled)
        }

        function test_centre_on_me() {
            const button = findChild(pane, "mapCentreOnMe")
            verify(!button.enabled)
            pane.positionLatitude = 42.1
            pane.positionLongitude = 87.0
            pane.positionAccuracy = 8
            pane.positionValid = true
            verify(button.enabled)
            mouseClick(button)
            fuzzyCompare(pane.centerLatitude, 42.1, 1e-9)
            fuzzyCompare(pane.centerLongitude, 87.0, 1e-9)
            compare(pane.zoom, pane.followZoom)
        }

        function test_drag_pans() {
            const before = pane.map.toScreen(41.95, 86.75)
            mouseDrag(pane, 100, 400, 120, 0, Qt.LeftButton, Qt.NoModifier, 20)
            const after = pane.map.toScreen(41.95, 86.75)
            verify(after.x > before.x + 60, "moved " + (after.x - before.x))
        }

        function test_scale_bar() {
            const label = findChild(pane, "mapScaleLabel")
            pane.zoom = 17
            verify(label.text.indexOf("km") < 0, label.text)
            pane.zoom = 6
            verify(label.text.indexOf("km") > 0, label.text)
        }
    }
}
