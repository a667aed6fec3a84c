import QtQuick
import QtTest
import Hearth
import Hearth.App

// Photographs on step 8 with a real workspace: with no camera (these machines have none) the
// file choice is offered and said so; a photo chosen from a file is shown from the vault,
// captioned and linked to a mark; a file that is not a photo is refused with nothing added;
// and a photo is removed again before signing.
Item {
    id: root

    width: 1280
    height: 800

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

        name: "Photos"
        when: windowShown

        function initTestCase() {
            Session.setUp("kettle on the hob", "kettle on the hob");
            tryCompare(Workspace, "ready", true, 20000);
            shell = shellComponent.createObject(root);
        }

        function cleanupTestCase() {
            shell.destroy();
        }

        function openStepEight() {
            const childId = Workspace.addChild("Photo", "Test", "2021-05-04", "");
            verify(childId.length > 0);
            verify(Workspace.startVisit(childId));
            tryVerify(() => {
                const shown = findChild(shell, "visitPage");
                return shown !== null && shown.visit === Workspace.visit;
            });
            const page = findChild(shell, "visitPage");
            page.visit.step = 7;
            tryVerify(() => findChild(page, "photoFromFile") !== null, 5000, "the file choice");
            return page;
        }

        function bringIntoView(page, item) {
            const flick = findChild(page, "stepScroll").contentItem;
            waitForRendering(page);
            flick.contentY = Math.max(0, item.mapToItem(flick.contentItem, 0, 0).y - 40);
            waitForRendering(page);
        }

        function test_addFromAFileAndRemoveBeforeSigning() {
            const page = openStepEight();
            const visit = page.visit;

            // No camera here: only the file choice, and the page says why.
            const camera = findChild(page, "photoCamera");
            verify(!camera.visible, "no camera button without a camera");
            verify(findChild(page, "photoCameraProblem").visible);
            verify(findChild(page, "photoFromFile").visible);

            // Not a photo: refused, nothing added.
            verify(!visit.addPhotoFromFile(Qt.resolvedUrl("tst_photos.qml")));
            verify(visit.errorText.length > 0);
            compare(visit.rowCount(VisitField.Photos), 0);

            // What the file dialog hands over when a photo is chosen.
            verify(visit.addPhotoFromFile(Qt.resolvedUrl("../../packaging/icons/hearth-128.png")));
            compare(visit.errorText, "");
            compare(visit.rowCount(VisitField.Photos), 1);
            compare(visit.photos[0].width, 128);
            tryVerify(() => findChild(page, "photoImage:0") !== null, 5000, "the photo is shown");
            const image = findChild(page, "photoImage:0");
            tryCompare(image, "status", Image.Ready);
            compare(image.cache, false);
            verify(image.source.toString().startsWith("image://vaultphoto/"));
            compare(image.implicitWidth, 128, "decoded from the vault");

            // Its caption, and the mark it shows once there is one.
            verify(visit.write(VisitField.PhotoCaption, "", 0, "Hallway"));
            compare(visit.photos[0].caption, "Hallway");
            verify(visit.placeBodyMark("front", 5000, 4000) === 0);
            verify(visit.write(VisitField.PhotoMark, "", 0, 1));
            compare(visit.photos[0].mark, 1);
            compare(findChild(page, "photoMark:0").currentIndex, 1);

            // Removed before signing: gone from the visit and the page.
            const remove = findChild(page, "removePhoto:0");
            verify(remove);
            bringIntoView(page, remove);
            mouseClick(remove);
            compare(visit.rowCount(VisitField.Photos), 0);
            tryVerify(() => findChild(page, "photoImage:0") === null, 5000, "no photo shown");
            Workspace.closeVisit();
        }
    }
}
