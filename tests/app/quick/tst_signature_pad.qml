import QtQuick
import QtTest
import FieldLedger

// The signature pad draws what a finger, pen or mouse writes, and clears.
Item {
    id: root
    width: 400
    height: 300

    SignaturePad {
        id: pad
        anchors.fill: parent
    }

    TestCase {
        name: "SignaturePad"
        when: windowShown

        function init() {
            pad.clear()
        }

        function drag(fromX, fromY, toX, toY) {
            mousePress(pad, fromX, fromY)
            for (let i = 1; i <= 10; ++i)
                mouseMove(pad, fromX + (toX - fromX) * i / 10, fromY + (toY - fromY) * i / 10)
            mouseRelease(pad, toX, toY)
        }

        function test_dragDraws() {
            verify(pad.empty)
            compare(pad.strokeCount, 0)
            drag(40, 150, 360, 120)
            verify(!pad.empty)
            compare(pad.strokeCount, 1)
            drag(60, 60, 80, 240)
            compare(pad.strokeCount, 2)
            // The rendering kept as evidence holds both strokes.
            compare(pad.svg().split("<path").length - 1, 2)
        }

        function test_inkIsVisible() {
            drag(40, 150, 360, 150)
            let image = grabImage(pad)
            verify(image.pixel(200, 150) !== image.pixel(200, 20), "ink drawn along the stroke")
        }

        function test_clearEmpties() {
            drag(40, 150, 360, 120)
            verify(!pad.empty)
            pad.clear()
            verify(pad.empty)
            compare(pad.strokeCount, 0)
            compare(pad.svg().indexOf("<path"), -1)
        }

        function test_touchDraws() {
            let touch = touchEvent(pad)
            touch.press(0, pad, 50, 50).commit()
            touch.move(0, pad, 150, 90).commit()
            touch.move(0, pad, 250, 60).commit()
            touch.release(0, pad, 250, 60).commit()
            verify(!pad.empty)
            compare(pad.strokeCount, 1)
        }
    }
}
