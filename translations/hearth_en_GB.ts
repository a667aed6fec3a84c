<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AcknowledgeFlagDialog</name>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Acknowledge this flag</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The flag stays on the record, marked acknowledged, and comes back if new evidence is recorded.</source>
        <translation>The flag stays on the record, marked acknowledged, and comes back if new evidence is recorded.</translation>
    </message>
    <message>
        <source>What you make of it, and what you will do</source>
        <translation>What you make of it, and what you will do</translation>
    </message>
    <message>
        <source>What you make of this flag</source>
        <translation>What you make of this flag</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Type your passcode to sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>AddChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Child's given name</source>
        <translation>Child's given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Child's family name</source>
        <translation>Child's family name</translation>
    </message>
    <message>
        <source>Unborn child</source>
        <translation>Unborn child</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Expected date</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Add child</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend this visit</source>
        <translation>Amend this visit</translation>
    </message>
    <message>
        <source>The signed visit stays as it is. The amendment is signed as a new record that points to it.</source>
        <translation>The signed visit stays as it is. The amendment is signed as a new record that points to it.</translation>
    </message>
    <message>
        <source>What should the record now say?</source>
        <translation>What should the record now say?</translation>
    </message>
    <message>
        <source>What the record should now say</source>
        <translation>What the record should now say</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reason for the amendment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign amendment</source>
        <translation>Sign amendment</translation>
    </message>
</context>
<context>
    <name>BodyMapFigure</name>
    <message>
        <source>Back of the body</source>
        <translation>Back of the body</translation>
    </message>
    <message>
        <source>Front of the body</source>
        <translation>Front of the body</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Right</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
</context>
<context>
    <name>BodyMapSection</name>
    <message>
        <source>Body map</source>
        <translation>Body map</translation>
    </message>
    <message>
        <source>Tap the new place for mark %1.</source>
        <translation>Tap the new place for mark %1.</translation>
    </message>
    <message>
        <source>If you saw an injury, tap the outline where it is. Left and right are the child’s.</source>
        <translation>If you saw an injury, tap the outline where it is. Left and right are the child’s.</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Baby (under 1)</translation>
    </message>
    <message>
        <source>Child (1 to 10)</source>
        <translation>Child (1 to 10)</translation>
    </message>
    <message>
        <source>Older child (11 and over)</source>
        <translation>Older child (11 and over)</translation>
    </message>
    <message>
        <source>Mark %1: %2 (%3)</source>
        <translation>Mark %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>Cancel move</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Move mark %1</source>
        <translation>Move mark %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove mark %1</source>
        <translation>Remove mark %1</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Width (mm)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Shape, edges, pattern and anything in it, as you saw it.</source>
        <translation>Shape, edges, pattern and anything in it, as you saw it.</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>Date seen</translation>
    </message>
    <message>
        <source>Date of injury, if known</source>
        <translation>Date of injury, if known</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>Body map</translation>
    </message>
</context>
<context>
    <name>BodyRegion</name>
    <message>
        <source>face and front of head</source>
        <translation>face and front of head</translation>
    </message>
    <message>
        <source>back of head</source>
        <translation>back of head</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>neck</translation>
    </message>
    <message>
        <source>back of neck</source>
        <translation>back of neck</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>chest</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>abdomen</translation>
    </message>
    <message>
        <source>genital area</source>
        <translation>genital area</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>upper back</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>lower back</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>buttocks</translation>
    </message>
    <message>
        <source>left upper arm</source>
        <translation>left upper arm</translation>
    </message>
    <message>
        <source>right upper arm</source>
        <translation>right upper arm</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>left forearm</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>right forearm</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>left hand</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>right hand</translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation>left thigh</translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation>right thigh</translation>
    </message>
    <message>
        <source>left lower leg</source>
        <translation>left lower leg</translation>
    </message>
    <message>
        <source>right lower leg</source>
        <translation>right lower leg</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>left foot</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>right foot</translation>
    </message>
    <message>
        <source>red</source>
        <translation>red</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>purple</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>blue</translation>
    </message>
    <message>
        <source>green</source>
        <translation>green</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>yellow</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>brown</translation>
    </message>
    <message>
        <source>another colour</source>
        <translation>another colour</translation>
    </message>
    <message>
        <source>colour not recorded</source>
        <translation>colour not recorded</translation>
    </message>
    <message>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <source>front</source>
        <translation>front</translation>
    </message>
</context>
<context>
    <name>CaseloadPane</name>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Add a child</translation>
    </message>
    <message>
        <source>Search by name or postcode</source>
        <translation>Search by name or postcode</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation>No child matches “%1”.</translation>
    </message>
    <message>
        <source>No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.</source>
        <translation>No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.</translation>
    </message>
    <message>
        <source>%1 · added on this tablet</source>
        <translation>%1 · added on this tablet</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Start visit</translation>
    </message>
    <message>
        <source>Start a visit for %1</source>
        <translation>Start a visit for %1</translation>
    </message>
    <message>
        <source>%1 · no longer on your caseload (changed by your agency)</source>
        <translation>%1 · no longer on your caseload (changed by your agency)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Sort by name</translation>
    </message>
    <message>
        <source>Sort by next due</source>
        <translation>Sort by next due</translation>
    </message>
    <message>
        <source>Sort by last contact (oldest first)</source>
        <translation>Sort by last contact (oldest first)</translation>
    </message>
    <message>
        <source>Sort the caseload</source>
        <translation>Sort the caseload</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>All children</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not seen for…</source>
        <translation>Not seen for…</translation>
    </message>
    <message>
        <source>Show which children</source>
        <translation>Show which children</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>Not seen for how many weeks</source>
        <translation>Not seen for how many weeks</translation>
    </message>
    <message>
        <source>No child on your caseload matches this filter.</source>
        <translation>No child on your caseload matches this filter.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Household and health of %1</source>
        <translation>Household and health of %1</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <source>Looking for patterns in the children's records…</source>
        <translation>Looking for patterns in the children's records…</translation>
    </message>
    <message>
        <source>No child on your caseload has an open flag.</source>
        <translation>No child on your caseload has an open flag.</translation>
    </message>
    <message>
        <source>Flag: %1 (and %2 more)</source>
        <translation>Flag: %1 (and %2 more)</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Acknowledge this flag</translation>
    </message>
    <message>
        <source>Acknowledge the flag for %1</source>
        <translation>Acknowledge the flag for %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Open the chronology of %1</source>
        <translation>Open the chronology of %1</translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message>
        <source>Change passcode</source>
        <translation>Change passcode</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Current passcode</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>New passcode</translation>
    </message>
    <message>
        <source>Type the new passcode again</source>
        <translation>Type the new passcode again</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
</context>
<context>
    <name>ChildDrawPanel</name>
    <message>
        <source>Drawing paper</source>
        <translation>Drawing paper</translation>
    </message>
    <message>
        <source>Pen colour %1</source>
        <translation>Pen colour %1</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Thin</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Thick</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>New page</translation>
    </message>
    <message>
        <source>The paper is full.</source>
        <translation>The paper is full.</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <source>Worries</source>
        <translation>Worries</translation>
    </message>
    <message>
        <source>Good things</source>
        <translation>Good things</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Dreams</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Your words</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Put in</translation>
    </message>
</context>
<context>
    <name>ChildLeaveDialog</name>
    <message>
        <source>Give the tablet back</source>
        <translation>Give the tablet back</translation>
    </message>
    <message>
        <source>Practitioner's passcode</source>
        <translation>Practitioner's passcode</translation>
    </message>
    <message>
        <source>Back to the child</source>
        <translation>Back to the child</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>End child mode</source>
        <translation>End child mode</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Hello, %1!</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>Draw a picture</translation>
    </message>
    <message>
        <source>Three houses: worries, good things and dreams</source>
        <translation>Three houses: worries, good things and dreams</translation>
    </message>
    <message>
        <source>How do you feel?</source>
        <translation>How do you feel?</translation>
    </message>
    <message>
        <source>Grown-up</source>
        <translation>Grown-up</translation>
    </message>
    <message>
        <source>Give the tablet back to the grown-up</source>
        <translation>Give the tablet back to the grown-up</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Draw</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Houses</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Faces</translation>
    </message>
</context>
<context>
    <name>ChildScalesPanel</name>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>At school</translation>
    </message>
    <message>
        <source>How safe do you feel?</source>
        <translation>How safe do you feel?</translation>
    </message>
    <message>
        <source>How happy are you?</source>
        <translation>How happy are you?</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 out of 10</translation>
    </message>
</context>
<context>
    <name>ChildSpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>ChildVoiceDraft</name>
    <message>
        <source>Write the child's school year.</source>
        <translation>Write the child's school year.</translation>
    </message>
    <message>
        <source>Write where you saw the child.</source>
        <translation>Write where you saw the child.</translation>
    </message>
    <message>
        <source>Choose where you saw the child.</source>
        <translation>Choose where you saw the child.</translation>
    </message>
    <message>
        <source>Write why the child was not seen alone.</source>
        <translation>Write why the child was not seen alone.</translation>
    </message>
    <message>
        <source>Say whether you saw the child alone.</source>
        <translation>Say whether you saw the child alone.</translation>
    </message>
    <message>
        <source>Give each scaling question its question and the child's number.</source>
        <translation>Give each scaling question its question and the child's number.</translation>
    </message>
    <message>
        <source>Write down something of the child's: their words or an answer.</source>
        <translation>Write down something of the child's: their words or an answer.</translation>
    </message>
    <message>
        <source>Write what you will do with what the child told you.</source>
        <translation>Write what you will do with what the child told you.</translation>
    </message>
    <message>
        <source>Write what you told the child will happen next.</source>
        <translation>Write what you told the child will happen next.</translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation>Choose the child.</translation>
    </message>
    <message>
        <source>Something in this session is not right.</source>
        <translation>Something in this session is not right.</translation>
    </message>
</context>
<context>
    <name>ChildVoiceMade</name>
    <message>
        <source>At home</source>
        <translation>At home</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>At school</translation>
    </message>
    <message>
        <source>How safe do you feel?</source>
        <translation>How safe do you feel?</translation>
    </message>
    <message>
        <source>How happy are you?</source>
        <translation>How happy are you?</translation>
    </message>
    <message>
        <source>Made by the child, in their own way</source>
        <translation>Made by the child, in their own way</translation>
    </message>
    <message>
        <source>The child's drawing</source>
        <translation>The child's drawing</translation>
    </message>
    <message>
        <source>In the house of worries</source>
        <translation>In the house of worries</translation>
    </message>
    <message>
        <source>In the house of good things</source>
        <translation>In the house of good things</translation>
    </message>
    <message>
        <source>In the house of dreams</source>
        <translation>In the house of dreams</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 out of 10</translation>
    </message>
</context>
<context>
    <name>ChildVoicePage</name>
    <message>
        <source>Session with a child</source>
        <translation>Session with a child</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Where did you see the child?</source>
        <translation>Where did you see the child?</translation>
    </message>
    <message>
        <source>Where was it? (needed)</source>
        <translation>Where was it? (needed)</translation>
    </message>
    <message>
        <source>Which room or place (if it helps)</source>
        <translation>Which room or place (if it helps)</translation>
    </message>
    <message>
        <source>Who else was there?</source>
        <translation>Who else was there?</translation>
    </message>
    <message>
        <source>One person on each line, with their role. Leave empty if nobody else was there.</source>
        <translation>One person on each line, with their role. Leave empty if nobody else was there.</translation>
    </message>
    <message>
        <source>Did you see the child alone?</source>
        <translation>Did you see the child alone?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Why not alone? (needed)</source>
        <translation>Why not alone? (needed)</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>The child's words</translation>
    </message>
    <message>
        <source>Add the child's words</source>
        <translation>Add the child's words</translation>
    </message>
    <message>
        <source>Wishes and feelings</source>
        <translation>Wishes and feelings</translation>
    </message>
    <message>
        <source>The three houses: write each thing the child puts in a house on its own line, in the child's words.</source>
        <translation>The three houses: write each thing the child puts in a house on its own line, in the child's words.</translation>
    </message>
    <message>
        <source>House of worries</source>
        <translation>House of worries</translation>
    </message>
    <message>
        <source>House of good things</source>
        <translation>House of good things</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <translation>House of dreams</translation>
    </message>
    <message>
        <source>Add a scaling question (0 to 10)</source>
        <translation>Add a scaling question (0 to 10)</translation>
    </message>
    <message>
        <source>Who does the child trust?</source>
        <translation>Who does the child trust?</translation>
    </message>
    <message>
        <source>One person on each line, as the child names them.</source>
        <translation>One person on each line, as the child names them.</translation>
    </message>
    <message>
        <source>What would make things better, in the child's words</source>
        <translation>What would make things better, in the child's words</translation>
    </message>
    <message>
        <source>What the child thinks of their plan</source>
        <translation>What the child thinks of their plan</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>What happens now</translation>
    </message>
    <message>
        <source>What will you do with what the child told you? (needed)</source>
        <translation>What will you do with what the child told you? (needed)</translation>
    </message>
    <message>
        <source>What did you tell the child will happen next? (needed)</source>
        <translation>What did you tell the child will happen next? (needed)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The child's own drawing and answers</source>
        <translation>The child's own drawing and answers</translation>
    </message>
    <message>
        <source>Child mode is for a child on your caseload.</source>
        <translation>Child mode is for a child on your caseload.</translation>
    </message>
    <message>
        <source>Hand the tablet to the child</source>
        <translation>Hand the tablet to the child</translation>
    </message>
</context>
<context>
    <name>ChildVoiceQuote</name>
    <message>
        <source>The child's words, written down at %1</source>
        <translation>The child's words, written down at %1</translation>
    </message>
    <message>
        <source>Exactly as the child said them.</source>
        <translation>Exactly as the child said them.</translation>
    </message>
    <message>
        <source>What you were talking about (if it helps)</source>
        <translation>What you were talking about (if it helps)</translation>
    </message>
    <message>
        <source>Remove these words</source>
        <translation>Remove these words</translation>
    </message>
</context>
<context>
    <name>ChildVoiceScale</name>
    <message>
        <source>The question you asked</source>
        <translation>The question you asked</translation>
    </message>
    <message>
        <source>For example “If 10 is safe and 0 is not safe at all, where are you at home?”</source>
        <translation>For example “If 10 is safe and 0 is not safe at all, where are you at home?”</translation>
    </message>
    <message>
        <source>The child's number</source>
        <translation>The child's number</translation>
    </message>
    <message>
        <source>Why that number, in the child's words</source>
        <translation>Why that number, in the child's words</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Remove this question</translation>
    </message>
</context>
<context>
    <name>ChildVoiceSignBox</name>
    <message>
        <source>Signed as: %1. After signing the session cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Signed as: %1. After signing the session cannot be changed; it goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>Your passcode, to sign</source>
        <translation>Your passcode, to sign</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>Sign the session</translation>
    </message>
</context>
<context>
    <name>ChronologyAcknowledgeDialog</name>
    <message>
        <source>Acknowledge a flag</source>
        <translation>Acknowledge a flag</translation>
    </message>
    <message>
        <source>Your note is signed with your name and kept with the child's records. The flag is not removed: it stays here, marked acknowledged, and comes back if new records add to it.</source>
        <translation>Your note is signed with your name and kept with the child's records. The flag is not removed: it stays here, marked acknowledged, and comes back if new records add to it.</translation>
    </message>
    <message>
        <source>What you made of it, and what you will do</source>
        <translation>What you made of it, and what you will do</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Type your passcode to sign</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Sign the acknowledgement</source>
        <translation>Sign the acknowledgement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChronologyEntryCard</name>
    <message>
        <source>(amended)</source>
        <translation>(amended)</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Return home interview</translation>
    </message>
</context>
<context>
    <name>ChronologyFlagCard</name>
    <message numerus="yes">
        <source>Show the %n record(s)</source>
        <translation>
            <numerusform>Show the %n record</numerusform>
            <numerusform>Show the %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the records behind this flag: %1</source>
        <translation>Show the records behind this flag: %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acknowledge…</translation>
    </message>
    <message>
        <source>Acknowledge this flag with a note: %1</source>
        <translation>Acknowledge this flag with a note: %1</translation>
    </message>
</context>
<context>
    <name>ChronologyHeader</name>
    <message>
        <source>Reading and checking the records…</source>
        <translation>Reading and checking the records…</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>No flags</translation>
    </message>
    <message>
        <source>Flags: %1, %2 not yet acknowledged</source>
        <translation>Flags: %1, %2 not yet acknowledged</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entries, newest first</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>The records behind a flag</source>
        <translation>The records behind a flag</translation>
    </message>
    <message>
        <source>Which entries to show</source>
        <translation>Which entries to show</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>Show every entry</translation>
    </message>
</context>
<context>
    <name>ChronologyPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Close the chronology</source>
        <translation>Close the chronology</translation>
    </message>
    <message>
        <source>Chronology: %1</source>
        <translation>Chronology: %1</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Save this chronology as a PDF for a conference</source>
        <translation>Save this chronology as a PDF for a conference</translation>
    </message>
    <message>
        <source>Save the chronology as a PDF</source>
        <translation>Save the chronology as a PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Was not brought</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Concern</translation>
    </message>
    <message>
        <source>Injury or mark</source>
        <translation>Injury or mark</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Co-operation</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>The child's words</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>Agency summary</source>
        <translation>Agency summary</translation>
    </message>
    <message>
        <source>Flag acknowledged</source>
        <translation>Flag acknowledged</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date not recorded</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Announced visit</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Unannounced visit</translation>
    </message>
    <message>
        <source>child NOT seen</source>
        <translation>child NOT seen</translation>
    </message>
    <message>
        <source>whether the child was seen is not recorded</source>
        <translation>whether the child was seen is not recorded</translation>
    </message>
    <message>
        <source>child seen alone</source>
        <translation>child seen alone</translation>
    </message>
    <message>
        <source>child seen, not alone</source>
        <translation>child seen, not alone</translation>
    </message>
    <message>
        <source>child seen</source>
        <translation>child seen</translation>
    </message>
    <message>
        <source>From the agency's caseload feed (not a signed record)</source>
        <translation>From the agency's caseload feed (not a signed record)</translation>
    </message>
    <message>
        <source>Signature checked</source>
        <translation>Signature checked</translation>
    </message>
    <message>
        <source>Signature checked, but the record is out of order in this tablet's records</source>
        <translation>Signature checked, but the record is out of order in this tablet's records</translation>
    </message>
    <message>
        <source>SIGNATURE FAILED: this record could not be checked</source>
        <translation>SIGNATURE FAILED: this record could not be checked</translation>
    </message>
    <message>
        <source>Recorded by: not known</source>
        <translation>Recorded by: not known</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Recorded by %1</translation>
    </message>
    <message>
        <source>Built from %1 signed records (%2 signatures checked, %3 out of order in the chain, %4 that could not be checked, %5 unreadable) and %6 agency summaries from the caseload feed.</source>
        <translation>Built from %1 signed records (%2 signatures checked, %3 out of order in the chain, %4 that could not be checked, %5 unreadable) and %6 agency summaries from the caseload feed.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, at %2</translation>
    </message>
    <message>
        <source>%1. Why the child was not seen: %2</source>
        <translation>%1. Why the child was not seen: %2</translation>
    </message>
    <message>
        <source>%1. Why not seen alone: %2</source>
        <translation>%1. Why not seen alone: %2</translation>
    </message>
    <message>
        <source>Not brought to: %1</source>
        <translation>Not brought to: %1</translation>
    </message>
    <message>
        <source>Not brought to: %1, arranged by %2</source>
        <translation>Not brought to: %1, arranged by %2</translation>
    </message>
    <message>
        <source>%1. Follow-up: %2</source>
        <translation>%1. Follow-up: %2</translation>
    </message>
    <message>
        <source>Immediate safety: %1. Action: %2</source>
        <translation>Immediate safety: %1. Action: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3), seen on %4</source>
        <translation>%1: %2 (%3), seen on %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Level %1, %2</source>
        <translation>Level %1, %2</translation>
    </message>
    <message>
        <source>%1; %2 of %3 appointments kept</source>
        <translation>%1; %2 of %3 appointments kept</translation>
    </message>
    <message>
        <source>%1. Evidence: %2</source>
        <translation>%1. Evidence: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Corrects an earlier record. Reason: %1</source>
        <translation>Corrects an earlier record. Reason: %1</translation>
    </message>
    <message>
        <source>Flag “%1” acknowledged: %2</source>
        <translation>Flag “%1” acknowledged: %2</translation>
    </message>
    <message>
        <source>Supervisor's review</source>
        <translation>Supervisor's review</translation>
    </message>
    <message>
        <source>Countersignature</source>
        <translation>Countersignature</translation>
    </message>
    <message>
        <source>Professional difference</source>
        <translation>Professional difference</translation>
    </message>
    <message>
        <source>Reviewed by %1. Decision: %2. Discussion: %3. Rationale: %4</source>
        <translation>Reviewed by %1. Decision: %2. Discussion: %3. Rationale: %4</translation>
    </message>
    <message>
        <source>Countersigned by %1: %2 of %3. Note: %4</source>
        <translation>Countersigned by %1: %2 of %3. Note: %4</translation>
    </message>
    <message>
        <source>Countersigned by %1: record %2, which is not on this tablet. Note: %3</source>
        <translation>Countersigned by %1: record %2, which is not on this tablet. Note: %3</translation>
    </message>
    <message>
        <source>Professional difference opened: %1 disagrees with %2 about: %3. Escalation step: %4.</source>
        <translation>Professional difference opened: %1 disagrees with %2 about: %3. Escalation step: %4.</translation>
    </message>
    <message>
        <source>Professional difference closed (opened on %1 about: %2). Outcome: %3</source>
        <translation>Professional difference closed (opened on %1 about: %2). Outcome: %3</translation>
    </message>
    <message>
        <source>Professional difference closed. Outcome: %1</source>
        <translation>Professional difference closed. Outcome: %1</translation>
    </message>
    <message>
        <source>Action: %1 (owner: %2, due %3)</source>
        <translation>Action: %1 (owner: %2, due %3)</translation>
    </message>
    <message>
        <source>Flags reviewed: %1</source>
        <translation>Flags reviewed: %1</translation>
    </message>
    <message>
        <source>between the practitioners</source>
        <translation>between the practitioners</translation>
    </message>
    <message>
        <source>line managers</source>
        <translation>line managers</translation>
    </message>
    <message>
        <source>senior managers</source>
        <translation>senior managers</translation>
    </message>
    <message>
        <source>the safeguarding partnership</source>
        <translation>the safeguarding partnership</translation>
    </message>
    <message>
        <source>Child-voice session</source>
        <translation>Child-voice session</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>a contact centre</source>
        <translation>a contact centre</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>the car</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>another place</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>seen alone</source>
        <translation>seen alone</translation>
    </message>
    <message>
        <source>not seen alone</source>
        <translation>not seen alone</translation>
    </message>
    <message>
        <source>Session with the child at %1 (%2). What happens with it: %3</source>
        <translation>Session with the child at %1 (%2). What happens with it: %3</translation>
    </message>
    <message>
        <source>Going missing</source>
        <translation>Going missing</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Return home interview</translation>
    </message>
    <message>
        <source>Exploitation: what was observed</source>
        <translation>Exploitation: what was observed</translation>
    </message>
    <message>
        <source>Places they were found or taken to</source>
        <translation>Places they were found or taken to</translation>
    </message>
    <message>
        <source>Older peers or adults around them</source>
        <translation>Older peers or adults around them</translation>
    </message>
    <message>
        <source>Contact online</source>
        <translation>Contact online</translation>
    </message>
    <message>
        <source>Money, phones or clothes not explained</source>
        <translation>Money, phones or clothes not explained</translation>
    </message>
    <message>
        <source>Excluded from or missing education</source>
        <translation>Excluded from or missing education</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Interview held</source>
        <translation>Interview held</translation>
    </message>
    <message>
        <source>Offered; the young person declined</source>
        <translation>Offered; the young person declined</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Not offered</translation>
    </message>
    <message>
        <source>not reported to the police</source>
        <translation>not reported to the police</translation>
    </message>
    <message>
        <source>reported to the police, reference %1</source>
        <translation>reported to the police, reference %1</translation>
    </message>
    <message>
        <source>Came back %1 (%2). Found: %3. How they came back: %4</source>
        <translation>Came back %1 (%2). Found: %3. How they came back: %4</translation>
    </message>
    <message>
        <source>%1, offered %2</source>
        <translation>%1, offered %2</translation>
    </message>
    <message>
        <source>%1. Why: %2</source>
        <translation>%1. Why: %2</translation>
    </message>
    <message>
        <source>%1. Actions: %2</source>
        <translation>%1. Actions: %2</translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <translation>%1: %2 (source: %3)</translation>
    </message>
    <message>
        <source>In the house of worries</source>
        <translation>In the house of worries</translation>
    </message>
    <message>
        <source>In the house of good things</source>
        <translation>In the house of good things</translation>
    </message>
    <message>
        <source>In the house of dreams</source>
        <translation>In the house of dreams</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>a drawing</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 out of 10 (%2)</source>
        <translation>%1 out of 10 (%2)</translation>
    </message>
    <message>
        <source>The child's own, made in child mode: %1</source>
        <translation>The child's own, made in child mode: %1</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>at home</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>at school</translation>
    </message>
    <message>
        <source>how safe</source>
        <translation>how safe</translation>
    </message>
    <message>
        <source>how happy</source>
        <translation>how happy</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Bereavement</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>Job loss</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>New partner</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>New baby</translation>
    </message>
    <message>
        <source>Moved home</source>
        <translation>Moved home</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Separation</translation>
    </message>
    <message>
        <source>Release from prison</source>
        <translation>Release from prison</translation>
    </message>
    <message>
        <source>Other life event</source>
        <translation>Other life event</translation>
    </message>
    <message>
        <source>%1. Told by: %2</source>
        <translation>%1. Told by: %2</translation>
    </message>
</context>
<context>
    <name>ConcernChildPicker</name>
    <message>
        <source>Which child?</source>
        <translation>Which child?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Type the child's name</source>
        <translation>Type the child's name</translation>
    </message>
    <message>
        <source>Search for the child</source>
        <translation>Search for the child</translation>
    </message>
    <message>
        <source>Not on this tablet</source>
        <translation>Not on this tablet</translation>
    </message>
    <message>
        <source>The child's name</source>
        <translation>The child's name</translation>
    </message>
    <message>
        <source>School year, for example Year 8</source>
        <translation>School year, for example Year 8</translation>
    </message>
    <message>
        <source>Date of birth, if you know it</source>
        <translation>Date of birth, if you know it</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Back to search</translation>
    </message>
    <message>
        <source>Use this child</source>
        <translation>Use this child</translation>
    </message>
</context>
<context>
    <name>ConcernPage</name>
    <message>
        <source>Log a concern</source>
        <translation>Log a concern</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>What did you see or hear?</source>
        <translation>What did you see or hear?</translation>
    </message>
    <message>
        <source>Exactly what, where on the body, how big, and who said what. Not “a bruise” but “a purple bruise, 2 cm, on the left forearm”.</source>
        <translation>Exactly what, where on the body, how big, and who said what. Not “a bruise” but “a purple bruise, 2 cm, on the left forearm”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The child's own words (if they said anything)</source>
        <translation>The child's own words (if they said anything)</translation>
    </message>
    <message>
        <source>Write them exactly as the child said them.</source>
        <translation>Write them exactly as the child said them.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>What is it about?</translation>
    </message>
    <message>
        <source>Is the child in danger now?</source>
        <translation>Is the child in danger now?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The next step, under your local procedure (needed)</source>
        <translation>The next step, under your local procedure (needed)</translation>
    </message>
    <message>
        <source>Who is acting now, and what they are doing to keep the child safe.</source>
        <translation>Who is acting now, and what they are doing to keep the child safe.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>What did you do?</translation>
    </message>
    <message>
        <source>What else did you do? (needed)</source>
        <translation>What else did you do? (needed)</translation>
    </message>
    <message>
        <source>Who did you tell?</source>
        <translation>Who did you tell?</translation>
    </message>
    <message>
        <source>Their name and role, for example “Ms Jones, designated safeguarding lead”.</source>
        <translation>Their name and role, for example “Ms Jones, designated safeguarding lead”.</translation>
    </message>
    <message>
        <source>When did you tell them? (today)</source>
        <translation>When did you tell them? (today)</translation>
    </message>
    <message>
        <source>On what basis did you share it?</source>
        <translation>On what basis did you share it?</translation>
    </message>
</context>
<context>
    <name>ConcernSignBox</name>
    <message>
        <source>Signed as: %1. After signing the concern cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Signed as: %1. After signing the concern cannot be changed; it goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>Your passcode, to sign</source>
        <translation>Your passcode, to sign</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Sign the concern</source>
        <translation>Sign the concern</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1 (needed to finish)</source>
        <translation>%1 (needed to finish)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>%1, day/month/year</source>
        <translation>%1, day/month/year</translation>
    </message>
    <message>
        <source>Date, day/month/year</source>
        <translation>Date, day/month/year</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose %1 on a calendar</source>
        <translation>Choose %1 on a calendar</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Choose the date on a calendar</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text size and colours</source>
        <translation>Text size and colours</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Compared with the tablet’s own text size.</source>
        <translation>Compared with the tablet’s own text size.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Text size %1 percent</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>As the tablet is set</source>
        <translation>As the tablet is set</translation>
    </message>
    <message>
        <source>Light: dark text on a light page</source>
        <translation>Light: dark text on a light page</translation>
    </message>
    <message>
        <source>Dark: light text on a dark page</source>
        <translation>Dark: light text on a dark page</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Choose a passcode</source>
        <translation>Choose a passcode</translation>
    </message>
    <message>
        <source>Your passcode keeps the records on this tablet private. You will type it each time you open Hearth and whenever Hearth has locked itself.</source>
        <translation>Your passcode keeps the records on this tablet private. You will type it each time you open Hearth and whenever Hearth has locked itself.</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>New passcode</translation>
    </message>
    <message>
        <source>Type the same passcode again</source>
        <translation>Type the same passcode again</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Tip: a few words you will remember are easier to type than a jumble of characters. If you ever forget your passcode, your agency can reset it without losing any records.</source>
        <translation>Tip: a few words you will remember are easier to type than a jumble of characters. If you ever forget your passcode, your agency can reset it without losing any records.</translation>
    </message>
</context>
<context>
    <name>FlagAcknowledging</name>
    <message>
        <source>Please write what you make of this flag before signing.</source>
        <translation>Please write what you make of this flag before signing.</translation>
    </message>
    <message>
        <source>This flag cannot be acknowledged: %1</source>
        <translation>This flag cannot be acknowledged: %1</translation>
    </message>
</context>
<context>
    <name>FlagChoice</name>
    <message>
        <source>This pattern was seen %1 times for this child. Which one are you acknowledging? The others stay open.</source>
        <translation>This pattern was seen %1 times for this child. Which one are you acknowledging? The others stay open.</translation>
    </message>
</context>
<context>
    <name>HomeHeader</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Log a concern</source>
        <translation>Log a concern</translation>
    </message>
    <message>
        <source>Unsigned concerns: %1</source>
        <translation>Unsigned concerns: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned concern</source>
        <translation>Continue an unsigned concern</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Text size and colours</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quick re-entry PIN</source>
        <translation>Quick re-entry PIN</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Change passcode</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock Hearth</source>
        <translation>Lock Hearth</translation>
    </message>
    <message>
        <source>Menu: unsigned concerns (%1), text size, role, PIN, passcode and lock</source>
        <translation>Menu: unsigned concerns (%1), text size, role, PIN, passcode and lock</translation>
    </message>
    <message>
        <source>Menu: text size, role, PIN, passcode and lock</source>
        <translation>Menu: text size, role, PIN, passcode and lock</translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation>Menu (%1)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your passcode has been changed.</source>
        <translation>Your passcode has been changed.</translation>
    </message>
    <message>
        <source>Discard the visit draft for %1? What was recorded in it will be deleted from this tablet and cannot be brought back.</source>
        <translation>Discard the visit draft for %1? What was recorded in it will be deleted from this tablet and cannot be brought back.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Discard this draft?</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>The concern is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>The concern is signed. It goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>Visits (%1)</translation>
    </message>
    <message>
        <source>Visits: %1 in progress</source>
        <translation>Visits: %1 in progress</translation>
    </message>
    <message>
        <source>The session is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>The session is signed. It goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>The episode is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>The episode is signed. It goes to your agency the next time Hearth can reach it.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>The profile was not saved: %1 (%2).</source>
        <translation>The profile was not saved: %1 (%2).</translation>
    </message>
    <message>
        <source>Say on what day it happened.</source>
        <translation>Say on what day it happened.</translation>
    </message>
    <message>
        <source>The day it happened cannot be after today.</source>
        <translation>The day it happened cannot be after today.</translation>
    </message>
    <message>
        <source>That adult is not one of this household's.</source>
        <translation>That adult is not one of this household's.</translation>
    </message>
    <message>
        <source>The life event was not recorded: %1 (%2).</source>
        <translation>The life event was not recorded: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>HouseholdAdult</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Who they are to %1</source>
        <translation>Who they are to %1</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Where they live</translation>
    </message>
    <message>
        <source>Has parental responsibility</source>
        <translation>Has parental responsibility</translation>
    </message>
    <message>
        <source>Cares for the child</source>
        <translation>Cares for the child</translation>
    </message>
    <message>
        <source>Seen or spoken to (%1)</source>
        <translation>Seen or spoken to (%1)</translation>
    </message>
    <message>
        <source>Seen or spoken to today</source>
        <translation>Seen or spoken to today</translation>
    </message>
    <message>
        <source>Known strengths</source>
        <translation>Known strengths</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>A strength, for example “takes the baby to clinic”</source>
        <translation>A strength, for example “takes the baby to clinic”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Known risks</translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <translation>%1, from %2 (%3)</translation>
    </message>
    <message>
        <source>Add a known risk</source>
        <translation>Add a known risk</translation>
    </message>
    <message>
        <source>Known from: where it is known from, for example a police notification or what the mother said</source>
        <translation>Known from: where it is known from, for example a police notification or what the mother said</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Known from</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What the risk is (needed)</source>
        <translation>What the risk is (needed)</translation>
    </message>
    <message>
        <source>More detail (optional)</source>
        <translation>More detail (optional)</translation>
    </message>
    <message>
        <source>Add this risk</source>
        <translation>Add this risk</translation>
    </message>
    <message>
        <source>Remove this adult</source>
        <translation>Remove this adult</translation>
    </message>
</context>
<context>
    <name>HouseholdHealth</name>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Disability (if any)</source>
        <translation>Disability (if any)</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Special educational needs</translation>
    </message>
    <message>
        <source>Long-term conditions</source>
        <translation>Long-term conditions</translation>
    </message>
    <message>
        <source>Which other condition (needed)</source>
        <translation>Which other condition (needed)</translation>
    </message>
    <message>
        <source>Developmental reviews and questionnaires</source>
        <translation>Developmental reviews and questionnaires</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Review, for example the 2-2½ year review</source>
        <translation>Review, for example the 2-2½ year review</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>What became of it</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Add this review</translation>
    </message>
    <message>
        <source>Registered with a GP?</source>
        <translation>Registered with a GP?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>GP practice (needed)</source>
        <translation>GP practice (needed)</translation>
    </message>
    <message>
        <source>Is the baby mobile yet (rolling, crawling, walking)?</source>
        <translation>Is the baby mobile yet (rolling, crawling, walking)?</translation>
    </message>
</context>
<context>
    <name>HouseholdLifeEvent</name>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Something that has happened to the family: it is recorded now, on its own, and shows in the chronology on the day it happened.</source>
        <translation>Something that has happened to the family: it is recorded now, on its own, and shows in the chronology on the day it happened.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation>The day it happened</translation>
    </message>
    <message>
        <source>It touches the whole household (otherwise only %1)</source>
        <translation>It touches the whole household (otherwise only %1)</translation>
    </message>
    <message>
        <source>Who it concerns</source>
        <translation>Who it concerns</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>A short note</translation>
    </message>
    <message>
        <source>What happened (needed)</source>
        <translation>What happened (needed)</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>A short note (optional)</translation>
    </message>
    <message>
        <source>Who told you</source>
        <translation>Who told you</translation>
    </message>
    <message>
        <source>Who told you, for example the mother or the school</source>
        <translation>Who told you, for example the mother or the school</translation>
    </message>
    <message>
        <source>Your passcode, to record it</source>
        <translation>Your passcode, to record it</translation>
    </message>
    <message>
        <source>Record this life event</source>
        <translation>Record this life event</translation>
    </message>
    <message>
        <source>Recorded. It is in the chronology on the day it happened.</source>
        <translation>Recorded. It is in the chronology on the day it happened.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household and health: %1</source>
        <translation>Household and health: %1</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Cancel changes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Adults in %1's life</source>
        <translation>Adults in %1's life</translation>
    </message>
    <message>
        <source>Everyone who lives here, stays, visits or cares for the child, including adults who are not here today.</source>
        <translation>Everyone who lives here, stays, visits or cares for the child, including adults who are not here today.</translation>
    </message>
    <message>
        <source>Name of another adult</source>
        <translation>Name of another adult</translation>
    </message>
    <message>
        <source>Add an adult</source>
        <translation>Add an adult</translation>
    </message>
    <message>
        <source>Other children in the household</source>
        <translation>Other children in the household</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, born %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation>Add this child</translation>
    </message>
    <message>
        <source>Saved as: %1. Saving signs these details as a record; later changes are new records, so the history of who was known when is kept.</source>
        <translation>Saved as: %1. Saving signs these details as a record; later changes are new records, so the history of who was known when is kept.</translation>
    </message>
    <message>
        <source>Your passcode, to save</source>
        <translation>Your passcode, to save</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>Save the household</translation>
    </message>
</context>
<context>
    <name>InterviewDraft</name>
    <message>
        <source>Choose the episode the interview follows.</source>
        <translation>Choose the episode the interview follows.</translation>
    </message>
    <message>
        <source>Say whether the interview was done, declined or not offered.</source>
        <translation>Say whether the interview was done, declined or not offered.</translation>
    </message>
    <message>
        <source>Say when the interview was offered.</source>
        <translation>Say when the interview was offered.</translation>
    </message>
    <message>
        <source>Say when the interview was held, not before it was offered.</source>
        <translation>Say when the interview was held, not before it was offered.</translation>
    </message>
    <message>
        <source>Say whether the person who offered it is independent of the young person's case.</source>
        <translation>Say whether the person who offered it is independent of the young person's case.</translation>
    </message>
    <message>
        <source>Write the role of the person who offered it.</source>
        <translation>Write the role of the person who offered it.</translation>
    </message>
    <message>
        <source>Write which agency they work for.</source>
        <translation>Write which agency they work for.</translation>
    </message>
    <message>
        <source>Write why the interview was not offered.</source>
        <translation>Write why the interview was not offered.</translation>
    </message>
    <message>
        <source>Write what the adults will do now.</source>
        <translation>Write what the adults will do now.</translation>
    </message>
    <message>
        <source>Choose the young person.</source>
        <translation>Choose the young person.</translation>
    </message>
    <message>
        <source>Something in this interview is not right.</source>
        <translation>Something in this interview is not right.</translation>
    </message>
</context>
<context>
    <name>InterviewEpisodes</name>
    <message>
        <source>Which episode does the interview follow?</source>
        <translation>Which episode does the interview follow?</translation>
    </message>
    <message>
        <source>No going-missing episode is signed for %1 on this tablet. Record the episode first, then the interview.</source>
        <translation>No going-missing episode is signed for %1 on this tablet. Record the episode first, then the interview.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Return home interview</source>
        <translation>Return home interview</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>What became of the interview?</source>
        <translation>What became of the interview?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Offered, and the young person declined</source>
        <translation>Offered, and the young person declined</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Not offered</translation>
    </message>
    <message>
        <source>When was it offered?</source>
        <translation>When was it offered?</translation>
    </message>
    <message>
        <source>When was it held?</source>
        <translation>When was it held?</translation>
    </message>
    <message>
        <source>Who offered it: their role</source>
        <translation>Who offered it: their role</translation>
    </message>
    <message>
        <source>For example return home interview worker, youth worker.</source>
        <translation>For example return home interview worker, youth worker.</translation>
    </message>
    <message>
        <source>Their agency</source>
        <translation>Their agency</translation>
    </message>
    <message>
        <source>Are they independent of the young person's case?</source>
        <translation>Are they independent of the young person's case?</translation>
    </message>
    <message>
        <source>Yes, independent</source>
        <translation>Yes, independent</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Statutory guidance asks for someone independent of the young person's case where possible: young people often say more to them.</source>
        <translation>Statutory guidance asks for someone independent of the young person's case where possible: young people often say more to them.</translation>
    </message>
    <message>
        <source>Why was it not offered?</source>
        <translation>Why was it not offered?</translation>
    </message>
    <message>
        <source>Any reason they gave (if any)</source>
        <translation>Any reason they gave (if any)</translation>
    </message>
    <message>
        <source>A young person owes no reason for declining.</source>
        <translation>A young person owes no reason for declining.</translation>
    </message>
    <message>
        <source>What the young person said (if anything)</source>
        <translation>What the young person said (if anything)</translation>
    </message>
    <message>
        <source>Write it exactly as they said it.</source>
        <translation>Write it exactly as they said it.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>What happens next</translation>
    </message>
    <message>
        <source>What the adults will do now: referrals, a safety plan, who follows up and when.</source>
        <translation>What the adults will do now: referrals, a safety plan, who follows up and when.</translation>
    </message>
    <message>
        <source>Signed as: %1. After signing the interview cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Signed as: %1. After signing the interview cannot be changed; it goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>Sign the interview</source>
        <translation>Sign the interview</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
</context>
<context>
    <name>MissingChildPicker</name>
    <message>
        <source>Which young person?</source>
        <translation>Which young person?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Type the young person's name</source>
        <translation>Type the young person's name</translation>
    </message>
    <message>
        <source>Search for the young person</source>
        <translation>Search for the young person</translation>
    </message>
</context>
<context>
    <name>MissingDraft</name>
    <message>
        <source>Write who told you about it, or where it was seen.</source>
        <translation>Write who told you about it, or where it was seen.</translation>
    </message>
    <message>
        <source>Write what an adult saw or was told, concretely.</source>
        <translation>Write what an adult saw or was told, concretely.</translation>
    </message>
    <message>
        <source>Write the young person's words.</source>
        <translation>Write the young person's words.</translation>
    </message>
    <message>
        <source>Choose the young person.</source>
        <translation>Choose the young person.</translation>
    </message>
    <message>
        <source>Say when they were last seen or found missing.</source>
        <translation>Say when they were last seen or found missing.</translation>
    </message>
    <message>
        <source>Say when they came back or were found, not before they went missing.</source>
        <translation>Say when they came back or were found, not before they went missing.</translation>
    </message>
    <message>
        <source>Say whether they were reported to the police.</source>
        <translation>Say whether they were reported to the police.</translation>
    </message>
    <message>
        <source>Write the police reference.</source>
        <translation>Write the police reference.</translation>
    </message>
    <message>
        <source>Write where they were found or came back from.</source>
        <translation>Write where they were found or came back from.</translation>
    </message>
    <message>
        <source>Write who they were with (“not known” is an answer).</source>
        <translation>Write who they were with (“not known” is an answer).</translation>
    </message>
    <message>
        <source>Write how they came back.</source>
        <translation>Write how they came back.</translation>
    </message>
    <message>
        <source>Write the harm you noticed.</source>
        <translation>Write the harm you noticed.</translation>
    </message>
    <message>
        <source>Something in this episode is not right.</source>
        <translation>Something in this episode is not right.</translation>
    </message>
</context>
<context>
    <name>MissingIndicators</name>
    <message>
        <source>Anything an adult noticed that may point to exploitation? (if any)</source>
        <translation>Anything an adult noticed that may point to exploitation? (if any)</translation>
    </message>
    <message>
        <source>Write what was seen or said, not what you think of it. These are the adults' observations and the young person is not to blame for them.</source>
        <translation>Write what was seen or said, not what you think of it. These are the adults' observations and the young person is not to blame for them.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>What was seen or said</source>
        <translation>What was seen or said</translation>
    </message>
    <message>
        <source>For example “a new phone and £80 in cash”.</source>
        <translation>For example “a new phone and £80 in cash”.</translation>
    </message>
    <message>
        <source>Who told you, or where it was seen</source>
        <translation>Who told you, or where it was seen</translation>
    </message>
</context>
<context>
    <name>MissingMoment</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time (24-hour)</source>
        <translation>Time (24-hour)</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>Going missing</source>
        <translation>Going missing</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Save and close</translation>
    </message>
    <message>
        <source>Record an episode once the young person is back. While they are still missing, follow the police missing-person procedure.</source>
        <translation>Record an episode once the young person is back. While they are still missing, follow the police missing-person procedure.</translation>
    </message>
    <message>
        <source>When were they last seen, or found to be missing?</source>
        <translation>When were they last seen, or found to be missing?</translation>
    </message>
    <message>
        <source>When did they come back, or were they found?</source>
        <translation>When did they come back, or were they found?</translation>
    </message>
    <message>
        <source>Were they reported missing to the police?</source>
        <translation>Were they reported missing to the police?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Police reference</translation>
    </message>
    <message>
        <source>Where were they found, or where did they come back from?</source>
        <translation>Where were they found, or where did they come back from?</translation>
    </message>
    <message>
        <source>Who were they with?</source>
        <translation>Who were they with?</translation>
    </message>
    <message>
        <source>As far as anyone knows; “not known” is an answer.</source>
        <translation>As far as anyone knows; “not known” is an answer.</translation>
    </message>
    <message>
        <source>How did they come back?</source>
        <translation>How did they come back?</translation>
    </message>
    <message>
        <source>For example brought home by police, walked home, collected by a carer.</source>
        <translation>For example brought home by police, walked home, collected by a carer.</translation>
    </message>
    <message>
        <source>Harm or injury an adult noticed (if any)</source>
        <translation>Harm or injury an adult noticed (if any)</translation>
    </message>
    <message>
        <source>What the young person said about it (if anything)</source>
        <translation>What the young person said about it (if anything)</translation>
    </message>
    <message>
        <source>Write it exactly as they said it.</source>
        <translation>Write it exactly as they said it.</translation>
    </message>
    <message>
        <source>Signed as: %1. After signing the episode cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Signed as: %1. After signing the episode cannot be changed; it goes to your agency the next time Hearth can reach it.</translation>
    </message>
    <message>
        <source>Sign the episode</source>
        <translation>Sign the episode</translation>
    </message>
</context>
<context>
    <name>NewAdultForm</name>
    <message>
        <source>Add an adult who is not listed</source>
        <translation>Add an adult who is not listed</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <source>Adult's given name</source>
        <translation>Adult's given name</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Adult's family name</source>
        <translation>Adult's family name</translation>
    </message>
    <message>
        <source>Who they are to the child</source>
        <translation>Who they are to the child</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Partner of a parent</source>
        <translation>Partner of a parent</translation>
    </message>
    <message>
        <source>Father figure</source>
        <translation>Father figure</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Step-parent</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Carer</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation>Lives with the child</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Add adult</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PasscodeInput</name>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Hide passcode</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Show passcode</translation>
    </message>
</context>
<context>
    <name>PasscodePolicy</name>
    <message>
        <source>At least %1 characters long.</source>
        <translation>At least %1 characters long.</translation>
    </message>
    <message>
        <source>Not the same character over and over.</source>
        <translation>Not the same character over and over.</translation>
    </message>
    <message>
        <source>Not a passcode that many people use, such as 12345678.</source>
        <translation>Not a passcode that many people use, such as 12345678.</translation>
    </message>
    <message>
        <source>It needs at least %1 characters; it has %2.</source>
        <translation>It needs at least %1 characters; it has %2.</translation>
    </message>
    <message>
        <source>It is one character repeated; mix it up.</source>
        <translation>It is one character repeated; mix it up.</translation>
    </message>
    <message>
        <source>It is one of the most commonly used passcodes.</source>
        <translation>It is one of the most commonly used passcodes.</translation>
    </message>
</context>
<context>
    <name>PhotoEntry</name>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Remove photo %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>What the photo shows, in your words.</source>
        <translation>What the photo shows, in your words.</translation>
    </message>
    <message>
        <source>Body-map mark it shows</source>
        <translation>Body-map mark it shows</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Mark %1</translation>
    </message>
    <message>
        <source>Body-map mark shown in photo %1</source>
        <translation>Body-map mark shown in photo %1</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photographs</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Photo %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (shows mark %2)</source>
        <translation>%1 (shows mark %2)</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>That file is empty, so there is no photo in it.</source>
        <translation>That file is empty, so there is no photo in it.</translation>
    </message>
    <message>
        <source>That file is too large to be a photo (more than 40 MB).</source>
        <translation>That file is too large to be a photo (more than 40 MB).</translation>
    </message>
    <message>
        <source>That photo could not be read: the file may be cut short or damaged.</source>
        <translation>That photo could not be read: the file may be cut short or damaged.</translation>
    </message>
    <message>
        <source>That file is not a photo Hearth can read (JPEG or PNG).</source>
        <translation>That file is not a photo Hearth can read (JPEG or PNG).</translation>
    </message>
    <message>
        <source>That photo has too many pixels to open on this device.</source>
        <translation>That photo has too many pixels to open on this device.</translation>
    </message>
    <message>
        <source>No photo was taken.</source>
        <translation>No photo was taken.</translation>
    </message>
    <message>
        <source>Hearth could not prepare that photo for keeping.</source>
        <translation>Hearth could not prepare that photo for keeping.</translation>
    </message>
    <message>
        <source>That photo is too detailed to keep (more than 4 MB as JPEG).</source>
        <translation>That photo is too detailed to keep (more than 4 MB as JPEG).</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation>That file could not be found.</translation>
    </message>
    <message>
        <source>That file could not be opened.</source>
        <translation>That file could not be opened.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photographs</source>
        <translation>Photographs</translation>
    </message>
    <message>
        <source>Photos stay inside Hearth’s locked store on this tablet, never in the gallery. Hearth removes the location and device details.</source>
        <translation>Photos stay inside Hearth’s locked store on this tablet, never in the gallery. Hearth removes the location and device details.</translation>
    </message>
    <message>
        <source>This device has no camera: choose a photo from a file.</source>
        <translation>This device has no camera: choose a photo from a file.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Take the photo</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Use the camera</translation>
    </message>
    <message>
        <source>Close the camera</source>
        <translation>Close the camera</translation>
    </message>
    <message>
        <source>Choose a photo from a file</source>
        <translation>Choose a photo from a file</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of 6 digits typed</source>
        <translation>%1 of 6 digits typed</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>Change your PIN</source>
        <translation>Change your PIN</translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation>Choose a PIN</translation>
    </message>
    <message>
        <source>When Hearth has not been touched for %1 min it hides your records, and this PIN brings them back. Three wrong PINs, 30 min hidden or leaving the app lock Hearth fully: then only your passcode opens it. Signing always needs your passcode.</source>
        <translation>When Hearth has not been touched for %1 min it hides your records, and this PIN brings them back. Three wrong PINs, 30 min hidden or leaving the app lock Hearth fully: then only your passcode opens it. Signing always needs your passcode.</translation>
    </message>
    <message>
        <source>Your passcode</source>
        <translation>Your passcode</translation>
    </message>
    <message>
        <source>New PIN (6 digits)</source>
        <translation>New PIN (6 digits)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Type the new PIN again</translation>
    </message>
    <message>
        <source>Turn off the PIN (always ask for the passcode)</source>
        <translation>Turn off the PIN (always ask for the passcode)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Save PIN</translation>
    </message>
</context>
<context>
    <name>RoleChoices</name>
    <message>
        <source>Health visitor</source>
        <translation>Health visitor</translation>
    </message>
    <message>
        <source>Home visits to families with children under five: the baby, the home and everyone who lives there.</source>
        <translation>Home visits to families with children under five: the baby, the home and everyone who lives there.</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Visits and direct work with children of any age, at home, at school or elsewhere.</source>
        <translation>Visits and direct work with children of any age, at home, at school or elsewhere.</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>School nurse</translation>
    </message>
    <message>
        <source>Pupils aged 5 to 19: a concern written down within minutes, with who was told.</source>
        <translation>Pupils aged 5 to 19: a concern written down within minutes, with who was told.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Your role</source>
        <translation>Your role</translation>
    </message>
    <message>
        <source>Your role decides what the home screen shows first and which reminders appear. Whatever the role, you can record every kind of visit and concern.</source>
        <translation>Your role decides what the home screen shows first and which reminders appear. Whatever the role, you can record every kind of visit and concern.</translation>
    </message>
    <message>
        <source>Your agency has set your role as %1. It is used instead of a choice made on this tablet; ask your agency if it is wrong.</source>
        <translation>Your agency has set your role as %1. It is used instead of a choice made on this tablet; ask your agency if it is wrong.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RoleHome</name>
    <message>
        <source>Which work do you do?</source>
        <translation>Which work do you do?</translation>
    </message>
    <message>
        <source>Hearth puts first what you need most. You can still record visits and concerns whichever you choose, and change it later under Role. Once your agency enrols this tablet, the role it gives you is used.</source>
        <translation>Hearth puts first what you need most. You can still record visits and concerns whichever you choose, and change it later under Role. Once your agency enrols this tablet, the role it gives you is used.</translation>
    </message>
    <message>
        <source>Log a concern</source>
        <translation>Log a concern</translation>
    </message>
    <message>
        <source>Write down what you saw or heard and who you told, in a minute, even offline.</source>
        <translation>Write down what you saw or heard and who you told, in a minute, even offline.</translation>
    </message>
    <message>
        <source>Session with a child</source>
        <translation>Session with a child</translation>
    </message>
    <message>
        <source>Write down the child's own words, wishes and feelings from direct work, and what happens next.</source>
        <translation>Write down the child's own words, wishes and feelings from direct work, and what happens next.</translation>
    </message>
    <message>
        <source>Unsigned sessions: %1</source>
        <translation>Unsigned sessions: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned session with a child</source>
        <translation>Continue an unsigned session with a child</translation>
    </message>
    <message>
        <source>Going missing</source>
        <translation>Going missing</translation>
    </message>
    <message>
        <source>Record a young person's going-missing episode once they are back.</source>
        <translation>Record a young person's going-missing episode once they are back.</translation>
    </message>
    <message>
        <source>Unsigned episodes: %1</source>
        <translation>Unsigned episodes: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned going-missing episode</source>
        <translation>Continue an unsigned going-missing episode</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Return home interview</translation>
    </message>
    <message>
        <source>Record the interview offered after a young person's going-missing episode: due within 72 hours of their return.</source>
        <translation>Record the interview offered after a young person's going-missing episode: due within 72 hours of their return.</translation>
    </message>
    <message>
        <source>Unsigned interviews: %1</source>
        <translation>Unsigned interviews: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned return home interview</source>
        <translation>Continue an unsigned return home interview</translation>
    </message>
</context>
<context>
    <name>RowsSection</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Remove this entry</translation>
    </message>
</context>
<context>
    <name>RuleChecklist</name>
    <message>
        <source>Your passcode needs to be:</source>
        <translation>Your passcode needs to be:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Not yet: %1</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and finish</source>
        <translation>Sign and finish</translation>
    </message>
    <message>
        <source>You are about to sign this visit record for %1. After signing it cannot be changed; any correction is added as a signed amendment that points to it.</source>
        <translation>You are about to sign this visit record for %1. After signing it cannot be changed; any correction is added as a signed amendment that points to it.</translation>
    </message>
    <message>
        <source>Visit reference: %1</source>
        <translation>Visit reference: %1</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Type your passcode to sign</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation>Signed as: %1</translation>
    </message>
</context>
<context>
    <name>SignedVisitPage</name>
    <message>
        <source>‹ Visits</source>
        <translation>‹ Visits</translation>
    </message>
    <message>
        <source>Back to the list of visits</source>
        <translation>Back to the list of visits</translation>
    </message>
    <message>
        <source>Signed visit: %1</source>
        <translation>Signed visit: %1</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Amend</translation>
    </message>
    <message>
        <source>Add an amendment to this signed visit</source>
        <translation>Add an amendment to this signed visit</translation>
    </message>
    <message>
        <source>%1. This record is signed and cannot be changed.</source>
        <translation>%1. This record is signed and cannot be changed.</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Record: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>%1
Reason: %2
%3</source>
        <translation>%1
Reason: %2
%3</translation>
    </message>
    <message>
        <source>%1's chronology</source>
        <translation>%1's chronology</translation>
    </message>
    <message>
        <source>Open the chronology of %1</source>
        <translation>Open the chronology of %1</translation>
    </message>
</context>
<context>
    <name>SinceLastVisit</name>
    <message>
        <source>Flag: %1</source>
        <translation>Flag: %1</translation>
    </message>
    <message>
        <source>Agency record: %1</source>
        <translation>Agency record: %1</translation>
    </message>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Acknowledge this flag</translation>
    </message>
    <message>
        <source>Acknowledge the flag: %1</source>
        <translation>Acknowledge the flag: %1</translation>
    </message>
</context>
<context>
    <name>SoftLockPage</name>
    <message>
        <source>Hearth is paused</source>
        <translation>Hearth is paused</translation>
    </message>
    <message>
        <source>Your records are hidden. Type your 6-digit PIN to carry on where you were.</source>
        <translation>Your records are hidden. Type your 6-digit PIN to carry on where you were.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Use my passcode instead</source>
        <translation>Use my passcode instead</translation>
    </message>
</context>
<context>
    <name>StepConcerns</name>
    <message>
        <source>Concerns and actions</source>
        <translation>Concerns and actions</translation>
    </message>
    <message>
        <source>Is there an immediate safety concern?</source>
        <translation>Is there an immediate safety concern?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What is the concern?</source>
        <translation>What is the concern?</translation>
    </message>
    <message>
        <source>Action taken under local procedure</source>
        <translation>Action taken under local procedure</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Who was told</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>What was seen, heard or said, and by whom.</source>
        <translation>What was seen, heard or said, and by whom.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this concern</source>
        <translation>Remove this concern</translation>
    </message>
    <message>
        <source>Professional differences</source>
        <translation>Professional differences</translation>
    </message>
    <message>
        <source>Add a professional difference</source>
        <translation>Add a professional difference</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>About what</source>
        <translation>About what</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>Add a next step</translation>
    </message>
    <message>
        <source>What will happen next, who will do it, and by when.</source>
        <translation>What will happen next, who will do it, and by when.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What you wrote about “%1” will be removed from this visit.</source>
        <translation>What you wrote about “%1” will be removed from this visit.</translation>
    </message>
    <message>
        <source>Date they were told</source>
        <translation>Date they were told</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Chosen: tap to remove this concern</source>
        <translation>Chosen: tap to remove this concern</translation>
    </message>
    <message>
        <source>Tap to add a concern of this kind</source>
        <translation>Tap to add a concern of this kind</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>By when</translation>
    </message>
    <message>
        <source>Remove this concern?</source>
        <translation>Remove this concern?</translation>
    </message>
</context>
<context>
    <name>StepCooperation</name>
    <message>
        <source>Co-operation of the family</source>
        <translation>Co-operation of the family</translation>
    </message>
    <message>
        <source>Say what happened rather than using labels such as “non-engagement”. The pattern over time matters more than one rating.</source>
        <translation>Say what happened rather than using labels such as “non-engagement”. The pattern over time matters more than one rating.</translation>
    </message>
    <message>
        <source>What is this rating based on?</source>
        <translation>What is this rating based on?</translation>
    </message>
    <message>
        <source>Possible disguised compliance: agreeing, but nothing changes for the child</source>
        <translation>Possible disguised compliance: agreeing, but nothing changes for the child</translation>
    </message>
    <message>
        <source>Hostile to some professionals, welcoming to others</source>
        <translation>Hostile to some professionals, welcoming to others</translation>
    </message>
    <message>
        <source>Appointments offered since the last visit</source>
        <translation>Appointments offered since the last visit</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Appointments kept</translation>
    </message>
    <message>
        <source>Why might the family be reluctant?</source>
        <translation>Why might the family be reluctant?</translation>
    </message>
    <message>
        <source>In their terms, as far as you know them.</source>
        <translation>In their terms, as far as you know them.</translation>
    </message>
</context>
<context>
    <name>StepLived</name>
    <message>
        <source>The child's lived experience</source>
        <translation>The child's lived experience</translation>
    </message>
    <message>
        <source>The child's own words, exactly as said</source>
        <translation>The child's own words, exactly as said</translation>
    </message>
    <message>
        <source>What did the child do?</source>
        <translation>What did the child do?</translation>
    </message>
    <message>
        <source>Has the child's behaviour changed?</source>
        <translation>Has the child's behaviour changed?</translation>
    </message>
    <message>
        <source>Is the child different in other places?</source>
        <translation>Is the child different in other places?</translation>
    </message>
    <message>
        <source>What is a day like for this child?</source>
        <translation>What is a day like for this child?</translation>
    </message>
    <message>
        <source>Sexualised behaviour was seen or reported</source>
        <translation>Sexualised behaviour was seen or reported</translation>
    </message>
    <message>
        <source>Sexualised behaviour is always a red flag. Describe exactly what was seen or heard and follow local safeguarding procedure.</source>
        <translation>Sexualised behaviour is always a red flag. Describe exactly what was seen or heard and follow local safeguarding procedure.</translation>
    </message>
    <message>
        <source>What was seen or heard, exactly</source>
        <translation>What was seen or heard, exactly</translation>
    </message>
    <message>
        <source>Kept as a quote, word for word, and shown as the child's words.</source>
        <translation>Kept as a quote, word for word, and shown as the child's words.</translation>
    </message>
</context>
<context>
    <name>StepNeglect</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>No concern</source>
        <translation>No concern</translation>
    </message>
    <message>
        <source>Some concern</source>
        <translation>Some concern</translation>
    </message>
    <message>
        <source>Significant concern</source>
        <translation>Significant concern</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Neglect</translation>
    </message>
    <message>
        <source>%1 — Last visit: %2</source>
        <translation>%1 — Last visit: %2</translation>
    </message>
    <message>
        <source>%1 — No earlier visit to compare with.</source>
        <translation>%1 — No earlier visit to compare with.</translation>
    </message>
    <message>
        <source>What did you see, hear or smell?</source>
        <translation>What did you see, hear or smell?</translation>
    </message>
    <message>
        <source>Poverty and other context</source>
        <translation>Poverty and other context</translation>
    </message>
    <message>
        <source>Context that shapes the parenting. It does not explain away what the child lives with.</source>
        <translation>Context that shapes the parenting. It does not explain away what the child lives with.</translation>
    </message>
    <message>
        <source>No concerns in this area</source>
        <translation>No concerns in this area</translation>
    </message>
    <message>
        <source>No concerns in %1</source>
        <translation>No concerns in %1</translation>
    </message>
    <message>
        <source>Left as they were, because you rated them a concern: %1.</source>
        <translation>Left as they were, because you rated them a concern: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo no concerns in %1</source>
        <translation>Undo no concerns in %1</translation>
    </message>
</context>
<context>
    <name>StepNotBrought</name>
    <message>
        <source>Was not brought</source>
        <translation>Was not brought</translation>
    </message>
    <message>
        <source>Record each health or other appointment the child was not brought to since the last visit, and what was done about it.</source>
        <translation>Record each health or other appointment the child was not brought to since the last visit, and what was done about it.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>Add an appointment the child was not brought to</source>
        <translation>Add an appointment the child was not brought to</translation>
    </message>
    <message>
        <source>None recorded. If there were none, you can go on.</source>
        <translation>None recorded. If there were none, you can go on.</translation>
    </message>
    <message>
        <source>What appointment</source>
        <translation>What appointment</translation>
    </message>
    <message>
        <source>Who arranged it</source>
        <translation>Who arranged it</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message numerus="yes">
        <source>Step %1 of 9, %2: %n thing(s) still to record</source>
        <translation>
            <numerusform>Step %1 of 9, %2: %n thing(s) still to record</numerusform>
            <numerusform>Step %1 of 9, %2: %n thing(s) still to record</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of 9, %2</source>
        <translation>Step %1 of 9, %2</translation>
    </message>
</context>
<context>
    <name>StepReview</name>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>What does this mean for the child?</source>
        <translation>What does this mean for the child?</translation>
    </message>
    <message>
        <source>In your own words: what is life like for this child now, and what does today's visit change?</source>
        <translation>In your own words: what is life like for this child now, and what does today's visit change?</translation>
    </message>
    <message>
        <source>Still to record before signing</source>
        <translation>Still to record before signing</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Step %1: %2</translation>
    </message>
    <message>
        <source>Could these be more specific?</source>
        <translation>Could these be more specific?</translation>
    </message>
    <message>
        <source>Step %1, “%2”: %3</source>
        <translation>Step %1, “%2”: %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>“Sign and finish”, at the foot of the screen, becomes possible once everything above is recorded. Your draft is kept safe meanwhile.</source>
        <translation>“Sign and finish”, at the foot of the screen, becomes possible once everything above is recorded. Your draft is kept safe meanwhile.</translation>
    </message>
    <message>
        <source>Opens the answer on its step</source>
        <translation>Opens the answer on its step</translation>
    </message>
</context>
<context>
    <name>StepSeeing</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Seeing the child</translation>
    </message>
    <message>
        <source>Was the child seen?</source>
        <translation>Was the child seen?</translation>
    </message>
    <message>
        <source>For an unborn child, record whether the mother was seen.</source>
        <translation>For an unborn child, record whether the mother was seen.</translation>
    </message>
    <message>
        <source>A baby or a child who does not speak yet is seen and observed too.</source>
        <translation>A baby or a child who does not speak yet is seen and observed too.</translation>
    </message>
    <message>
        <source>Why was the child not seen?</source>
        <translation>Why was the child not seen?</translation>
    </message>
    <message>
        <source>Was the child seen alone?</source>
        <translation>Was the child seen alone?</translation>
    </message>
    <message>
        <source>Why was the child not seen alone?</source>
        <translation>Why was the child not seen alone?</translation>
    </message>
    <message>
        <source>Rooms you saw (separate them with commas)</source>
        <translation>Rooms you saw (separate them with commas)</translation>
    </message>
    <message>
        <source>e.g. kitchen, living room, child's bedroom</source>
        <translation>e.g. kitchen, living room, child's bedroom</translation>
    </message>
    <message>
        <source>Rooms you saw</source>
        <translation>Rooms you saw</translation>
    </message>
    <message>
        <source>Did you see where the child sleeps?</source>
        <translation>Did you see where the child sleeps?</translation>
    </message>
    <message>
        <source>Where does the child sleep?</source>
        <translation>Where does the child sleep?</translation>
    </message>
    <message>
        <source>As seen, or as you were told. Say which.</source>
        <translation>As seen, or as you were told. Say which.</translation>
    </message>
    <message>
        <source>How does the child communicate?</source>
        <translation>How does the child communicate?</translation>
    </message>
    <message>
        <source>Words, signs, pictures, behaviour; first language; any communication needs.</source>
        <translation>Words, signs, pictures, behaviour; first language; any communication needs.</translation>
    </message>
    <message>
        <source>Someone interpreted</source>
        <translation>Someone interpreted</translation>
    </message>
    <message>
        <source>Who interpreted?</source>
        <translation>Who interpreted?</translation>
    </message>
    <message>
        <source>Who is the interpreter to the child?</source>
        <translation>Who is the interpreter to the child?</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Professional interpreter</translation>
    </message>
    <message>
        <source>Telephone service</source>
        <translation>Telephone service</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>A child</translation>
    </message>
    <message>
        <source>Friend or neighbour</source>
        <translation>Friend or neighbour</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Someone else</translation>
    </message>
</context>
<context>
    <name>StepStart</name>
    <message>
        <source>Start of the visit</source>
        <translation>Start of the visit</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Was the visit announced?</source>
        <translation>Was the visit announced?</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Announced</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Unannounced</translation>
    </message>
    <message>
        <source>Where did it take place?</source>
        <translation>Where did it take place?</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinic</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Somewhere else</translation>
    </message>
    <message>
        <source>Where was it?</source>
        <translation>Where was it?</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Purpose of the visit</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Use the time now</source>
        <translation>Use the time now</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Finding the position… You can carry on meanwhile.</source>
        <translation>Finding the position… You can carry on meanwhile.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>Find position</source>
        <translation>Find position</translation>
    </message>
    <message>
        <source>%1 You can describe where you are instead; the visit does not need a position.</source>
        <translation>%1 You can describe where you are instead; the visit does not need a position.</translation>
    </message>
    <message>
        <source>Describe the place by hand</source>
        <translation>Describe the place by hand</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Use this</translation>
    </message>
    <message>
        <source>Or describe the place</source>
        <translation>Or describe the place</translation>
    </message>
    <message>
        <source>For example, the family home, 12 Mill Lane</source>
        <translation>For example, the family home, 12 Mill Lane</translation>
    </message>
</context>
<context>
    <name>StepWho</name>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>Adults known to be in the child's life</source>
        <translation>Adults known to be in the child's life</translation>
    </message>
    <message>
        <source>No adults are recorded for this child yet. Add everyone you meet below.</source>
        <translation>No adults are recorded for this child yet. Add everyone you meet below.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Lives here, not seen</source>
        <translation>Lives here, not seen</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Not here</translation>
    </message>
    <message>
        <source>Adults here</source>
        <translation>Adults here</translation>
    </message>
    <message>
        <source>Spoken to on this visit</source>
        <translation>Spoken to on this visit</translation>
    </message>
    <message>
        <source>Known strengths</source>
        <translation>Known strengths</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Known risks</translation>
    </message>
    <message>
        <source>Why was %1 not seen?</source>
        <translation>Why was %1 not seen?</translation>
    </message>
    <message>
        <source>Fathers, partners and other men</source>
        <translation>Fathers, partners and other men</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Other children here</source>
        <translation>Other children here</translation>
    </message>
    <message>
        <source>Child's name</source>
        <translation>Child's name</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this child</source>
        <translation>Remove this child</translation>
    </message>
    <message>
        <source>Add a child who is here</source>
        <translation>Add a child who is here</translation>
    </message>
    <message>
        <source>Other children in the household: %1. How are they?</source>
        <translation>Other children in the household: %1. How are they?</translation>
    </message>
    <message>
        <source>No other children are recorded in this household.</source>
        <translation>No other children are recorded in this household.</translation>
    </message>
    <message>
        <source>Not yet seen or spoken to: %1. Who are they to the child, and can you meet them?</source>
        <translation>Not yet seen or spoken to: %1. Who are they to the child, and can you meet them?</translation>
    </message>
    <message>
        <source>Household and health</source>
        <translation>Household and health</translation>
    </message>
    <message>
        <source>Since the last visit, has anyone new come to live in the home or started to visit it regularly?</source>
        <translation>Since the last visit, has anyone new come to live in the home or started to visit it regularly?</translation>
    </message>
    <message>
        <source>A new partner, a lodger, a relative or friend who stays or calls often: anyone the child now lives with or sees at home.</source>
        <translation>A new partner, a lodger, a relative or friend who stays or calls often: anyone the child now lives with or sees at home.</translation>
    </message>
    <message>
        <source>Find them in the list below, or add them with “Add an adult who is not listed”, and record whether you saw or spoke to them.</source>
        <translation>Find them in the list below, or add them with “Add an adult who is not listed”, and record whether you saw or spoke to them.</translation>
    </message>
    <message>
        <source>New to the household (first recorded %1) and not yet seen or spoken to. If you see or speak to them today, record it here.</source>
        <translation>New to the household (first recorded %1) and not yet seen or spoken to. If you see or speak to them today, record it here.</translation>
    </message>
    <message>
        <source>Spoken to today</source>
        <translation>Spoken to today</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Back to where you were</translation>
    </message>
    <message>
        <source>Sending to your agency</source>
        <translation>Sending to your agency</translation>
    </message>
    <message>
        <source>Connect this tablet to your agency</source>
        <translation>Connect this tablet to your agency</translation>
    </message>
    <message>
        <source>Your agency gives you its server address and a one-time enrolment code, or a QR code whose text you can paste into the address box. Until the tablet is connected, everything you record stays encrypted on this tablet, and signed visits wait here to be sent.</source>
        <translation>Your agency gives you its server address and a one-time enrolment code, or a QR code whose text you can paste into the address box. Until the tablet is connected, everything you record stays encrypted on this tablet, and signed visits wait here to be sent.</translation>
    </message>
    <message>
        <source>Server address, for example sync.youragency.gov.uk</source>
        <translation>Server address, for example sync.youragency.gov.uk</translation>
    </message>
    <message>
        <source>Agency server address, or the text of the enrolment QR code</source>
        <translation>Agency server address, or the text of the enrolment QR code</translation>
    </message>
    <message>
        <source>Enrolment code, for example 7KQ2-M9XD-4HTV-0BZC</source>
        <translation>Enrolment code, for example 7KQ2-M9XD-4HTV-0BZC</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Contacting the server…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Check the server's fingerprint</source>
        <translation>Check the server's fingerprint</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your agency gave you. Continue only if every character matches: if it does not, another computer may be pretending to be your agency, and nothing should be sent to it.</source>
        <translation>Compare it with the fingerprint your agency gave you. Continue only if every character matches: if it does not, another computer may be pretending to be your agency, and nothing should be sent to it.</translation>
    </message>
    <message>
        <source>It matches: enrol this tablet</source>
        <translation>It matches: enrol this tablet</translation>
    </message>
    <message>
        <source>It does not match</source>
        <translation>It does not match</translation>
    </message>
    <message>
        <source>Details for IT support: %1</source>
        <translation>Details for IT support: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Hearth also sends by itself after you unlock, after each signed visit and every few minutes. Next automatic try: %1.</source>
        <translation>Hearth also sends by itself after you unlock, after each signed visit and every few minutes. Next automatic try: %1.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Practitioner</translation>
    </message>
    <message>
        <source>Agency server</source>
        <translation>Agency server</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>This tablet</translation>
    </message>
    <message>
        <source>Server fingerprint</source>
        <translation>Server fingerprint</translation>
    </message>
    <message>
        <source>Recent attempts</source>
        <translation>Recent attempts</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>No attempts yet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Agency server address</source>
        <translation>Agency server address</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Agency sync: %1. Open the sync screen.</source>
        <translation>Agency sync: %1. Open the sync screen.</translation>
    </message>
    <message>
        <source>Sync ›</source>
        <translation>Sync ›</translation>
    </message>
    <message>
        <source>Connect ›</source>
        <translation>Connect ›</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <source>%1 (needed to finish)</source>
        <translation>%1 (needed to finish)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>%1 (needed to finish)</source>
        <translation>%1 (needed to finish)</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>%1, hours:minutes</source>
        <translation>%1, hours:minutes</translation>
    </message>
    <message>
        <source>Time, hours:minutes</source>
        <translation>Time, hours:minutes</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Choose %1</translation>
    </message>
    <message>
        <source>Choose the time</source>
        <translation>Choose the time</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>Set the time</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Hearth is locked</source>
        <translation>Hearth is locked</translation>
    </message>
    <message>
        <source>Type your passcode to open your records.</source>
        <translation>Type your passcode to open your records.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Passcode</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. To keep your records safe, you can try again in %1.</source>
        <translation>Too many wrong passcodes. To keep your records safe, you can try again in %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Forgotten your passcode?</source>
        <translation>Forgotten your passcode?</translation>
    </message>
    <message>
        <source>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team's IT support or your manager and keep the tablet with you.

Please do not delete or reinstall Hearth: records not yet sent to your agency would be lost.</source>
        <translation>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team's IT support or your manager and keep the tablet with you.

Please do not delete or reinstall Hearth: records not yet sent to your agency would be lost.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>That passcode is not right. Please try again.</source>
        <translation>That passcode is not right. Please try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passcodes. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passcodes. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passcodes. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passcode does not meet the rules.</source>
        <translation>This passcode does not meet the rules.</translation>
    </message>
    <message>
        <source>The key file for this device's records is missing. Your agency can restore access with its recovery key; nothing has been changed.</source>
        <translation>The key file for this device's records is missing. Your agency can restore access with its recovery key; nothing has been changed.</translation>
    </message>
    <message>
        <source>The key file for this device's records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</source>
        <translation>The key file for this device's records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</translation>
    </message>
    <message>
        <source>The records database is missing. Nothing has been changed; please contact your agency's support.</source>
        <translation>The records database is missing. Nothing has been changed; please contact your agency's support.</translation>
    </message>
    <message>
        <source>The records database is damaged. Nothing has been changed; please contact your agency's support before using this device again.</source>
        <translation>The records database is damaged. Nothing has been changed; please contact your agency's support before using this device again.</translation>
    </message>
    <message>
        <source>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency's support.</source>
        <translation>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency's support.</translation>
    </message>
    <message>
        <source>Records already exist in this folder; they have not been replaced.</source>
        <translation>Records already exist in this folder; they have not been replaced.</translation>
    </message>
    <message>
        <source>The recovery key file cannot be read.</source>
        <translation>The recovery key file cannot be read.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this device's records.</source>
        <translation>This recovery key does not belong to this device's records.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Hearth. Please update Hearth; nothing has been changed.</source>
        <translation>These records were written by a newer version of Hearth. Please update Hearth; nothing has been changed.</translation>
    </message>
    <message>
        <source>Hearth cannot write to its storage folder. Nothing has been changed.</source>
        <translation>Hearth cannot write to its storage folder. Nothing has been changed.</translation>
    </message>
    <message>
        <source>The device's storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</source>
        <translation>The device's storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</translation>
    </message>
    <message>
        <source>Hearth is locked.</source>
        <translation>Hearth is locked.</translation>
    </message>
    <message>
        <source>Hearth could not read or write its storage. Nothing has been changed; please try again.</source>
        <translation>Hearth could not read or write its storage. Nothing has been changed; please try again.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>An injury was recorded for a baby who is not yet mobile: record the immediate safety concern and what you did under local procedure.</source>
        <translation>An injury was recorded for a baby who is not yet mobile: record the immediate safety concern and what you did under local procedure.</translation>
    </message>
    <message>
        <source>Record the next step for the injury to a baby who is not yet mobile.</source>
        <translation>Record the next step for the injury to a baby who is not yet mobile.</translation>
    </message>
    <message>
        <source>The child's words describe being hurt (“%1”): record what you did, as an immediate safety action or a next step.</source>
        <translation>The child's words describe being hurt (“%1”): record what you did, as an immediate safety action or a next step.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>‹ Visits</source>
        <translation>‹ Visits</translation>
    </message>
    <message>
        <source>Back to the list of visits</source>
        <translation>Back to the list of visits</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Visit: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Sign and finish</source>
        <translation>Sign and finish</translation>
    </message>
</context>
<context>
    <name>VisitPrompts</name>
    <message>
        <source>, lives with the child</source>
        <translation>, lives with the child</translation>
    </message>
</context>
<context>
    <name>VisitsPane</name>
    <message>
        <source>Visits in progress</source>
        <translation>Visits in progress</translation>
    </message>
    <message>
        <source>None. Start a visit from the list of children; it is saved as you go.</source>
        <translation>None. Start a visit from the list of children; it is saved as you go.</translation>
    </message>
    <message>
        <source>%1 · changed %2</source>
        <translation>%1 · changed %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Discard the draft for %1</source>
        <translation>Discard the draft for %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume the visit for %1</source>
        <translation>Resume the visit for %1</translation>
    </message>
    <message>
        <source>Signed visits</source>
        <translation>Signed visits</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Signed visit for %1, %2</source>
        <translation>Signed visit for %1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session with a child</source>
        <translation>Session with a child</translation>
    </message>
</context>
<context>
    <name>WelcomeLayout</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Home visit records, kept safe on this tablet.</source>
        <translation>Home visit records, kept safe on this tablet.</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Text size and colours</translation>
    </message>
</context>
<context>
    <name>YoungPersonSignBox</name>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Your passcode, to sign</source>
        <translation>Your passcode, to sign</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Signing…</translation>
    </message>
</context>
<context>
    <name>hearth::CaseloadListModel</name>
    <message>
        <source>Unborn, due %1</source>
        <translation>Unborn, due %1</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>Unborn</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>No contact recorded</translation>
    </message>
    <message>
        <source>Last contact %1: agency record</source>
        <translation>Last contact %1: agency record</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you</source>
        <translation>Last contact %1: visit by you</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you, child seen</source>
        <translation>Last contact %1: visit by you, child seen</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you, child not seen</source>
        <translation>Last contact %1: visit by you, child not seen</translation>
    </message>
    <message>
        <source>Overdue: contact planned by your agency for %1</source>
        <translation>Overdue: contact planned by your agency for %1</translation>
    </message>
    <message>
        <source>Next contact planned by your agency: %1</source>
        <translation>Next contact planned by your agency: %1</translation>
    </message>
    <message>
        <source>Overdue: %1, due by %2</source>
        <translation>Overdue: %1, due by %2</translation>
    </message>
    <message>
        <source>Due now: %1, by %2</source>
        <translation>Due now: %1, by %2</translation>
    </message>
    <message>
        <source>Next due: %1, from %2</source>
        <translation>Next due: %1, from %2</translation>
    </message>
</context>
<context>
    <name>hearth::ChildModeController</name>
    <message>
        <source>Hearth is busy. Please try again in a moment.</source>
        <translation>Hearth is busy. Please try again in a moment.</translation>
    </message>
</context>
<context>
    <name>hearth::ChildVoiceController</name>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Contact centre</source>
        <translation>Contact centre</translation>
    </message>
    <message>
        <source>In the car</source>
        <translation>In the car</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Somewhere else</translation>
    </message>
    <message>
        <source>That child could not be found on this tablet.</source>
        <translation>That child could not be found on this tablet.</translation>
    </message>
    <message>
        <source>Please type the child's name and school year.</source>
        <translation>Please type the child's name and school year.</translation>
    </message>
    <message>
        <source>This session could not be saved: %1</source>
        <translation>This session could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ChronologyFlagModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged · rests on %1</source>
        <translation>Acknowledged · rests on %1</translation>
    </message>
    <message>
        <source>Not yet acknowledged · rests on %1</source>
        <translation>Not yet acknowledged · rests on %1</translation>
    </message>
    <message>
        <source>Acknowledged · reviewed by a supervisor · rests on %1</source>
        <translation>Acknowledged · reviewed by a supervisor · rests on %1</translation>
    </message>
    <message>
        <source>Reviewed by a supervisor, not yet acknowledged · rests on %1</source>
        <translation>Reviewed by a supervisor, not yet acknowledged · rests on %1</translation>
    </message>
</context>
<context>
    <name>hearth::ChronologyModel</name>
    <message>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Was not brought</translation>
    </message>
    <message>
        <source>Concerns and injuries</source>
        <translation>Concerns and injuries</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Life events</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Co-operation</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>The child's words</translation>
    </message>
    <message>
        <source>Agency summaries</source>
        <translation>Agency summaries</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Flags acknowledged</source>
        <translation>Flags acknowledged</translation>
    </message>
    <message numerus="yes">
        <source>Showing what the %n record(s) behind this flag hold: %1</source>
        <translation>
            <numerusform>Showing what the %n record behind this flag hold: %1</numerusform>
            <numerusform>Showing what the %n records behind this flag hold: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing every entry (%n).</source>
        <translation>
            <numerusform>Showing every entry (%n).</numerusform>
            <numerusform>Showing every entry (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing only: %1 (%2 of %3 entries).</source>
        <translation>Showing only: %1 (%2 of %3 entries).</translation>
    </message>
    <message>
        <source>Chronology %1 %2.pdf</source>
        <translation>Chronology %1 %2.pdf</translation>
    </message>
    <message>
        <source>The PDF was not saved: choose a folder on this device.</source>
        <translation>The PDF was not saved: choose a folder on this device.</translation>
    </message>
    <message>
        <source>Chronology: %1</source>
        <translation>Chronology: %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2 at %3, from the records on this tablet.</source>
        <translation>Exported by %1 on %2 at %3, from the records on this tablet.</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Flags (%1)</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entries, newest first</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>No flags.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>The PDF was not saved: %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
</context>
<context>
    <name>hearth::ConcernController</name>
    <message>
        <source>Told the designated safeguarding lead</source>
        <translation>Told the designated safeguarding lead</translation>
    </message>
    <message>
        <source>Referral to children's social care</source>
        <translation>Referral to children's social care</translation>
    </message>
    <message>
        <source>Gave advice</source>
        <translation>Gave advice</translation>
    </message>
    <message>
        <source>Will monitor</source>
        <translation>Will monitor</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <source>This agency's content pack has no concern categories, so the concern cannot be signed. Please tell the agency.</source>
        <translation>This agency's content pack has no concern categories, so the concern cannot be signed. Please tell the agency.</translation>
    </message>
    <message>
        <source>That child could not be found on this tablet.</source>
        <translation>That child could not be found on this tablet.</translation>
    </message>
    <message>
        <source>Please type the child's name and school year.</source>
        <translation>Please type the child's name and school year.</translation>
    </message>
    <message>
        <source>This concern could not be saved: %1</source>
        <translation>This concern could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>hearth::EnrolmentWizard</name>
    <message>
        <source>Please type your agency's server address.</source>
        <translation>Please type your agency's server address.</translation>
    </message>
    <message>
        <source>Please type the enrolment code your agency gave you.</source>
        <translation>Please type the enrolment code your agency gave you.</translation>
    </message>
</context>
<context>
    <name>hearth::HouseholdController</name>
    <message>
        <source>The unsaved changes to this household could not be read: %1</source>
        <translation>The unsaved changes to this household could not be read: %1</translation>
    </message>
    <message>
        <source>Birth mother</source>
        <translation>Birth mother</translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation>Birth father</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Step-parent</translation>
    </message>
    <message>
        <source>A parent's partner</source>
        <translation>A parent's partner</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grandparent</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Other relative</translation>
    </message>
    <message>
        <source>Lodger</source>
        <translation>Lodger</translation>
    </message>
    <message>
        <source>Regular visitor</source>
        <translation>Regular visitor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Lives here</source>
        <translation>Lives here</translation>
    </message>
    <message>
        <source>Stays sometimes</source>
        <translation>Stays sometimes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Domestic abuse</translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation>Substance misuse</translation>
    </message>
    <message>
        <source>Offending</source>
        <translation>Offending</translation>
    </message>
    <message>
        <source>Own care history</source>
        <translation>Own care history</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asthma</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Epilepsy</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Offered</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>Not yet mobile</source>
        <translation>Not yet mobile</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>adult %1</source>
        <translation>adult %1</translation>
    </message>
    <message>
        <source>Please give the name of adult %1.</source>
        <translation>Please give the name of adult %1.</translation>
    </message>
    <message>
        <source>Please say who %1 is to the child.</source>
        <translation>Please say who %1 is to the child.</translation>
    </message>
    <message>
        <source>Please say whether %1 lives here, stays sometimes or visits.</source>
        <translation>Please say whether %1 lives here, stays sometimes or visits.</translation>
    </message>
    <message>
        <source>Please say which other long-term condition the child has.</source>
        <translation>Please say which other long-term condition the child has.</translation>
    </message>
    <message>
        <source>Please name the GP practice the child is registered with.</source>
        <translation>Please name the GP practice the child is registered with.</translation>
    </message>
    <message>
        <source>Nothing has changed since the household was last saved.</source>
        <translation>Nothing has changed since the household was last saved.</translation>
    </message>
    <message>
        <source>This household cannot be saved yet: %1 (%2).</source>
        <translation>This household cannot be saved yet: %1 (%2).</translation>
    </message>
    <message>
        <source>Please give the date of the %1 as year-month-day, for example 2026-04-17.</source>
        <translation>Please give the date of the %1 as year-month-day, for example 2026-04-17.</translation>
    </message>
    <message>
        <source>The date of the %1 cannot be after today.</source>
        <translation>The date of the %1 cannot be after today.</translation>
    </message>
    <message>
        <source>Please write the strength before adding it.</source>
        <translation>Please write the strength before adding it.</translation>
    </message>
    <message>
        <source>Please choose which kind of risk is known.</source>
        <translation>Please choose which kind of risk is known.</translation>
    </message>
    <message>
        <source>Please say where this risk is known from (for example a police notification or what the mother said).</source>
        <translation>Please say where this risk is known from (for example a police notification or what the mother said).</translation>
    </message>
    <message>
        <source>Please describe the other risk.</source>
        <translation>Please describe the other risk.</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>Please type the child's name.</source>
        <translation>Please type the child's name.</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>birth</translation>
    </message>
    <message>
        <source>Please name the review or questionnaire, for example the 2-2½ year review.</source>
        <translation>Please name the review or questionnaire, for example the 2-2½ year review.</translation>
    </message>
    <message>
        <source>Please choose whether it was offered, returned, not returned or followed up.</source>
        <translation>Please choose whether it was offered, returned, not returned or followed up.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>review</translation>
    </message>
    <message>
        <source>The changes could not be kept: %1</source>
        <translation>The changes could not be kept: %1</translation>
    </message>
    <message>
        <source>No one adult in particular</source>
        <translation>No one adult in particular</translation>
    </message>
</context>
<context>
    <name>hearth::InterviewController</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>This interview could not be saved: %1</source>
        <translation>This interview could not be saved: %1</translation>
    </message>
    <message>
        <source>This young person's episodes could not be read: %1</source>
        <translation>This young person's episodes could not be read: %1</translation>
    </message>
    <message>
        <source>Back %1 (missing from %2)</source>
        <translation>Back %1 (missing from %2)</translation>
    </message>
    <message>
        <source>Found: %1. An interview is already recorded for it.</source>
        <translation>Found: %1. An interview is already recorded for it.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Found: %1</translation>
    </message>
    <message>
        <source>It was due to be offered by %1, 72 hours after they came back. The chronology will show it as not offered.</source>
        <translation>It was due to be offered by %1, 72 hours after they came back. The chronology will show it as not offered.</translation>
    </message>
    <message>
        <source>Offered in time: within 72 hours of their coming back, which ran until %1.</source>
        <translation>Offered in time: within 72 hours of their coming back, which ran until %1.</translation>
    </message>
    <message>
        <source>Offered late: the 72 hours after they came back ended %1. The chronology will show it as late.</source>
        <translation>Offered late: the 72 hours after they came back ended %1. The chronology will show it as late.</translation>
    </message>
    <message numerus="yes">
        <source>Offer it by %1: within 72 hours of their coming back (%n hour(s) left).</source>
        <translation>
            <numerusform>Offer it by %1: within 72 hours of their coming back (%n hour left).</numerusform>
            <numerusform>Offer it by %1: within 72 hours of their coming back (%n hours left).</numerusform>
        </translation>
    </message>
    <message>
        <source>The 72 hours after they came back ended %1. Offer it now; the chronology will show it as late.</source>
        <translation>The 72 hours after they came back ended %1. Offer it now; the chronology will show it as late.</translation>
    </message>
</context>
<context>
    <name>hearth::MissingController</name>
    <message>
        <source>This episode could not be saved: %1</source>
        <translation>This episode could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>hearth::PhotoCamera</name>
    <message>
        <source>The camera could not start.</source>
        <translation>The camera could not start.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>The photo could not be taken. Try again.</translation>
    </message>
    <message>
        <source>This device has no camera. Choose a photo from a file instead.</source>
        <translation>This device has no camera. Choose a photo from a file instead.</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>The camera is not ready yet.</translation>
    </message>
</context>
<context>
    <name>hearth::PinLock</name>
    <message>
        <source>The PIN must be exactly 6 digits.</source>
        <translation>The PIN must be exactly 6 digits.</translation>
    </message>
    <message>
        <source>This PIN is one of the first that anyone would try (like 000000 or 123456). Please choose 6 digits without a simple pattern.</source>
        <translation>This PIN is one of the first that anyone would try (like 000000 or 123456). Please choose 6 digits without a simple pattern.</translation>
    </message>
</context>
<context>
    <name>hearth::QtPositionProvider</name>
    <message>
        <source>No position was found in time.</source>
        <translation>No position was found in time.</translation>
    </message>
    <message>
        <source>This tablet cannot tell its position.</source>
        <translation>This tablet cannot tell its position.</translation>
    </message>
    <message>
        <source>Hearth is not allowed to use this tablet's position.</source>
        <translation>Hearth is not allowed to use this tablet's position.</translation>
    </message>
    <message>
        <source>This tablet's position is not available.</source>
        <translation>This tablet's position is not available.</translation>
    </message>
</context>
<context>
    <name>hearth::RoleSettings</name>
    <message>
        <source>Hearth is locked, so the role was not changed.</source>
        <translation>Hearth is locked, so the role was not changed.</translation>
    </message>
    <message>
        <source>That is not a role Hearth knows, so nothing was changed.</source>
        <translation>That is not a role Hearth knows, so nothing was changed.</translation>
    </message>
    <message>
        <source>The role could not be kept on this tablet: %1</source>
        <translation>The role could not be kept on this tablet: %1</translation>
    </message>
</context>
<context>
    <name>hearth::SessionController</name>
    <message>
        <source>Please choose a different passcode.</source>
        <translation>Please choose a different passcode.</translation>
    </message>
    <message>
        <source>The two passcodes are not the same. Please type the same passcode in both boxes.</source>
        <translation>The two passcodes are not the same. Please type the same passcode in both boxes.</translation>
    </message>
    <message>
        <source>Please type your passcode.</source>
        <translation>Please type your passcode.</translation>
    </message>
    <message>
        <source>Please type your current passcode.</source>
        <translation>Please type your current passcode.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passcodes. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Too many wrong passcodes. Please wait %n second(s) and try again.</numerusform>
            <numerusform>Too many wrong passcodes. Please wait %n second(s) and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three wrong PINs: Hearth has locked fully. Please type your passcode.</source>
        <translation>Three wrong PINs: Hearth has locked fully. Please type your passcode.</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left before Hearth locks fully and asks for your passcode: %1.</source>
        <translation>That is not your PIN. Tries left before Hearth locks fully and asks for your passcode: %1.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the same PIN in both boxes.</source>
        <translation>The two PINs are not the same. Please type the same PIN in both boxes.</translation>
    </message>
</context>
<context>
    <name>hearth::SignedVisit</name>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Signed by %1 on %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Please give the reason for the amendment.</source>
        <translation>Please give the reason for the amendment.</translation>
    </message>
    <message>
        <source>Please write what the record should now say.</source>
        <translation>Please write what the record should now say.</translation>
    </message>
</context>
<context>
    <name>hearth::SinceLastVisitPanel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1: not brought to %2</source>
        <translation>%1: not brought to %2</translation>
    </message>
    <message>
        <source>%1: concern recorded: %2</source>
        <translation>%1: concern recorded: %2</translation>
    </message>
    <message>
        <source>%1: injury recorded: %2</source>
        <translation>%1: injury recorded: %2</translation>
    </message>
    <message>
        <source>%1: life event: %2</source>
        <translation>%1: life event: %2</translation>
    </message>
    <message>
        <source>%1: co-operation level %2 of 5</source>
        <translation>%1: co-operation level %2 of 5</translation>
    </message>
    <message>
        <source>%1: agency record: %2</source>
        <translation>%1: agency record: %2</translation>
    </message>
    <message>
        <source>%1: visit, child not seen</source>
        <translation>%1: visit, child not seen</translation>
    </message>
    <message>
        <source>%1: visit, child seen</source>
        <translation>%1: visit, child seen</translation>
    </message>
    <message>
        <source>Since your last visit on %1</source>
        <translation>Since your last visit on %1</translation>
    </message>
    <message>
        <source>Before your first visit</source>
        <translation>Before your first visit</translation>
    </message>
    <message>
        <source>Looking through this child's records…</source>
        <translation>Looking through this child's records…</translation>
    </message>
    <message>
        <source>Nothing new since your visit on %1.</source>
        <translation>Nothing new since your visit on %1.</translation>
    </message>
    <message>
        <source>No flags and no agency records for this child yet.</source>
        <translation>No flags and no agency records for this child yet.</translation>
    </message>
    <message>
        <source>And %1 earlier agency records: the child's chronology shows them all.</source>
        <translation>And %1 earlier agency records: the child's chronology shows them all.</translation>
    </message>
    <message>
        <source>%1: supervisor's review: %2</source>
        <translation>%1: supervisor's review: %2</translation>
    </message>
    <message>
        <source>%1: countersigned by %2</source>
        <translation>%1: countersigned by %2</translation>
    </message>
    <message>
        <source>%1: professional difference: %2</source>
        <translation>%1: professional difference: %2</translation>
    </message>
    <message>
        <source>%1: child-voice session</source>
        <translation>%1: child-voice session</translation>
    </message>
    <message>
        <source>%1: went missing; found: %2</source>
        <translation>%1: went missing; found: %2</translation>
    </message>
    <message>
        <source>%1: return home interview: %2</source>
        <translation>%1: return home interview: %2</translation>
    </message>
    <message>
        <source>%1: observed: %2</source>
        <translation>%1: observed: %2</translation>
    </message>
</context>
<context>
    <name>hearth::SyncHistoryModel</name>
    <message>
        <source>Sent and up to date</source>
        <translation>Sent and up to date</translation>
    </message>
    <message>
        <source>Could not reach the agency</source>
        <translation>Could not reach the agency</translation>
    </message>
    <message>
        <source>The agency server had a problem</source>
        <translation>The agency server had a problem</translation>
    </message>
    <message>
        <source>The agency server refused something</source>
        <translation>The agency server refused something</translation>
    </message>
    <message>
        <source>This tablet has been disconnected by the agency</source>
        <translation>This tablet has been disconnected by the agency</translation>
    </message>
    <message>
        <source>The server did not prove it is your agency's</source>
        <translation>The server did not prove it is your agency's</translation>
    </message>
    <message>
        <source>Stopped before it finished</source>
        <translation>Stopped before it finished</translation>
    </message>
    <message>
        <source>after unlocking</source>
        <translation>after unlocking</translation>
    </message>
    <message>
        <source>after a visit was signed</source>
        <translation>after a visit was signed</translation>
    </message>
    <message>
        <source>when the network came back</source>
        <translation>when the network came back</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>you asked</source>
        <translation>you asked</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n record sent</numerusform>
            <numerusform>%n records sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the agency</source>
        <translation>
            <numerusform>%n confirmed by the agency</numerusform>
            <numerusform>%n confirmed by the agency</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caseload change(s) received</source>
        <translation>
            <numerusform>%n caseload change received</numerusform>
            <numerusform>%n caseload changes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SyncStatus</name>
    <message>
        <source>Your agency has disconnected this tablet, so nothing more will be sent from it. Everything recorded is still safe on it. Please contact your agency: they can recover the records.</source>
        <translation>Your agency has disconnected this tablet, so nothing more will be sent from it. Everything recorded is still safe on it. Please contact your agency: they can recover the records.</translation>
    </message>
    <message>
        <source>Hearth could not reach your agency. Your records are safe on this tablet and will be sent when there is a connection.</source>
        <translation>Hearth could not reach your agency. Your records are safe on this tablet and will be sent when there is a connection.</translation>
    </message>
    <message>
        <source>Your agency's server is having a problem. Your records are safe on this tablet and Hearth will try again by itself.</source>
        <translation>Your agency's server is having a problem. Your records are safe on this tablet and Hearth will try again by itself.</translation>
    </message>
    <message>
        <source>Your agency's server refused what Hearth sent. Nothing has been lost. Please show the details below to your agency's IT support.</source>
        <translation>Your agency's server refused what Hearth sent. Nothing has been lost. Please show the details below to your agency's IT support.</translation>
    </message>
    <message>
        <source>The server at your agency's address could not prove it is your agency's, so nothing was sent. This can happen on hotel or public Wi-Fi. If it keeps happening, tell your agency's IT support.</source>
        <translation>The server at your agency's address could not prove it is your agency's, so nothing was sent. This can happen on hotel or public Wi-Fi. If it keeps happening, tell your agency's IT support.</translation>
    </message>
    <message>
        <source>Not connected to an agency yet: visits stay on this tablet</source>
        <translation>Not connected to an agency yet: visits stay on this tablet</translation>
    </message>
    <message>
        <source>Disconnected by your agency</source>
        <translation>Disconnected by your agency</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s) waiting to be sent</source>
        <translation>
            <numerusform>%n signed record waiting to be sent</numerusform>
            <numerusform>%n signed records waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything signed has been sent</source>
        <translation>Everything signed has been sent</translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>sending now</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>last sent %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
</context>
<context>
    <name>hearth::VisitController</name>
    <message>
        <source>Unborn, expected %1</source>
        <translation>Unborn, expected %1</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>Unborn</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Seeing the child</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Lived experience</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Neglect</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Co-operation</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Was not brought</translation>
    </message>
    <message>
        <source>Concerns and actions</source>
        <translation>Concerns and actions</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (accurate to about %n metre(s))</source>
        <translation>
            <numerusform>%1 (accurate to about %n metre(s))</numerusform>
            <numerusform>%1 (accurate to about %n metre(s))</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered by hand: %1</source>
        <translation>Entered by hand: %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <source>This tablet cannot tell its position.</source>
        <translation>This tablet cannot tell its position.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <source>That answer was not kept: this visit has no place for it. Nothing else was changed. Please close the visit and open it again.</source>
        <translation>That answer was not kept: this visit has no place for it. Nothing else was changed. Please close the visit and open it again.</translation>
    </message>
    <message>
        <source>That answer was not kept: it is not one this question can hold. Nothing else was changed.</source>
        <translation>That answer was not kept: it is not one this question can hold. Nothing else was changed.</translation>
    </message>
    <message>
        <source>That answer was not kept: the visit is closed.</source>
        <translation>That answer was not kept: the visit is closed.</translation>
    </message>
    <message>
        <source>The visit is closed.</source>
        <translation>The visit is closed.</translation>
    </message>
    <message>
        <source>Choose the date of arrival first.</source>
        <translation>Choose the date of arrival first.</translation>
    </message>
    <message>
        <source>The arrival cannot be later than now (%1).</source>
        <translation>The arrival cannot be later than now (%1).</translation>
    </message>
    <message>
        <source>That mark was not placed: tap on the outline itself.</source>
        <translation>That mark was not placed: tap on the outline itself.</translation>
    </message>
    <message>
        <source>That photo was not added: choose a file on this device.</source>
        <translation>That photo was not added: choose a file on this device.</translation>
    </message>
    <message>
        <source>That photo was not added. %1</source>
        <translation>That photo was not added. %1</translation>
    </message>
    <message>
        <source>That photo is already in this visit.</source>
        <translation>That photo is already in this visit.</translation>
    </message>
    <message>
        <source>That photo was not added: Hearth could not store it. %1</source>
        <translation>That photo was not added: Hearth could not store it. %1</translation>
    </message>
</context>
<context>
    <name>hearth::VisitDates</name>
    <message>
        <source>Write the date as day/month/year, for example 14/05/2026.</source>
        <translation>Write the date as day/month/year, for example 14/05/2026.</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation>There is no month %1: months run from 1 to 12.</translation>
    </message>
    <message>
        <source>%1/%2/%3 does not exist: that month has %4 days.</source>
        <translation>%1/%2/%3 does not exist: that month has %4 days.</translation>
    </message>
    <message>
        <source>%1 is in the future: this date cannot be after today (%2).</source>
        <translation>%1 is in the future: this date cannot be after today (%2).</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes on the 24-hour clock, for example 15:30.</source>
        <translation>Write the time as hours:minutes on the 24-hour clock, for example 15:30.</translation>
    </message>
    <message>
        <source>%1 is not a time: hours run from 0 to 23 and minutes from 0 to 59.</source>
        <translation>%1 is not a time: hours run from 0 to 23 and minutes from 0 to 59.</translation>
    </message>
</context>
<context>
    <name>hearth::VisitSummaryText</name>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>announced</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>unannounced</translation>
    </message>
    <message>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <source>school</source>
        <translation>school</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinic</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>no concern</source>
        <translation>no concern</translation>
    </message>
    <message>
        <source>some concern</source>
        <translation>some concern</translation>
    </message>
    <message>
        <source>significant concern</source>
        <translation>significant concern</translation>
    </message>
    <message>
        <source>%1 (about %2 m)</source>
        <translation>%1 (about %2 m)</translation>
    </message>
    <message>
        <source>not available (%1)</source>
        <translation>not available (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>%1 (spoken to)</source>
        <translation>%1 (spoken to)</translation>
    </message>
    <message>
        <source>Adults present</source>
        <translation>Adults present</translation>
    </message>
    <message>
        <source>Other children present</source>
        <translation>Other children present</translation>
    </message>
    <message>
        <source>Not seen: %1</source>
        <translation>Not seen: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Child seen</source>
        <translation>Child seen</translation>
    </message>
    <message>
        <source>Why not seen</source>
        <translation>Why not seen</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <translation>Seen alone</translation>
    </message>
    <message>
        <source>Why not seen alone</source>
        <translation>Why not seen alone</translation>
    </message>
    <message>
        <source>Rooms seen</source>
        <translation>Rooms seen</translation>
    </message>
    <message>
        <source>Bedroom seen</source>
        <translation>Bedroom seen</translation>
    </message>
    <message>
        <source>Where the child sleeps</source>
        <translation>Where the child sleeps</translation>
    </message>
    <message>
        <source>How the child communicates</source>
        <translation>How the child communicates</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <source>The child's own words: “%1”</source>
        <translation>The child's own words: “%1”</translation>
    </message>
    <message>
        <source>Observed behaviour</source>
        <translation>Observed behaviour</translation>
    </message>
    <message>
        <source>Changes in behaviour</source>
        <translation>Changes in behaviour</translation>
    </message>
    <message>
        <source>Differences between places</source>
        <translation>Differences between places</translation>
    </message>
    <message>
        <source>A day for this child</source>
        <translation>A day for this child</translation>
    </message>
    <message>
        <source>Sexualised behaviour</source>
        <translation>Sexualised behaviour</translation>
    </message>
    <message>
        <source>Poverty and context</source>
        <translation>Poverty and context</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Based on</translation>
    </message>
    <message>
        <source>Possible disguised compliance.</source>
        <translation>Possible disguised compliance.</translation>
    </message>
    <message>
        <source>Hostility towards some professionals and not others.</source>
        <translation>Hostility towards some professionals and not others.</translation>
    </message>
    <message>
        <source>Appointments kept since the last visit</source>
        <translation>Appointments kept since the last visit</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Why the family might be reluctant</source>
        <translation>Why the family might be reluctant</translation>
    </message>
    <message>
        <source>%1 on %2, arranged by %3. Follow-up: %4</source>
        <translation>%1 on %2, arranged by %3. Follow-up: %4</translation>
    </message>
    <message>
        <source>No appointments recorded as missed.</source>
        <translation>No appointments recorded as missed.</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Immediate safety concern</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Action taken</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Who was told</translation>
    </message>
    <message>
        <source>Professional difference with %1 about %2: %3 (%4)</source>
        <translation>Professional difference with %1 about %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Next step: %1 — %2, by %3</source>
        <translation>Next step: %1 — %2, by %3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Who is here</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Seeing the child</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Lived experience</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Neglect</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Co-operation</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Was not brought</translation>
    </message>
    <message>
        <source>Concerns and actions</source>
        <translation>Concerns and actions</translation>
    </message>
    <message>
        <source>What this means for the child</source>
        <translation>What this means for the child</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Not written yet.</translation>
    </message>
    <message>
        <source>Strengths of %1</source>
        <translation>Strengths of %1</translation>
    </message>
    <message>
        <source>Risks from %1</source>
        <translation>Risks from %1</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>size not recorded</source>
        <translation>size not recorded</translation>
    </message>
    <message>
        <source>, injured %1</source>
        <translation>, injured %1</translation>
    </message>
    <message>
        <source>Body map mark %1: %2 (%3), %4, %5, seen %6%7. %8</source>
        <translation>Body map mark %1: %2 (%3), %4, %5, seen %6%7. %8</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>no caption</translation>
    </message>
    <message>
        <source>Photo %1 (shows mark %2): %3</source>
        <translation>Photo %1 (shows mark %2): %3</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Photo %1: %2</translation>
    </message>
    <message>
        <source>Anyone new in the home since the last visit</source>
        <translation>Anyone new in the home since the last visit</translation>
    </message>
</context>
<context>
    <name>hearth::VisitValidator</name>
    <message>
        <source>Answer: what does this mean for the child?</source>
        <translation>Answer: what does this mean for the child?</translation>
    </message>
    <message>
        <source>A child interpreted. A child must never interpret: arrange an independent interpreter and record this as a concern.</source>
        <translation>A child interpreted. A child must never interpret: arrange an independent interpreter and record this as a concern.</translation>
    </message>
    <message>
        <source>A family member interpreted, so the child could not speak freely. Arrange an independent interpreter and record this as a concern.</source>
        <translation>A family member interpreted, so the child could not speak freely. Arrange an independent interpreter and record this as a concern.</translation>
    </message>
    <message>
        <source>The child was not seen.</source>
        <translation>The child was not seen.</translation>
    </message>
    <message>
        <source>The child was not seen alone.</source>
        <translation>The child was not seen alone.</translation>
    </message>
    <message>
        <source>Sexualised behaviour was recorded. It is always a red flag: follow local safeguarding procedure.</source>
        <translation>Sexualised behaviour was recorded. It is always a red flag: follow local safeguarding procedure.</translation>
    </message>
    <message>
        <source>The child was not brought to %1 appointments. A pattern of these is a key sign of accumulating concern.</source>
        <translation>The child was not brought to %1 appointments. A pattern of these is a key sign of accumulating concern.</translation>
    </message>
    <message>
        <source>Possible disguised compliance: check what has actually changed for the child.</source>
        <translation>Possible disguised compliance: check what has actually changed for the child.</translation>
    </message>
    <message>
        <source>Persistent, anxious help-seeking is itself a pattern of concern.</source>
        <translation>Persistent, anxious help-seeking is itself a pattern of concern.</translation>
    </message>
    <message>
        <source>%1 neglect item(s) rated significant concern.</source>
        <translation>%1 neglect item(s) rated significant concern.</translation>
    </message>
    <message>
        <source>Choose the child this visit is for.</source>
        <translation>Choose the child this visit is for.</translation>
    </message>
    <message>
        <source>Say whether the visit was announced or unannounced.</source>
        <translation>Say whether the visit was announced or unannounced.</translation>
    </message>
    <message>
        <source>Say where the visit took place.</source>
        <translation>Say where the visit took place.</translation>
    </message>
    <message>
        <source>Describe the place of the visit.</source>
        <translation>Describe the place of the visit.</translation>
    </message>
    <message>
        <source>Write the purpose of the visit.</source>
        <translation>Write the purpose of the visit.</translation>
    </message>
    <message>
        <source>Record the arrival time.</source>
        <translation>Record the arrival time.</translation>
    </message>
    <message>
        <source>Record the location, or that it was not available.</source>
        <translation>Record the location, or that it was not available.</translation>
    </message>
    <message>
        <source>The position from the device is incomplete; try again or enter it by hand.</source>
        <translation>The position from the device is incomplete; try again or enter it by hand.</translation>
    </message>
    <message>
        <source>Enter the location by hand or describe where you were.</source>
        <translation>Enter the location by hand or describe where you were.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Answer: %1</translation>
    </message>
    <message>
        <source>Say why %1 was not seen.</source>
        <translation>Say why %1 was not seen.</translation>
    </message>
    <message>
        <source>Say whether the child was seen.</source>
        <translation>Say whether the child was seen.</translation>
    </message>
    <message>
        <source>Say why the child was not seen.</source>
        <translation>Say why the child was not seen.</translation>
    </message>
    <message>
        <source>Say whether the child was seen alone.</source>
        <translation>Say whether the child was seen alone.</translation>
    </message>
    <message>
        <source>Say why the child was not seen alone.</source>
        <translation>Say why the child was not seen alone.</translation>
    </message>
    <message>
        <source>Record where the child sleeps.</source>
        <translation>Record where the child sleeps.</translation>
    </message>
    <message>
        <source>Record how the child communicates.</source>
        <translation>Record how the child communicates.</translation>
    </message>
    <message>
        <source>Record who interpreted.</source>
        <translation>Record who interpreted.</translation>
    </message>
    <message>
        <source>Record who the interpreter is to the child.</source>
        <translation>Record who the interpreter is to the child.</translation>
    </message>
    <message>
        <source>Describe what a day is like for this child.</source>
        <translation>Describe what a day is like for this child.</translation>
    </message>
    <message>
        <source>Describe the sexualised behaviour exactly as it was seen or heard.</source>
        <translation>Describe the sexualised behaviour exactly as it was seen or heard.</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Rate: %1</translation>
    </message>
    <message>
        <source>Describe what you saw, heard or smelt: %1</source>
        <translation>Describe what you saw, heard or smelt: %1</translation>
    </message>
    <message>
        <source>Choose the level of co-operation.</source>
        <translation>Choose the level of co-operation.</translation>
    </message>
    <message>
        <source>Write what the co-operation rating is based on.</source>
        <translation>Write what the co-operation rating is based on.</translation>
    </message>
    <message>
        <source>Say which appointment the child was not brought to, and when.</source>
        <translation>Say which appointment the child was not brought to, and when.</translation>
    </message>
    <message>
        <source>Record the follow-up for each appointment the child was not brought to.</source>
        <translation>Record the follow-up for each appointment the child was not brought to.</translation>
    </message>
    <message>
        <source>Say whether there is an immediate safety concern.</source>
        <translation>Say whether there is an immediate safety concern.</translation>
    </message>
    <message>
        <source>Describe the immediate safety concern.</source>
        <translation>Describe the immediate safety concern.</translation>
    </message>
    <message>
        <source>Record the action taken under local procedure.</source>
        <translation>Record the action taken under local procedure.</translation>
    </message>
    <message>
        <source>Record who was told and when.</source>
        <translation>Record who was told and when.</translation>
    </message>
    <message>
        <source>Record the outcome and rationale of each professional difference.</source>
        <translation>Record the outcome and rationale of each professional difference.</translation>
    </message>
    <message>
        <source>Each next step needs what, who and by when.</source>
        <translation>Each next step needs what, who and by when.</translation>
    </message>
    <message>
        <source>Mark %1 on the body map needs its size, colour and description.</source>
        <translation>Mark %1 on the body map needs its size, colour and description.</translation>
    </message>
    <message>
        <source>Mark %1 on the body map needs the date it was seen (and any date of injury no later).</source>
        <translation>Mark %1 on the body map needs the date it was seen (and any date of injury no later).</translation>
    </message>
    <message>
        <source>Photo %1 names a mark that is not on the body map.</source>
        <translation>Photo %1 names a mark that is not on the body map.</translation>
    </message>
    <message>
        <source>Say whether anyone new lives in or regularly visits the home since the last visit.</source>
        <translation>Say whether anyone new lives in or regularly visits the home since the last visit.</translation>
    </message>
</context>
<context>
    <name>hearth::Workspace</name>
    <message>
        <source>Signed by %1</source>
        <translation>Signed by %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>The visit prompts could not be loaded.</source>
        <translation>The visit prompts could not be loaded.</translation>
    </message>
    <message>
        <source>This visit has been finished and can no longer be changed.</source>
        <translation>This visit has been finished and can no longer be changed.</translation>
    </message>
    <message>
        <source>Please type the child's name. For an unborn child, type the family name.</source>
        <translation>Please type the child's name. For an unborn child, type the family name.</translation>
    </message>
    <message>
        <source>Please write dates as year-month-day, for example 2023-04-17.</source>
        <translation>Please write dates as year-month-day, for example 2023-04-17.</translation>
    </message>
    <message>
        <source>This signed visit could not be read.</source>
        <translation>This signed visit could not be read.</translation>
    </message>
    <message>
        <source>Some things still need to be recorded before this visit can be signed. They are listed on this page.</source>
        <translation>Some things still need to be recorded before this visit can be signed. They are listed on this page.</translation>
    </message>
    <message>
        <source>Hearth is busy. Please try again in a moment.</source>
        <translation>Hearth is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>The visit was closed before it could be signed.</source>
        <translation>The visit was closed before it could be signed.</translation>
    </message>
    <message>
        <source>%1 · no longer on your caseload (changed by your agency); this draft is kept: finish and sign it, or discard it</source>
        <translation>%1 · no longer on your caseload (changed by your agency); this draft is kept: finish and sign it, or discard it</translation>
    </message>
    <message>
        <source>the practitioner on this tablet</source>
        <translation>the practitioner on this tablet</translation>
    </message>
    <message>
        <source>The concern categories could not be loaded.</source>
        <translation>The concern categories could not be loaded.</translation>
    </message>
    <message>
        <source>This concern could not be opened: %1</source>
        <translation>This concern could not be opened: %1</translation>
    </message>
    <message>
        <source>The concern was closed before it could be signed.</source>
        <translation>The concern was closed before it could be signed.</translation>
    </message>
    <message>
        <source>This child is not on the tablet.</source>
        <translation>This child is not on the tablet.</translation>
    </message>
    <message>
        <source>The household was closed before it could be saved.</source>
        <translation>The household was closed before it could be saved.</translation>
    </message>
    <message>
        <source>This child's chronology could not be opened: %1</source>
        <translation>This child's chronology could not be opened: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>The records could not be read: %1</translation>
    </message>
    <message>
        <source>Please write what you make of this flag before signing.</source>
        <translation>Please write what you make of this flag before signing.</translation>
    </message>
    <message>
        <source>Hearth was locked before the acknowledgement could be signed.</source>
        <translation>Hearth was locked before the acknowledgement could be signed.</translation>
    </message>
    <message>
        <source>This flag is no longer open: nothing was signed.</source>
        <translation>This flag is no longer open: nothing was signed.</translation>
    </message>
    <message>
        <source>Child mode could not be opened: %1</source>
        <translation>Child mode could not be opened: %1</translation>
    </message>
    <message>
        <source>What the child made before could not be read: %1</source>
        <translation>What the child made before could not be read: %1</translation>
    </message>
    <message>
        <source>The content pack could not be loaded, so no session can be started.</source>
        <translation>The content pack could not be loaded, so no session can be started.</translation>
    </message>
    <message>
        <source>This session could not be opened: %1</source>
        <translation>This session could not be opened: %1</translation>
    </message>
    <message>
        <source>The session was closed before it could be signed.</source>
        <translation>The session was closed before it could be signed.</translation>
    </message>
    <message>
        <source>This episode could not be opened: %1</source>
        <translation>This episode could not be opened: %1</translation>
    </message>
    <message>
        <source>The episode was closed before it could be signed.</source>
        <translation>The episode was closed before it could be signed.</translation>
    </message>
    <message>
        <source>Choose a child on your caseload before handing them the tablet.</source>
        <translation>Choose a child on your caseload before handing them the tablet.</translation>
    </message>
    <message>
        <source>This interview could not be opened: %1</source>
        <translation>This interview could not be opened: %1</translation>
    </message>
    <message>
        <source>The interview was closed before it could be signed.</source>
        <translation>The interview was closed before it could be signed.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Choose what happened.</translation>
    </message>
    <message>
        <source>Say on what day it happened.</source>
        <translation>Say on what day it happened.</translation>
    </message>
    <message>
        <source>The day it happened cannot be after today.</source>
        <translation>The day it happened cannot be after today.</translation>
    </message>
    <message>
        <source>Say who told you.</source>
        <translation>Say who told you.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Say what happened.</translation>
    </message>
    <message>
        <source>The household was closed before the life event could be recorded.</source>
        <translation>The household was closed before the life event could be recorded.</translation>
    </message>
</context>
<context>
    <name>hearth::YoungPersonRecord</name>
    <message>
        <source>That young person could not be found on this tablet.</source>
        <translation>That young person could not be found on this tablet.</translation>
    </message>
</context>
</TS>