import QtQuick
import QtTest
import Hearth
import Hearth.App

// Text size and colours, chosen before anything is unlocked: the choice reaches every size
// and colour of the Style at once and is what the settings file keeps.
Item {
    id: root

    width: 800
    height: 1280

    Component {
        id: shellComponent

        AppShell {
            width: root.width
            height: root.height
            focus: true
        }
    }

    TestCase {
        id: testCase

        property var shell: null

        function openDialog() {
            mouseClick(findChild(shell, "displayButton"));
            const dialog = findChild(shell, "displayDialog");
            tryCompare(dialog, "opened", true);
            return dialog;
        }

        // The choices are Repeater delegates: only the dialog's visual tree holds them.
        function option(dialog, name) {
            const item = findChild(dialog.contentItem, name);
            verify(item, name);
            return item;
        }

        function closeDialog(dialog) {
            mouseClick(findChild(dialog, "displayDoneButton"));
            tryCompare(dialog, "visible", false);
        }

        function cleanupTestCase() {
            Display.setTextScale(100);
            Display.theme = Display.System;
            shell.destroy();
        }

        function initTestCase() {
            compare(Session.state, Session.NeedsSetup);
            shell = shellComponent.createObject(root);
            verify(findChild(shell, "firstRunPage"));
        }

        function test_a_startsAtTheSystemSize() {
            compare(Display.textScale, 100);
            verify(Style.bodySize >= 17, "never below the tablet floor");
            compare(findChild(shell, "firstRunSubmitButton").font.pixelSize, Style.bodySize);
        }

        function test_b_largestTextDoublesEverySize() {
            const button = findChild(shell, "firstRunSubmitButton");
            const body = Style.bodySize;
            const heading = Style.headingSize;
            const touch = Style.touchTarget;
            const buttonHeight = button.height;
            const dialog = openDialog();
            mouseClick(option(dialog, "textScale200"));
            compare(Display.textScale, 200);
            compare(Style.bodySize, body * 2);
            compare(Style.headingSize, heading * 2);
            compare(Style.touchTarget, touch * 2);
            compare(button.font.pixelSize, body * 2);
            tryVerify(() => button.height > buttonHeight, 1000, "the button grows with its text");
            verify(button.height >= button.contentItem.implicitHeight, "and holds all of it");
            verify(option(dialog, "textScale200").checked);
            closeDialog(dialog);
        }

        function test_c_refusesASizeNotOffered() {
            compare(Display.textScale, 200);
            verify(!Display.setTextScale(300));
            compare(Display.textScale, 200, "unchanged");
        }

        function test_d_everyStepIsOffered() {
            const dialog = openDialog();
            for (const percent of Display.textScales) {
                mouseClick(option(dialog, "textScale" + percent));
                compare(Display.textScale, percent);
                compare(Style.bodySize, Math.round(Style.textScale * 17));
            }
            verify(Display.textScales.length >= 5);
            closeDialog(dialog);
        }

        function test_e_darkColours() {
            const light = Qt.color(Style.surface);
            const dialog = openDialog();
            mouseClick(option(dialog, "themeDark"));
            compare(Display.theme, Display.Dark);
            verify(Style.dark);
            verify(Qt.color(Style.surface).hslLightness < light.hslLightness);
            verify(Qt.color(Style.text).hslLightness > Qt.color(Style.surface).hslLightness, "light text on a dark page");
            mouseClick(option(dialog, "themeLight"));
            verify(!Style.dark);
            compare(Qt.color(Style.surface), light);
            closeDialog(dialog);
        }

        name: "Display"
        when: windowShown
    }
}
