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

    ListModel {
        id: clues
        ListElement {
            latitude: 41.96
            longitude: 86.70
            title: "Clue A"
        }
        ListElement {
            latitude: 41.93
            longitude: 86.80
            title: "Clue B"
        }
    }

    MapPane {
        id: pane
        anchors.fill: parent
        GeoJsonLayer {
            id: rivers
            source: ":/geo/xinjiang-rivers.geojson"
        }
        TrackLayer {
            id: trackLayer
            color: "#ff0000"
            width: 8
            path: TrackPath {
                id: track
            }
        }
        PointLayer {
            id: points
            model: clues
            labelRole: "title"
            color: "#ff00ff"
        }
    }

    // The same pane in a right-to-left layout (Uyghur): controls swap sides, the map does not.
    Item {
        anchors.fill: parent
        visible: false
        LayoutMirroring.enabled: true
        LayoutMirroring.childrenInherit: true
        MapPane {
            id: mirrored
            anchors.fill: parent
        }
    }

    SignalSpy {
        id: pointSpy
        target: points
        signalName: "pointClicked"
    }

    TestCase {
        name: "MapPane"
        when: windowShown

        function init() {
            pane.map.centerOn(41.95, 86.75, 10);
            pane.positionValid = false;
        }

        function test_layers_reach_the_map() {
            compare(pane.map.layers.length, 3);
            compare(rivers.featureCount, 595);
            compare(rivers.error, "");
        }

        function test_zoom_buttons() {
            const zoomIn = findChild(pane, "mapZoomIn");
            const zoomOut = findChild(pane, "mapZoomOut");
            verify(zoomIn && zoomOut);
            verify(zoomIn.width >= 56 && zoomIn.height >= 56);
            mouseClick(zoomIn);
            fuzzyCompare(pane.zoom, 11, 1e-9);
            mouseClick(zoomOut);
            mouseClick(zoomOut);
            fuzzyCompare(pane.zoom, 9, 1e-9);
            // The centre stays where it was.
            fuzzyCompare(pane.centerLatitude, 41.95, 1e-9);
            fuzzyCompare(pane.centerLongitude, 86.75, 1e-9);
        }

        function test_zoom_out_stops_at_the_limit() {
            const zoomOut = findChild(pane, "mapZoomOut");
            pane.zoom = 3.5;
            mouseClick(zoomOut);
            compare(pane.zoom, 3);
            verify(!zoomOut.enabled);
        }

        function test_centre_on_me() {
            const button = findChild(pane, "mapCentreOnMe");
            verify(!button.enabled);
            pane.positionLatitude = 42.1;
            pane.positionLongitude = 87.0;
            pane.positionAccuracy = 8;
            pane.positionValid = true;
            verify(button.enabled);
            mouseClick(button);
            fuzzyCompare(pane.centerLatitude, 42.1, 1e-9);
            fuzzyCompare(pane.centerLongitude, 87.0, 1e-9);
            compare(pane.zoom, pane.followZoom);
        }

        function test_pinch_zooms_in() {
            const before = pane.zoom;
            const cx = pane.width / 2;
            const cy = pane.height / 2;
            let touch = touchEvent(pane);
            touch.press(0, pane, cx - 40, cy).press(1, pane, cx + 40, cy).commit();
            for (let step = 1; step <= 10; ++step) {
                touch.move(0, pane, cx - 40 - step * 12, cy).move(1, pane, cx + 40 + step * 12, cy).commit();
                wait(10);
            }
            touch.release(0, pane, cx - 160, cy).release(1, pane, cx + 160, cy).commit();
            // Fingers from 80 to 320 px apart: about two zoom levels closer.
            verify(pane.zoom > before + 1.2, "zoom " + before + " -> " + pane.zoom);
            verify(pane.zoom < before + 2.2, "zoom " + before + " -> " + pane.zoom);
        }

        function test_drag_pans() {
            const before = pane.map.toScreen(41.95, 86.75);
            mouseDrag(pane, 100, 400, 120, 0, Qt.LeftButton, Qt.NoModifier, 20);
            const after = pane.map.toScreen(41.95, 86.75);
            verify(after.x > before.x + 60, "moved " + (after.x - before.x));
        }

        function test_tapping_a_point_reports_its_row() {
            pointSpy.clear();
            const at = pane.map.toScreen(41.93, 86.80);
            mouseClick(pane, at.x + 8, at.y + 8);
            compare(pointSpy.count, 1);
            compare(pointSpy.signalArguments[0][0], 1);
            mouseClick(pane, 5, pane.height / 2); // nowhere near a point
            compare(pointSpy.count, 1);
        }

        function test_the_scene_shows_the_track() {
            pane.zoom = 14;
            track.clear();
            track.appendCoordinate(41.95, 86.70);
            track.appendCoordinate(41.95, 86.80);
            waitForRendering(pane.map);
            const image = grabImage(pane.map);
            const y = Math.round(pane.map.toScreen(41.95, 86.75).y);
            const x = Math.round(pane.map.toScreen(41.95, 86.75).x) + 60;
            verify(Qt.colorEqual(image.pixel(x, y), "#ff0000"), "" + image.pixel(x, y));
            verify(!Qt.colorEqual(image.pixel(x, y - 40), "#ff0000"));
            track.clear();
        }

        function test_right_to_left_mirrors_controls_not_the_map() {
            mirrored.map.centerOn(41.95, 86.75, 10);
            const west = mirrored.map.toScreen(41.95, 86.70);
            const east = mirrored.map.toScreen(41.95, 86.80);
            verify(east.x > west.x);
            const zoomIn = findChild(mirrored, "mapZoomIn");
            const scaleBar = findChild(mirrored, "mapScaleBar");
            const buttonX = zoomIn.mapToItem(mirrored, 0, 0).x;
            verify(buttonX < mirrored.width / 2, "zoom buttons at " + buttonX);
            verify(scaleBar.mapToItem(mirrored, 0, 0).x > mirrored.width / 2);
        }

        function test_scale_bar() {
            const label = findChild(pane, "mapScaleLabel");
            pane.zoom = 17;
            verify(label.text.indexOf("km") < 0, label.text);
            pane.zoom = 6;
            verify(label.text.indexOf("km") > 0, label.text);
        }
    }
}
