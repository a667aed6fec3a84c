<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>AcknowledgeFlagDialog</name>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Cydnabod y fflag hon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The flag stays on the record, marked acknowledged, and comes back if new evidence is recorded.</source>
        <translation>Mae’r fflag yn aros ar y cofnod, wedi’i nodi’n gydnabyddedig, ac mae’n dod yn ôl os cofnodir tystiolaeth newydd.</translation>
    </message>
    <message>
        <source>What you make of it, and what you will do</source>
        <translation>Beth yw eich barn amdani, a beth fyddwch chi’n ei wneud</translation>
    </message>
    <message>
        <source>What you make of this flag</source>
        <translation>Eich barn am y fflag hon</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Teipiwch eich cod pas i lofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Llofnodi</translation>
    </message>
</context>
<context>
    <name>AddChildDialog</name>
    <message>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Child's given name</source>
        <translation>Enw cyntaf y plentyn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Child's family name</source>
        <translation>Cyfenw’r plentyn</translation>
    </message>
    <message>
        <source>Unborn child</source>
        <translation>Plentyn heb ei eni</translation>
    </message>
    <message>
        <source>Expected date</source>
        <translation>Dyddiad disgwyl</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Add child</source>
        <translation>Ychwanegu’r plentyn</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend this visit</source>
        <translation>Diwygio’r ymweliad hwn</translation>
    </message>
    <message>
        <source>The signed visit stays as it is. The amendment is signed as a new record that points to it.</source>
        <translation>Mae’r ymweliad wedi’i lofnodi yn aros fel y mae. Caiff y diwygiad ei lofnodi fel cofnod newydd sy’n cyfeirio ato.</translation>
    </message>
    <message>
        <source>What should the record now say?</source>
        <translation>Beth ddylai’r cofnod ei ddweud bellach?</translation>
    </message>
    <message>
        <source>What the record should now say</source>
        <translation>Beth ddylai’r cofnod ei ddweud bellach</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Y rheswm dros y diwygiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Sign amendment</source>
        <translation>Llofnodi’r diwygiad</translation>
    </message>
</context>
<context>
    <name>BodyMapFigure</name>
    <message>
        <source>Back of the body</source>
        <translation>Cefn y corff</translation>
    </message>
    <message>
        <source>Front of the body</source>
        <translation>Blaen y corff</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Chwith</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Blaen</translation>
    </message>
</context>
<context>
    <name>BodyMapSection</name>
    <message>
        <source>Body map</source>
        <translation>Map o’r corff</translation>
    </message>
    <message>
        <source>Tap the new place for mark %1.</source>
        <translation>Tapiwch y lle newydd ar gyfer marc %1.</translation>
    </message>
    <message>
        <source>If you saw an injury, tap the outline where it is. Left and right are the child’s.</source>
        <translation>Os gwelsoch chi anaf, tapiwch yr amlinell lle mae. Chwith a de’r plentyn yw’r chwith a’r de.</translation>
    </message>
    <message>
        <source>Baby (under 1)</source>
        <translation>Baban (dan 1)</translation>
    </message>
    <message>
        <source>Child (1 to 10)</source>
        <translation>Plentyn (1 i 10)</translation>
    </message>
    <message>
        <source>Older child (11 and over)</source>
        <translation>Plentyn hŷn (11 a throsodd)</translation>
    </message>
    <message>
        <source>Mark %1: %2 (%3)</source>
        <translation>Marc %1: %2 (%3)</translation>
    </message>
    <message>
        <source>Cancel move</source>
        <translation>Canslo symud</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Move mark %1</source>
        <translation>Symud marc %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove mark %1</source>
        <translation>Tynnu marc %1</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>Hyd (mm)</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>Lled (mm)</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Lliw</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Disgrifiad</translation>
    </message>
    <message>
        <source>Shape, edges, pattern and anything in it, as you saw it.</source>
        <translation>Y siâp, yr ymylon, y patrwm ac unrhyw beth ynddo, fel y gwelsoch chi ef.</translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation>Dyddiad ei weld</translation>
    </message>
    <message>
        <source>Date of injury, if known</source>
        <translation>Dyddiad yr anaf, os yw’n hysbys</translation>
    </message>
</context>
<context>
    <name>BodyMapView</name>
    <message>
        <source>Body map</source>
        <translation>Map o’r corff</translation>
    </message>
</context>
<context>
    <name>BodyRegion</name>
    <message>
        <source>face and front of head</source>
        <translation>wyneb a blaen y pen</translation>
    </message>
    <message>
        <source>back of head</source>
        <translation>cefn y pen</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>gwddf</translation>
    </message>
    <message>
        <source>back of neck</source>
        <translation>cefn y gwddf</translation>
    </message>
    <message>
        <source>chest</source>
        <translation>brest</translation>
    </message>
    <message>
        <source>abdomen</source>
        <translation>bol</translation>
    </message>
    <message>
        <source>genital area</source>
        <translation>ardal yr organau cenhedlu</translation>
    </message>
    <message>
        <source>upper back</source>
        <translation>rhan uchaf y cefn</translation>
    </message>
    <message>
        <source>lower back</source>
        <translation>rhan isaf y cefn</translation>
    </message>
    <message>
        <source>buttocks</source>
        <translation>pen-ôl</translation>
    </message>
    <message>
        <source>left upper arm</source>
        <translation>rhan uchaf y fraich chwith</translation>
    </message>
    <message>
        <source>right upper arm</source>
        <translation>rhan uchaf y fraich dde</translation>
    </message>
    <message>
        <source>left forearm</source>
        <translation>blaen y fraich chwith</translation>
    </message>
    <message>
        <source>right forearm</source>
        <translation>blaen y fraich dde</translation>
    </message>
    <message>
        <source>left hand</source>
        <translation>llaw chwith</translation>
    </message>
    <message>
        <source>right hand</source>
        <translation>llaw dde</translation>
    </message>
    <message>
        <source>left thigh</source>
        <translation>morddwyd chwith</translation>
    </message>
    <message>
        <source>right thigh</source>
        <translation>morddwyd dde</translation>
    </message>
    <message>
        <source>left lower leg</source>
        <translation>rhan isaf y goes chwith</translation>
    </message>
    <message>
        <source>right lower leg</source>
        <translation>rhan isaf y goes dde</translation>
    </message>
    <message>
        <source>left foot</source>
        <translation>troed chwith</translation>
    </message>
    <message>
        <source>right foot</source>
        <translation>troed dde</translation>
    </message>
    <message>
        <source>red</source>
        <translation>coch</translation>
    </message>
    <message>
        <source>purple</source>
        <translation>porffor</translation>
    </message>
    <message>
        <source>blue</source>
        <translation>glas</translation>
    </message>
    <message>
        <source>green</source>
        <translation>gwyrdd</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>melyn</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>brown</translation>
    </message>
    <message>
        <source>another colour</source>
        <translation>lliw arall</translation>
    </message>
    <message>
        <source>colour not recorded</source>
        <translation>lliw heb ei gofnodi</translation>
    </message>
    <message>
        <source>back</source>
        <translation>cefn</translation>
    </message>
    <message>
        <source>front</source>
        <translation>blaen</translation>
    </message>
</context>
<context>
    <name>CaseloadPane</name>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Add a child</source>
        <translation>Ychwanegu plentyn</translation>
    </message>
    <message>
        <source>Search by name or postcode</source>
        <translation>Chwilio yn ôl enw neu god post</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Chwilio’r llwyth achosion</translation>
    </message>
    <message>
        <source>No child matches “%1”.</source>
        <translation>Does dim plentyn yn cyfateb i “%1”.</translation>
    </message>
    <message>
        <source>No children on this tablet yet. Your caseload arrives once the tablet is linked to your agency; until then you can add a child here.</source>
        <translation>Does dim plant ar y llechen hon eto. Bydd eich llwyth achosion yn cyrraedd pan fydd y llechen wedi’i chysylltu â’ch asiantaeth; tan hynny gallwch ychwanegu plentyn yma.</translation>
    </message>
    <message>
        <source>%1 · added on this tablet</source>
        <translation>%1 · wedi’i ychwanegu ar y llechen hon</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Dechrau ymweliad</translation>
    </message>
    <message>
        <source>Start a visit for %1</source>
        <translation>Dechrau ymweliad ar gyfer %1</translation>
    </message>
    <message>
        <source>%1 · no longer on your caseload (changed by your agency)</source>
        <translation>%1 · nid yw ar eich llwyth achosion mwyach (newidiwyd gan eich asiantaeth)</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio’r chwiliad</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Trefnu yn ôl enw</translation>
    </message>
    <message>
        <source>Sort by next due</source>
        <translation>Trefnu yn ôl y cyswllt nesaf</translation>
    </message>
    <message>
        <source>Sort by last contact (oldest first)</source>
        <translation>Trefnu yn ôl y cyswllt diwethaf (yr hynaf yn gyntaf)</translation>
    </message>
    <message>
        <source>Sort the caseload</source>
        <translation>Trefnu’r llwyth achosion</translation>
    </message>
    <message>
        <source>All children</source>
        <translation>Pob plentyn</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Angen yr wythnos hon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Yn hwyr</translation>
    </message>
    <message>
        <source>Not seen for…</source>
        <translation>Heb ei weld ers…</translation>
    </message>
    <message>
        <source>Show which children</source>
        <translation>Pa blant i’w dangos</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 wythnos</translation>
    </message>
    <message>
        <source>Not seen for how many weeks</source>
        <translation>Heb ei weld ers sawl wythnos</translation>
    </message>
    <message>
        <source>No child on your caseload matches this filter.</source>
        <translation>Does dim plentyn ar eich llwyth achosion yn cyfateb i’r hidlydd hwn.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Aelwyd</translation>
    </message>
    <message>
        <source>Household and health of %1</source>
        <translation>Aelwyd ac iechyd %1</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Wedi’u fflagio</translation>
    </message>
    <message>
        <source>Looking for patterns in the children's records…</source>
        <translation>Yn chwilio am batrymau yng nghofnodion y plant…</translation>
    </message>
    <message>
        <source>No child on your caseload has an open flag.</source>
        <translation>Does gan yr un plentyn ar eich llwyth achosion fflag agored.</translation>
    </message>
    <message>
        <source>Flag: %1 (and %2 more)</source>
        <translation>Fflag: %1 (a %2 arall)</translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation>Fflag: %1</translation>
    </message>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Cydnabod y fflag hon</translation>
    </message>
    <message>
        <source>Acknowledge the flag for %1</source>
        <translation>Cydnabod y fflag ar gyfer %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>Open the chronology of %1</source>
        <translation>Agor cronoleg %1</translation>
    </message>
</context>
<context>
    <name>ChangePasscodeDialog</name>
    <message>
        <source>Change passcode</source>
        <translation>Newid y cod pas</translation>
    </message>
    <message>
        <source>Current passcode</source>
        <translation>Cod pas presennol</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>Cod pas newydd</translation>
    </message>
    <message>
        <source>Type the new passcode again</source>
        <translation>Teipiwch y cod pas newydd eto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wrthi’n newid…</translation>
    </message>
</context>
<context>
    <name>ChildDrawPanel</name>
    <message>
        <source>Drawing paper</source>
        <translation>Papur lluniadu</translation>
    </message>
    <message>
        <source>Pen colour %1</source>
        <translation>Lliw pen %1</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Tenau</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>Thick</source>
        <translation>Trwchus</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>New page</source>
        <translation>Tudalen newydd</translation>
    </message>
    <message>
        <source>The paper is full.</source>
        <translation>Mae'r papur yn llawn.</translation>
    </message>
</context>
<context>
    <name>ChildHousesPanel</name>
    <message>
        <source>Worries</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>Good things</source>
        <translation>Pethau da</translation>
    </message>
    <message>
        <source>Dreams</source>
        <translation>Breuddwydion</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Dy eiriau di</translation>
    </message>
    <message>
        <source>Put in</source>
        <translation>Rho i mewn</translation>
    </message>
</context>
<context>
    <name>ChildLeaveDialog</name>
    <message>
        <source>Give the tablet back</source>
        <translation>Rhoi'r llechen yn ôl</translation>
    </message>
    <message>
        <source>Practitioner's passcode</source>
        <translation>Cod cyfrin yr ymarferydd</translation>
    </message>
    <message>
        <source>Back to the child</source>
        <translation>Yn ôl at y plentyn</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi’n gwirio…</translation>
    </message>
    <message>
        <source>End child mode</source>
        <translation>Gorffen modd plentyn</translation>
    </message>
</context>
<context>
    <name>ChildModePage</name>
    <message>
        <source>Hello, %1!</source>
        <translation>Helô, %1!</translation>
    </message>
    <message>
        <source>Draw a picture</source>
        <translation>Tynna lun</translation>
    </message>
    <message>
        <source>Three houses: worries, good things and dreams</source>
        <translation>Tri thŷ: pryderon, pethau da a breuddwydion</translation>
    </message>
    <message>
        <source>How do you feel?</source>
        <translation>Sut wyt ti'n teimlo?</translation>
    </message>
    <message>
        <source>Grown-up</source>
        <translation>Oedolyn</translation>
    </message>
    <message>
        <source>Give the tablet back to the grown-up</source>
        <translation>Rho'r llechen yn ôl i'r oedolyn</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Tynnu llun</translation>
    </message>
    <message>
        <source>Houses</source>
        <translation>Tai</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Wynebau</translation>
    </message>
</context>
<context>
    <name>ChildScalesPanel</name>
    <message>
        <source>At home</source>
        <translation>Gartref</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>Yn yr ysgol</translation>
    </message>
    <message>
        <source>How safe do you feel?</source>
        <translation>Pa mor ddiogel wyt ti'n teimlo?</translation>
    </message>
    <message>
        <source>How happy are you?</source>
        <translation>Pa mor hapus wyt ti?</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 allan o 10</translation>
    </message>
</context>
<context>
    <name>ChildSpeakButton</name>
    <message>
        <source>Read aloud</source>
        <translation>Darllen yn uchel</translation>
    </message>
</context>
<context>
    <name>ChildVoiceDraft</name>
    <message>
        <source>Write the child's school year.</source>
        <translation>Ysgrifennwch flwyddyn ysgol y plentyn.</translation>
    </message>
    <message>
        <source>Write where you saw the child.</source>
        <translation>Ysgrifennwch ble gwelsoch chi’r plentyn.</translation>
    </message>
    <message>
        <source>Choose where you saw the child.</source>
        <translation>Dewiswch ble gwelsoch chi’r plentyn.</translation>
    </message>
    <message>
        <source>Write why the child was not seen alone.</source>
        <translation>Ysgrifennwch pam na welwyd y plentyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Say whether you saw the child alone.</source>
        <translation>Dywedwch a welsoch chi’r plentyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Give each scaling question its question and the child's number.</source>
        <translation>Rhowch ei gwestiwn a rhif y plentyn i bob cwestiwn graddfa.</translation>
    </message>
    <message>
        <source>Write down something of the child's: their words or an answer.</source>
        <translation>Ysgrifennwch rywbeth gan y plentyn: ei eiriau neu ateb.</translation>
    </message>
    <message>
        <source>Write what you will do with what the child told you.</source>
        <translation>Ysgrifennwch beth fyddwch chi’n ei wneud â’r hyn a ddywedodd y plentyn wrthych.</translation>
    </message>
    <message>
        <source>Write what you told the child will happen next.</source>
        <translation>Ysgrifennwch beth ddywedoch chi wrth y plentyn fydd yn digwydd nesaf.</translation>
    </message>
    <message>
        <source>Choose the child.</source>
        <translation>Dewiswch y plentyn.</translation>
    </message>
    <message>
        <source>Something in this session is not right.</source>
        <translation>Mae rhywbeth o’i le yn y sesiwn hon.</translation>
    </message>
</context>
<context>
    <name>ChildVoiceMade</name>
    <message>
        <source>At home</source>
        <translation>Gartref</translation>
    </message>
    <message>
        <source>At school</source>
        <translation>Yn yr ysgol</translation>
    </message>
    <message>
        <source>How safe do you feel?</source>
        <translation>Pa mor ddiogel wyt ti'n teimlo?</translation>
    </message>
    <message>
        <source>How happy are you?</source>
        <translation>Pa mor hapus wyt ti?</translation>
    </message>
    <message>
        <source>Made by the child, in their own way</source>
        <translation>Wedi’i wneud gan y plentyn, yn ei ffordd ei hun</translation>
    </message>
    <message>
        <source>The child's drawing</source>
        <translation>Llun y plentyn</translation>
    </message>
    <message>
        <source>In the house of worries</source>
        <translation>Yn y tŷ pryderon</translation>
    </message>
    <message>
        <source>In the house of good things</source>
        <translation>Yn y tŷ pethau da</translation>
    </message>
    <message>
        <source>In the house of dreams</source>
        <translation>Yn y tŷ breuddwydion</translation>
    </message>
    <message>
        <source>%1: %2 out of 10</source>
        <translation>%1: %2 allan o 10</translation>
    </message>
</context>
<context>
    <name>ChildVoicePage</name>
    <message>
        <source>Session with a child</source>
        <translation>Sesiwn gyda phlentyn</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>Where did you see the child?</source>
        <translation>Ble gwelsoch chi’r plentyn?</translation>
    </message>
    <message>
        <source>Where was it? (needed)</source>
        <translation>Ble oedd e? (angen)</translation>
    </message>
    <message>
        <source>Which room or place (if it helps)</source>
        <translation>Pa ystafell neu le (os yw’n helpu)</translation>
    </message>
    <message>
        <source>Who else was there?</source>
        <translation>Pwy arall oedd yno?</translation>
    </message>
    <message>
        <source>One person on each line, with their role. Leave empty if nobody else was there.</source>
        <translation>Un person ar bob llinell, gyda’i rôl. Gadewch yn wag os nad oedd neb arall yno.</translation>
    </message>
    <message>
        <source>Did you see the child alone?</source>
        <translation>A welsoch chi’r plentyn ar ei ben ei hun?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Why not alone? (needed)</source>
        <translation>Pam nad ar ei ben ei hun? (angen)</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>Geiriau’r plentyn</translation>
    </message>
    <message>
        <source>Add the child's words</source>
        <translation>Ychwanegu geiriau’r plentyn</translation>
    </message>
    <message>
        <source>Wishes and feelings</source>
        <translation>Dymuniadau a theimladau</translation>
    </message>
    <message>
        <source>The three houses: write each thing the child puts in a house on its own line, in the child's words.</source>
        <translation>Y tri thŷ: ysgrifennwch bob peth y mae’r plentyn yn ei roi mewn tŷ ar ei linell ei hun, yng ngeiriau’r plentyn.</translation>
    </message>
    <message>
        <source>House of worries</source>
        <translation>Tŷ’r pryderon</translation>
    </message>
    <message>
        <source>House of good things</source>
        <translation>Tŷ’r pethau da</translation>
    </message>
    <message>
        <source>House of dreams</source>
        <translation>Tŷ’r breuddwydion</translation>
    </message>
    <message>
        <source>Add a scaling question (0 to 10)</source>
        <translation>Ychwanegu cwestiwn graddfa (0 i 10)</translation>
    </message>
    <message>
        <source>Who does the child trust?</source>
        <translation>Pwy mae’r plentyn yn ymddiried ynddynt?</translation>
    </message>
    <message>
        <source>One person on each line, as the child names them.</source>
        <translation>Un person ar bob llinell, fel y mae’r plentyn yn eu henwi.</translation>
    </message>
    <message>
        <source>What would make things better, in the child's words</source>
        <translation>Beth fyddai’n gwneud pethau’n well, yng ngeiriau’r plentyn</translation>
    </message>
    <message>
        <source>What the child thinks of their plan</source>
        <translation>Beth mae’r plentyn yn ei feddwl o’i gynllun</translation>
    </message>
    <message>
        <source>What happens now</source>
        <translation>Beth sy’n digwydd nawr</translation>
    </message>
    <message>
        <source>What will you do with what the child told you? (needed)</source>
        <translation>Beth fyddwch chi’n ei wneud â’r hyn a ddywedodd y plentyn wrthych? (angen)</translation>
    </message>
    <message>
        <source>What did you tell the child will happen next? (needed)</source>
        <translation>Beth ddywedoch chi wrth y plentyn fydd yn digwydd nesaf? (angen)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The child's own drawing and answers</source>
        <translation>Llun ac atebion y plentyn ei hun</translation>
    </message>
    <message>
        <source>Child mode is for a child on your caseload.</source>
        <translation>Mae modd plentyn ar gyfer plentyn ar eich llwyth achosion.</translation>
    </message>
    <message>
        <source>Hand the tablet to the child</source>
        <translation>Rhoi’r dabled i’r plentyn</translation>
    </message>
</context>
<context>
    <name>ChildVoiceQuote</name>
    <message>
        <source>The child's words, written down at %1</source>
        <translation>Geiriau’r plentyn, a ysgrifennwyd am %1</translation>
    </message>
    <message>
        <source>Exactly as the child said them.</source>
        <translation>Yn union fel y dywedodd y plentyn nhw.</translation>
    </message>
    <message>
        <source>What you were talking about (if it helps)</source>
        <translation>Am beth roeddech chi’n siarad (os yw’n helpu)</translation>
    </message>
    <message>
        <source>Remove these words</source>
        <translation>Tynnu’r geiriau hyn</translation>
    </message>
</context>
<context>
    <name>ChildVoiceScale</name>
    <message>
        <source>The question you asked</source>
        <translation>Y cwestiwn a ofynnoch</translation>
    </message>
    <message>
        <source>For example “If 10 is safe and 0 is not safe at all, where are you at home?”</source>
        <translation>Er enghraifft “Os yw 10 yn ddiogel a 0 ddim yn ddiogel o gwbl, ble wyt ti gartref?”</translation>
    </message>
    <message>
        <source>The child's number</source>
        <translation>Rhif y plentyn</translation>
    </message>
    <message>
        <source>Why that number, in the child's words</source>
        <translation>Pam y rhif hwnnw, yng ngeiriau’r plentyn</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Tynnu’r cwestiwn hwn</translation>
    </message>
</context>
<context>
    <name>ChildVoiceSignBox</name>
    <message>
        <source>Signed as: %1. After signing the session cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Wedi’i lofnodi fel: %1. Ar ôl ei llofnodi ni ellir newid y sesiwn; mae’n mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>Your passcode, to sign</source>
        <translation>Eich cod pas, i lofnodi</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
    <message>
        <source>Sign the session</source>
        <translation>Llofnodi’r sesiwn</translation>
    </message>
</context>
<context>
    <name>ChronologyAcknowledgeDialog</name>
    <message>
        <source>Acknowledge a flag</source>
        <translation>Cydnabod baner</translation>
    </message>
    <message>
        <source>Your note is signed with your name and kept with the child's records. The flag is not removed: it stays here, marked acknowledged, and comes back if new records add to it.</source>
        <translation>Caiff eich nodyn ei lofnodi gyda’ch enw a’i gadw gyda chofnodion y plentyn. Nid yw’r faner yn cael ei thynnu: mae’n aros yma, wedi’i marcio’n gydnabyddedig, ac yn dod yn ôl os bydd cofnodion newydd yn ychwanegu ati.</translation>
    </message>
    <message>
        <source>What you made of it, and what you will do</source>
        <translation>Beth rydych chi’n ei wneud ohoni, a beth y byddwch chi’n ei wneud</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Teipiwch eich cod pas i lofnodi</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
    <message>
        <source>Sign the acknowledgement</source>
        <translation>Llofnodi’r gydnabyddiaeth</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>ChronologyEntryCard</name>
    <message>
        <source>(amended)</source>
        <translation>(diwygiwyd)</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Cyfweliad dychwelyd adref</translation>
    </message>
</context>
<context>
    <name>ChronologyFlagCard</name>
    <message numerus="yes">
        <source>Show the %n record(s)</source>
        <translation>
            <numerusform>Dangos y %n cofnod</numerusform>
            <numerusform>Dangos y %n cofnod</numerusform>
            <numerusform>Dangos y %n cofnod</numerusform>
            <numerusform>Dangos y %n cofnod</numerusform>
            <numerusform>Dangos y %n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the records behind this flag: %1</source>
        <translation>Dangos y cofnodion y tu ôl i’r faner hon: %1</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Cydnabod…</translation>
    </message>
    <message>
        <source>Acknowledge this flag with a note: %1</source>
        <translation>Cydnabod y faner hon gyda nodyn: %1</translation>
    </message>
</context>
<context>
    <name>ChronologyHeader</name>
    <message>
        <source>Reading and checking the records…</source>
        <translation>Wrthi’n darllen a gwirio’r cofnodion…</translation>
    </message>
    <message>
        <source>No flags</source>
        <translation>Dim baneri</translation>
    </message>
    <message>
        <source>Flags: %1, %2 not yet acknowledged</source>
        <translation>Baneri: %1, %2 heb eu cydnabod eto</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Cofnodion, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>The records behind a flag</source>
        <translation>Y cofnodion y tu ôl i faner</translation>
    </message>
    <message>
        <source>Which entries to show</source>
        <translation>Pa gofnodion i’w dangos</translation>
    </message>
    <message>
        <source>Show every entry</source>
        <translation>Dangos pob cofnod</translation>
    </message>
</context>
<context>
    <name>ChronologyPage</name>
    <message>
        <source>‹ Back</source>
        <translation>‹ Yn ôl</translation>
    </message>
    <message>
        <source>Close the chronology</source>
        <translation>Cau’r gronoleg</translation>
    </message>
    <message>
        <source>Chronology: %1</source>
        <translation>Cronoleg: %1</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Allforio PDF…</translation>
    </message>
    <message>
        <source>Save this chronology as a PDF for a conference</source>
        <translation>Cadw’r gronoleg hon fel PDF ar gyfer cynhadledd</translation>
    </message>
    <message>
        <source>Save the chronology as a PDF</source>
        <translation>Cadw’r gronoleg fel PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dogfennau PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ChronologyText</name>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Ni ddaethpwyd â’r plentyn</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Pryder</translation>
    </message>
    <message>
        <source>Injury or mark</source>
        <translation>Anaf neu farc</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Cydweithredu</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>Geiriau’r plentyn</translation>
    </message>
    <message>
        <source>Life event</source>
        <translation>Digwyddiad bywyd</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Diwygiad</translation>
    </message>
    <message>
        <source>Agency summary</source>
        <translation>Crynodeb yr asiantaeth</translation>
    </message>
    <message>
        <source>Flag acknowledged</source>
        <translation>Baner wedi’i chydnabod</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>dyddiad heb ei gofnodi</translation>
    </message>
    <message>
        <source>Announced visit</source>
        <translation>Ymweliad wedi’i drefnu</translation>
    </message>
    <message>
        <source>Unannounced visit</source>
        <translation>Ymweliad heb rybudd</translation>
    </message>
    <message>
        <source>child NOT seen</source>
        <translation>NI welwyd y plentyn</translation>
    </message>
    <message>
        <source>whether the child was seen is not recorded</source>
        <translation>ni chofnodwyd a welwyd y plentyn</translation>
    </message>
    <message>
        <source>child seen alone</source>
        <translation>gwelwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
        <source>child seen, not alone</source>
        <translation>gwelwyd y plentyn, nid ar ei ben ei hun</translation>
    </message>
    <message>
        <source>child seen</source>
        <translation>gwelwyd y plentyn</translation>
    </message>
    <message>
        <source>From the agency's caseload feed (not a signed record)</source>
        <translation>O ffrwd llwyth achosion yr asiantaeth (nid cofnod wedi’i lofnodi)</translation>
    </message>
    <message>
        <source>Signature checked</source>
        <translation>Llofnod wedi’i wirio</translation>
    </message>
    <message>
        <source>Signature checked, but the record is out of order in this tablet's records</source>
        <translation>Llofnod wedi’i wirio, ond mae’r cofnod allan o drefn yng nghofnodion y llechen hon</translation>
    </message>
    <message>
        <source>SIGNATURE FAILED: this record could not be checked</source>
        <translation>METHODD Y LLOFNOD: nid oedd modd gwirio’r cofnod hwn</translation>
    </message>
    <message>
        <source>Recorded by: not known</source>
        <translation>Cofnodwyd gan: ddim yn hysbys</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Cofnodwyd gan %1</translation>
    </message>
    <message>
        <source>Built from %1 signed records (%2 signatures checked, %3 out of order in the chain, %4 that could not be checked, %5 unreadable) and %6 agency summaries from the caseload feed.</source>
        <translation>Wedi’i llunio o %1 cofnod wedi’u llofnodi (%2 llofnod wedi’u gwirio, %3 allan o drefn yn y gadwyn, %4 nad oedd modd eu gwirio, %5 annarllenadwy) a %6 crynodeb gan yr asiantaeth o’r ffrwd llwyth achosion.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, yn %2</translation>
    </message>
    <message>
        <source>%1. Why the child was not seen: %2</source>
        <translation>%1. Pam na welwyd y plentyn: %2</translation>
    </message>
    <message>
        <source>%1. Why not seen alone: %2</source>
        <translation>%1. Pam na welwyd ar ei ben ei hun: %2</translation>
    </message>
    <message>
        <source>Not brought to: %1</source>
        <translation>Ni ddaethpwyd â’r plentyn i: %1</translation>
    </message>
    <message>
        <source>Not brought to: %1, arranged by %2</source>
        <translation>Ni ddaethpwyd â’r plentyn i: %1, wedi’i drefnu gan %2</translation>
    </message>
    <message>
        <source>%1. Follow-up: %2</source>
        <translation>%1. Camau dilynol: %2</translation>
    </message>
    <message>
        <source>Immediate safety: %1. Action: %2</source>
        <translation>Diogelwch uniongyrchol: %1. Cam gweithredu: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3), seen on %4</source>
        <translation>%1: %2 (%3), gwelwyd ar %4</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>Level %1, %2</source>
        <translation>Lefel %1, %2</translation>
    </message>
    <message>
        <source>%1; %2 of %3 appointments kept</source>
        <translation>%1; cadwyd %2 o %3 apwyntiad</translation>
    </message>
    <message>
        <source>%1. Evidence: %2</source>
        <translation>%1. Tystiolaeth: %2</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Corrects an earlier record. Reason: %1</source>
        <translation>Yn cywiro cofnod cynharach. Rheswm: %1</translation>
    </message>
    <message>
        <source>Flag “%1” acknowledged: %2</source>
        <translation>Cydnabuwyd y faner “%1”: %2</translation>
    </message>
    <message>
        <source>Supervisor's review</source>
        <translation>Adolygiad y goruchwyliwr</translation>
    </message>
    <message>
        <source>Countersignature</source>
        <translation>Gwrthlofnod</translation>
    </message>
    <message>
        <source>Professional difference</source>
        <translation>Gwahaniaeth proffesiynol</translation>
    </message>
    <message>
        <source>Reviewed by %1. Decision: %2. Discussion: %3. Rationale: %4</source>
        <translation>Adolygwyd gan %1. Penderfyniad: %2. Trafodaeth: %3. Rhesymeg: %4</translation>
    </message>
    <message>
        <source>Countersigned by %1: %2 of %3. Note: %4</source>
        <translation>Gwrthlofnodwyd gan %1: %2 ar %3. Nodyn: %4</translation>
    </message>
    <message>
        <source>Countersigned by %1: record %2, which is not on this tablet. Note: %3</source>
        <translation>Gwrthlofnodwyd gan %1: cofnod %2, nad yw ar y llechen hon. Nodyn: %3</translation>
    </message>
    <message>
        <source>Professional difference opened: %1 disagrees with %2 about: %3. Escalation step: %4.</source>
        <translation>Gwahaniaeth proffesiynol wedi’i agor: mae %1 yn anghytuno â %2 ynghylch: %3. Cam uwchgyfeirio: %4.</translation>
    </message>
    <message>
        <source>Professional difference closed (opened on %1 about: %2). Outcome: %3</source>
        <translation>Gwahaniaeth proffesiynol wedi’i gau (agorwyd ar %1 ynghylch: %2). Canlyniad: %3</translation>
    </message>
    <message>
        <source>Professional difference closed. Outcome: %1</source>
        <translation>Gwahaniaeth proffesiynol wedi’i gau. Canlyniad: %1</translation>
    </message>
    <message>
        <source>Action: %1 (owner: %2, due %3)</source>
        <translation>Cam gweithredu: %1 (perchennog: %2, erbyn %3)</translation>
    </message>
    <message>
        <source>Flags reviewed: %1</source>
        <translation>Fflagiau a adolygwyd: %1</translation>
    </message>
    <message>
        <source>between the practitioners</source>
        <translation>rhwng yr ymarferwyr</translation>
    </message>
    <message>
        <source>line managers</source>
        <translation>rheolwyr llinell</translation>
    </message>
    <message>
        <source>senior managers</source>
        <translation>uwch reolwyr</translation>
    </message>
    <message>
        <source>the safeguarding partnership</source>
        <translation>y bartneriaeth ddiogelu</translation>
    </message>
    <message>
        <source>Child-voice session</source>
        <translation>Sesiwn llais y plentyn</translation>
    </message>
    <message>
        <source>school</source>
        <translation>ysgol</translation>
    </message>
    <message>
        <source>home</source>
        <translation>cartref</translation>
    </message>
    <message>
        <source>a contact centre</source>
        <translation>canolfan gyswllt</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>y car</translation>
    </message>
    <message>
        <source>another place</source>
        <translation>lle arall</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>seen alone</source>
        <translation>gwelwyd ar ei ben ei hun</translation>
    </message>
    <message>
        <source>not seen alone</source>
        <translation>ni welwyd ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Session with the child at %1 (%2). What happens with it: %3</source>
        <translation>Sesiwn gyda’r plentyn yn %1 (%2). Beth sy’n digwydd gyda hi: %3</translation>
    </message>
    <message>
        <source>Going missing</source>
        <translation>Mynd ar goll</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Cyfweliad dychwelyd adref</translation>
    </message>
    <message>
        <source>Exploitation: what was observed</source>
        <translation>Camfanteisio: yr hyn a welwyd</translation>
    </message>
    <message>
        <source>Places they were found or taken to</source>
        <translation>Lleoedd y cawsant eu canfod neu eu cludo iddynt</translation>
    </message>
    <message>
        <source>Older peers or adults around them</source>
        <translation>Cyfoedion hŷn neu oedolion o’u cwmpas</translation>
    </message>
    <message>
        <source>Contact online</source>
        <translation>Cyswllt ar-lein</translation>
    </message>
    <message>
        <source>Money, phones or clothes not explained</source>
        <translation>Arian, ffonau neu ddillad heb esboniad</translation>
    </message>
    <message>
        <source>Excluded from or missing education</source>
        <translation>Wedi’u gwahardd o addysg neu’n colli addysg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Interview held</source>
        <translation>Cynhaliwyd y cyfweliad</translation>
    </message>
    <message>
        <source>Offered; the young person declined</source>
        <translation>Cynigiwyd; gwrthododd y person ifanc</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Heb ei gynnig</translation>
    </message>
    <message>
        <source>not reported to the police</source>
        <translation>ni roddwyd gwybod i’r heddlu</translation>
    </message>
    <message>
        <source>reported to the police, reference %1</source>
        <translation>rhoddwyd gwybod i’r heddlu, cyfeirnod %1</translation>
    </message>
    <message>
        <source>Came back %1 (%2). Found: %3. How they came back: %4</source>
        <translation>Daeth yn ôl %1 (%2). Ble y’i canfuwyd: %3. Sut y daeth yn ôl: %4</translation>
    </message>
    <message>
        <source>%1, offered %2</source>
        <translation>%1, cynigiwyd %2</translation>
    </message>
    <message>
        <source>%1. Why: %2</source>
        <translation>%1. Pam: %2</translation>
    </message>
    <message>
        <source>%1. Actions: %2</source>
        <translation>%1. Camau gweithredu: %2</translation>
    </message>
    <message>
        <source>%1: %2 (source: %3)</source>
        <translation>%1: %2 (ffynhonnell: %3)</translation>
    </message>
    <message>
        <source>In the house of worries</source>
        <translation>Yn y tŷ pryderon</translation>
    </message>
    <message>
        <source>In the house of good things</source>
        <translation>Yn y tŷ pethau da</translation>
    </message>
    <message>
        <source>In the house of dreams</source>
        <translation>Yn y tŷ breuddwydion</translation>
    </message>
    <message>
        <source>a drawing</source>
        <translation>llun</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n llun</numerusform>
            <numerusform>%n llun</numerusform>
            <numerusform>%n llun</numerusform>
            <numerusform>%n llun</numerusform>
            <numerusform>%n llun</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 out of 10 (%2)</source>
        <translation>%1 allan o 10 (%2)</translation>
    </message>
    <message>
        <source>The child's own, made in child mode: %1</source>
        <translation>Gwaith y plentyn ei hun, a wnaed yn y modd plentyn: %1</translation>
    </message>
    <message>
        <source>at home</source>
        <translation>gartref</translation>
    </message>
    <message>
        <source>at school</source>
        <translation>yn yr ysgol</translation>
    </message>
    <message>
        <source>how safe</source>
        <translation>pa mor ddiogel</translation>
    </message>
    <message>
        <source>how happy</source>
        <translation>pa mor hapus</translation>
    </message>
    <message>
        <source>Bereavement</source>
        <translation>Profedigaeth</translation>
    </message>
    <message>
        <source>Job loss</source>
        <translation>Colli swydd</translation>
    </message>
    <message>
        <source>New partner</source>
        <translation>Partner newydd</translation>
    </message>
    <message>
        <source>New baby</source>
        <translation>Babi newydd</translation>
    </message>
    <message>
        <source>Moved home</source>
        <translation>Symud tŷ</translation>
    </message>
    <message>
        <source>Separation</source>
        <translation>Gwahanu</translation>
    </message>
    <message>
        <source>Release from prison</source>
        <translation>Rhyddhau o’r carchar</translation>
    </message>
    <message>
        <source>Other life event</source>
        <translation>Digwyddiad bywyd arall</translation>
    </message>
    <message>
        <source>%1. Told by: %2</source>
        <translation>%1. Dywedwyd gan: %2</translation>
    </message>
</context>
<context>
    <name>ConcernChildPicker</name>
    <message>
        <source>Which child?</source>
        <translation>Pa blentyn?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Type the child's name</source>
        <translation>Teipiwch enw’r plentyn</translation>
    </message>
    <message>
        <source>Search for the child</source>
        <translation>Chwilio am y plentyn</translation>
    </message>
    <message>
        <source>Not on this tablet</source>
        <translation>Ddim ar y llechen hon</translation>
    </message>
    <message>
        <source>The child's name</source>
        <translation>Enw’r plentyn</translation>
    </message>
    <message>
        <source>School year, for example Year 8</source>
        <translation>Blwyddyn ysgol, er enghraifft Blwyddyn 8</translation>
    </message>
    <message>
        <source>Date of birth, if you know it</source>
        <translation>Dyddiad geni, os ydych chi’n ei wybod</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>Yn ôl i chwilio</translation>
    </message>
    <message>
        <source>Use this child</source>
        <translation>Defnyddio’r plentyn hwn</translation>
    </message>
</context>
<context>
    <name>ConcernPage</name>
    <message>
        <source>Log a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>What did you see or hear?</source>
        <translation>Beth welsoch chi neu beth glywsoch chi?</translation>
    </message>
    <message>
        <source>Exactly what, where on the body, how big, and who said what. Not “a bruise” but “a purple bruise, 2 cm, on the left forearm”.</source>
        <translation>Beth yn union, ble ar y corff, pa mor fawr, a phwy ddywedodd beth. Nid “clais” ond “clais porffor, 2 cm, ar flaen y fraich chwith”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The child's own words (if they said anything)</source>
        <translation>Geiriau’r plentyn ei hun (os dywedodd rywbeth)</translation>
    </message>
    <message>
        <source>Write them exactly as the child said them.</source>
        <translation>Ysgrifennwch nhw yn union fel y dywedodd y plentyn nhw.</translation>
    </message>
    <message>
        <source>What is it about?</source>
        <translation>Am beth mae’r pryder?</translation>
    </message>
    <message>
        <source>Is the child in danger now?</source>
        <translation>Ydy’r plentyn mewn perygl nawr?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>The next step, under your local procedure (needed)</source>
        <translation>Y cam nesaf, dan eich gweithdrefn leol (angenrheidiol)</translation>
    </message>
    <message>
        <source>Who is acting now, and what they are doing to keep the child safe.</source>
        <translation>Pwy sy’n gweithredu nawr, a beth maen nhw’n ei wneud i gadw’r plentyn yn ddiogel.</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Beth wnaethoch chi?</translation>
    </message>
    <message>
        <source>What else did you do? (needed)</source>
        <translation>Beth arall wnaethoch chi? (angenrheidiol)</translation>
    </message>
    <message>
        <source>Who did you tell?</source>
        <translation>Wrth bwy ddywedoch chi?</translation>
    </message>
    <message>
        <source>Their name and role, for example “Ms Jones, designated safeguarding lead”.</source>
        <translation>Eu henw a’u rôl, er enghraifft “Ms Jones, arweinydd diogelu dynodedig”.</translation>
    </message>
    <message>
        <source>When did you tell them? (today)</source>
        <translation>Pryd ddywedoch chi wrthyn nhw? (heddiw)</translation>
    </message>
    <message>
        <source>On what basis did you share it?</source>
        <translation>Ar ba sail y gwnaethoch chi ei rannu?</translation>
    </message>
</context>
<context>
    <name>ConcernSignBox</name>
    <message>
        <source>Signed as: %1. After signing the concern cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Wedi’i lofnodi fel: %1. Ar ôl ei lofnodi ni ellir newid y pryder; bydd yn mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>Your passcode, to sign</source>
        <translation>Eich cod pas, i lofnodi</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
    <message>
        <source>Sign the concern</source>
        <translation>Llofnodi’r pryder</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>%1 (needed to finish)</source>
        <translation>%1 (angen i orffen)</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>%1, day/month/year</source>
        <translation>%1, diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Date, day/month/year</source>
        <translation>Dyddiad, diwrnod/mis/blwyddyn</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendr…</translation>
    </message>
    <message>
        <source>Choose %1 on a calendar</source>
        <translation>Dewis %1 ar galendr</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Dewis y dyddiad ar galendr</translation>
    </message>
</context>
<context>
    <name>DatePicker</name>
    <message>
        <source>Previous month</source>
        <translation>Y mis blaenorol</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Y mis nesaf</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>DisplayDialog</name>
    <message>
        <source>Text size and colours</source>
        <translation>Maint y testun a’r lliwiau</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Compared with the tablet’s own text size.</source>
        <translation>O’i gymharu â maint testun y llechen ei hun.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Text size %1 percent</source>
        <translation>Maint y testun %1 y cant</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>As the tablet is set</source>
        <translation>Fel y mae’r llechen wedi’i gosod</translation>
    </message>
    <message>
        <source>Light: dark text on a light page</source>
        <translation>Golau: testun tywyll ar dudalen olau</translation>
    </message>
    <message>
        <source>Dark: light text on a dark page</source>
        <translation>Tywyll: testun golau ar dudalen dywyll</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Choose a passcode</source>
        <translation>Dewiswch god pas</translation>
    </message>
    <message>
        <source>Your passcode keeps the records on this tablet private. You will type it each time you open Hearth and whenever Hearth has locked itself.</source>
        <translation>Mae eich cod pas yn cadw’r cofnodion ar y llechen hon yn breifat. Byddwch yn ei deipio bob tro y byddwch yn agor Hearth, a phryd bynnag y bydd Hearth wedi cloi ei hun.</translation>
    </message>
    <message>
        <source>New passcode</source>
        <translation>Cod pas newydd</translation>
    </message>
    <message>
        <source>Type the same passcode again</source>
        <translation>Teipiwch yr un cod pas eto</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wrthi’n paratoi…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Tip: a few words you will remember are easier to type than a jumble of characters. If you ever forget your passcode, your agency can reset it without losing any records.</source>
        <translation>Awgrym: mae ychydig eiriau y byddwch yn eu cofio yn haws eu teipio na chymysgedd o nodau. Os byddwch chi byth yn anghofio eich cod pas, gall eich asiantaeth ei ailosod heb golli unrhyw gofnodion.</translation>
    </message>
</context>
<context>
    <name>FlagAcknowledging</name>
    <message>
        <source>Please write what you make of this flag before signing.</source>
        <translation>Ysgrifennwch eich barn am y fflag hon cyn llofnodi.</translation>
    </message>
    <message>
        <source>This flag cannot be acknowledged: %1</source>
        <translation>Ni ellir cydnabod y fflag hon: %1</translation>
    </message>
</context>
<context>
    <name>FlagChoice</name>
    <message>
        <source>This pattern was seen %1 times for this child. Which one are you acknowledging? The others stay open.</source>
        <translation>Gwelwyd y patrwm hwn %1 gwaith i’r plentyn hwn. Pa un ydych chi’n ei gydnabod? Bydd y lleill yn aros ar agor.</translation>
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
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>Unsigned concerns: %1</source>
        <translation>Pryderon heb eu llofnodi: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned concern</source>
        <translation>Parhau â phryder heb ei lofnodi</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Maint y testun a’r lliwiau</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Quick re-entry PIN</source>
        <translation>PIN i ddychwelyd yn gyflym</translation>
    </message>
    <message>
        <source>Change passcode</source>
        <translation>Newid y cod pas</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Lock Hearth</source>
        <translation>Cloi Hearth</translation>
    </message>
    <message>
        <source>Menu: unsigned concerns (%1), text size, role, PIN, passcode and lock</source>
        <translation>Dewislen: pryderon heb eu llofnodi (%1), maint y testun, rôl, PIN, cod pas a chloi</translation>
    </message>
    <message>
        <source>Menu: text size, role, PIN, passcode and lock</source>
        <translation>Dewislen: maint y testun, rôl, PIN, cod pas a chloi</translation>
    </message>
    <message>
        <source>Menu (%1)</source>
        <translation>Dewislen (%1)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Dewislen</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Your passcode has been changed.</source>
        <translation>Mae eich cod pas wedi’i newid.</translation>
    </message>
    <message>
        <source>Discard the visit draft for %1? What was recorded in it will be deleted from this tablet and cannot be brought back.</source>
        <translation>Taflu’r drafft o’r ymweliad ar gyfer %1? Bydd yr hyn a gofnodwyd ynddo yn cael ei ddileu o’r llechen hon ac ni ellir ei gael yn ôl.</translation>
    </message>
    <message>
        <source>Discard this draft?</source>
        <translation>Taflu’r drafft hwn?</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Taflu’r drafft</translation>
    </message>
    <message>
        <source>The concern is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>Mae’r pryder wedi’i lofnodi. Bydd yn mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Plant</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Ymweliadau</translation>
    </message>
    <message>
        <source>Visits (%1)</source>
        <translation>Ymweliadau (%1)</translation>
    </message>
    <message>
        <source>Visits: %1 in progress</source>
        <translation>Ymweliadau: %1 ar y gweill</translation>
    </message>
    <message>
        <source>The session is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>Mae’r sesiwn wedi’i llofnodi. Mae’n mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>The episode is signed. It goes to your agency the next time Hearth can reach it.</source>
        <translation>Mae’r digwyddiad wedi’i lofnodi. Bydd yn mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
</context>
<context>
    <name>Household</name>
    <message>
        <source>The profile was not saved: %1 (%2).</source>
        <translation>Ni chadwyd y proffil: %1 (%2).</translation>
    </message>
    <message>
        <source>Say on what day it happened.</source>
        <translation>Dywedwch ar ba ddiwrnod y digwyddodd.</translation>
    </message>
    <message>
        <source>The day it happened cannot be after today.</source>
        <translation>Ni all y diwrnod y digwyddodd fod ar ôl heddiw.</translation>
    </message>
    <message>
        <source>That adult is not one of this household's.</source>
        <translation>Nid yw’r oedolyn hwnnw yn un o’r aelwyd hon.</translation>
    </message>
    <message>
        <source>The life event was not recorded: %1 (%2).</source>
        <translation>Ni chofnodwyd y digwyddiad bywyd: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>HouseholdAdult</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are to %1</source>
        <translation>Pwy ydyn nhw i %1</translation>
    </message>
    <message>
        <source>Where they live</source>
        <translation>Ble maen nhw’n byw</translation>
    </message>
    <message>
        <source>Has parental responsibility</source>
        <translation>Mae ganddyn nhw gyfrifoldeb rhiant</translation>
    </message>
    <message>
        <source>Cares for the child</source>
        <translation>Yn gofalu am y plentyn</translation>
    </message>
    <message>
        <source>Seen or spoken to (%1)</source>
        <translation>Wedi’u gweld neu wedi siarad â nhw (%1)</translation>
    </message>
    <message>
        <source>Seen or spoken to today</source>
        <translation>Wedi’u gweld neu wedi siarad â nhw heddiw</translation>
    </message>
    <message>
        <source>Known strengths</source>
        <translation>Cryfderau hysbys</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>A strength, for example “takes the baby to clinic”</source>
        <translation>Cryfder, er enghraifft “yn mynd â’r babi i’r clinig”</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Risgiau hysbys</translation>
    </message>
    <message>
        <source>%1, from %2 (%3)</source>
        <translation>%1, o %2 (%3)</translation>
    </message>
    <message>
        <source>Add a known risk</source>
        <translation>Ychwanegu risg hysbys</translation>
    </message>
    <message>
        <source>Known from: where it is known from, for example a police notification or what the mother said</source>
        <translation>Yn hysbys o: o ble mae’n hysbys, er enghraifft hysbysiad gan yr heddlu neu’r hyn a ddywedodd y fam</translation>
    </message>
    <message>
        <source>Known from</source>
        <translation>Yn hysbys o</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What the risk is (needed)</source>
        <translation>Beth yw’r risg (angenrheidiol)</translation>
    </message>
    <message>
        <source>More detail (optional)</source>
        <translation>Rhagor o fanylion (dewisol)</translation>
    </message>
    <message>
        <source>Add this risk</source>
        <translation>Ychwanegu’r risg hon</translation>
    </message>
    <message>
        <source>Remove this adult</source>
        <translation>Tynnu’r oedolyn hwn</translation>
    </message>
</context>
<context>
    <name>HouseholdHealth</name>
    <message>
        <source>Health</source>
        <translation>Iechyd</translation>
    </message>
    <message>
        <source>Disability (if any)</source>
        <translation>Anabledd (os oes un)</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Anghenion addysgol arbennig</translation>
    </message>
    <message>
        <source>Long-term conditions</source>
        <translation>Cyflyrau hirdymor</translation>
    </message>
    <message>
        <source>Which other condition (needed)</source>
        <translation>Pa gyflwr arall (angenrheidiol)</translation>
    </message>
    <message>
        <source>Developmental reviews and questionnaires</source>
        <translation>Adolygiadau datblygiadol a holiaduron</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Review, for example the 2-2½ year review</source>
        <translation>Adolygiad, er enghraifft yr adolygiad 2-2½ oed</translation>
    </message>
    <message>
        <source>What became of it</source>
        <translation>Beth ddigwyddodd iddo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Add this review</source>
        <translation>Ychwanegu’r adolygiad hwn</translation>
    </message>
    <message>
        <source>Registered with a GP?</source>
        <translation>Wedi cofrestru gyda meddyg teulu?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nac ydy</translation>
    </message>
    <message>
        <source>GP practice (needed)</source>
        <translation>Meddygfa (angenrheidiol)</translation>
    </message>
    <message>
        <source>Is the baby mobile yet (rolling, crawling, walking)?</source>
        <translation>Ydy’r babi’n symud o gwmpas eto (rholio, cropian, cerdded)?</translation>
    </message>
</context>
<context>
    <name>HouseholdLifeEvent</name>
    <message>
        <source>Life events</source>
        <translation>Digwyddiadau bywyd</translation>
    </message>
    <message>
        <source>Something that has happened to the family: it is recorded now, on its own, and shows in the chronology on the day it happened.</source>
        <translation>Rhywbeth sydd wedi digwydd i’r teulu: caiff ei gofnodi nawr, ar ei ben ei hun, ac mae’n ymddangos yn y gronoleg ar y diwrnod y digwyddodd.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>The day it happened</source>
        <translation>Y diwrnod y digwyddodd</translation>
    </message>
    <message>
        <source>It touches the whole household (otherwise only %1)</source>
        <translation>Mae’n effeithio ar yr aelwyd gyfan (fel arall dim ond %1)</translation>
    </message>
    <message>
        <source>Who it concerns</source>
        <translation>Am bwy y mae</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>Nodyn byr</translation>
    </message>
    <message>
        <source>What happened (needed)</source>
        <translation>Beth ddigwyddodd (angen)</translation>
    </message>
    <message>
        <source>A short note (optional)</source>
        <translation>Nodyn byr (dewisol)</translation>
    </message>
    <message>
        <source>Who told you</source>
        <translation>Pwy ddywedodd wrthych chi</translation>
    </message>
    <message>
        <source>Who told you, for example the mother or the school</source>
        <translation>Pwy ddywedodd wrthych chi, er enghraifft y fam neu’r ysgol</translation>
    </message>
    <message>
        <source>Your passcode, to record it</source>
        <translation>Eich cod pas, i’w gofnodi</translation>
    </message>
    <message>
        <source>Record this life event</source>
        <translation>Cofnodi’r digwyddiad bywyd hwn</translation>
    </message>
    <message>
        <source>Recorded. It is in the chronology on the day it happened.</source>
        <translation>Wedi’i gofnodi. Mae yn y gronoleg ar y diwrnod y digwyddodd.</translation>
    </message>
</context>
<context>
    <name>HouseholdPage</name>
    <message>
        <source>Household and health: %1</source>
        <translation>Aelwyd ac iechyd: %1</translation>
    </message>
    <message>
        <source>Cancel changes</source>
        <translation>Canslo’r newidiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Adults in %1's life</source>
        <translation>Oedolion ym mywyd %1</translation>
    </message>
    <message>
        <source>Everyone who lives here, stays, visits or cares for the child, including adults who are not here today.</source>
        <translation>Pawb sy’n byw yma, yn aros, yn ymweld neu’n gofalu am y plentyn, gan gynnwys oedolion nad ydyn nhw yma heddiw.</translation>
    </message>
    <message>
        <source>Name of another adult</source>
        <translation>Enw oedolyn arall</translation>
    </message>
    <message>
        <source>Add an adult</source>
        <translation>Ychwanegu oedolyn</translation>
    </message>
    <message>
        <source>Other children in the household</source>
        <translation>Plant eraill ar yr aelwyd</translation>
    </message>
    <message>
        <source>%1, born %2</source>
        <translation>%1, ganwyd %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Add this child</source>
        <translation>Ychwanegu’r plentyn hwn</translation>
    </message>
    <message>
        <source>Saved as: %1. Saving signs these details as a record; later changes are new records, so the history of who was known when is kept.</source>
        <translation>Caiff ei gadw fel: %1. Mae cadw yn llofnodi’r manylion hyn fel cofnod; mae newidiadau diweddarach yn gofnodion newydd, felly cedwir hanes pwy oedd yn hysbys pryd.</translation>
    </message>
    <message>
        <source>Your passcode, to save</source>
        <translation>Eich cod pas, i gadw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi’n cadw…</translation>
    </message>
    <message>
        <source>Save the household</source>
        <translation>Cadw’r aelwyd</translation>
    </message>
</context>
<context>
    <name>InterviewDraft</name>
    <message>
        <source>Choose the episode the interview follows.</source>
        <translation>Dewiswch y digwyddiad y mae’r cyfweliad yn ei ddilyn.</translation>
    </message>
    <message>
        <source>Say whether the interview was done, declined or not offered.</source>
        <translation>Dywedwch a gafodd y cyfweliad ei gynnal, ei wrthod neu heb ei gynnig.</translation>
    </message>
    <message>
        <source>Say when the interview was offered.</source>
        <translation>Dywedwch pryd y cafodd y cyfweliad ei gynnig.</translation>
    </message>
    <message>
        <source>Say when the interview was held, not before it was offered.</source>
        <translation>Dywedwch pryd y cafodd y cyfweliad ei gynnal, nid cyn iddo gael ei gynnig.</translation>
    </message>
    <message>
        <source>Say whether the person who offered it is independent of the young person's case.</source>
        <translation>Dywedwch a yw’r person a’i cynigiodd yn annibynnol ar achos y person ifanc.</translation>
    </message>
    <message>
        <source>Write the role of the person who offered it.</source>
        <translation>Ysgrifennwch rôl y person a’i cynigiodd.</translation>
    </message>
    <message>
        <source>Write which agency they work for.</source>
        <translation>Ysgrifennwch ar gyfer pa asiantaeth y maent yn gweithio.</translation>
    </message>
    <message>
        <source>Write why the interview was not offered.</source>
        <translation>Ysgrifennwch pam na chafodd y cyfweliad ei gynnig.</translation>
    </message>
    <message>
        <source>Write what the adults will do now.</source>
        <translation>Ysgrifennwch beth fydd yr oedolion yn ei wneud nawr.</translation>
    </message>
    <message>
        <source>Choose the young person.</source>
        <translation>Dewiswch y person ifanc.</translation>
    </message>
    <message>
        <source>Something in this interview is not right.</source>
        <translation>Mae rhywbeth o’i le yn y cyfweliad hwn.</translation>
    </message>
</context>
<context>
    <name>InterviewEpisodes</name>
    <message>
        <source>Which episode does the interview follow?</source>
        <translation>Pa ddigwyddiad y mae’r cyfweliad yn ei ddilyn?</translation>
    </message>
    <message>
        <source>No going-missing episode is signed for %1 on this tablet. Record the episode first, then the interview.</source>
        <translation>Nid oes digwyddiad mynd ar goll wedi’i lofnodi ar gyfer %1 ar y llechen hon. Cofnodwch y digwyddiad yn gyntaf, yna’r cyfweliad.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Return home interview</source>
        <translation>Cyfweliad dychwelyd adref</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>What became of the interview?</source>
        <translation>Beth ddigwyddodd i’r cyfweliad?</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
    <message>
        <source>Offered, and the young person declined</source>
        <translation>Wedi’i gynnig, a’r person ifanc wedi gwrthod</translation>
    </message>
    <message>
        <source>Not offered</source>
        <translation>Heb ei gynnig</translation>
    </message>
    <message>
        <source>When was it offered?</source>
        <translation>Pryd y cafodd ei gynnig?</translation>
    </message>
    <message>
        <source>When was it held?</source>
        <translation>Pryd y cafodd ei gynnal?</translation>
    </message>
    <message>
        <source>Who offered it: their role</source>
        <translation>Pwy a’i cynigiodd: eu rôl</translation>
    </message>
    <message>
        <source>For example return home interview worker, youth worker.</source>
        <translation>Er enghraifft gweithiwr cyfweliadau dychwelyd adref, gweithiwr ieuenctid.</translation>
    </message>
    <message>
        <source>Their agency</source>
        <translation>Eu hasiantaeth</translation>
    </message>
    <message>
        <source>Are they independent of the young person's case?</source>
        <translation>A ydynt yn annibynnol ar achos y person ifanc?</translation>
    </message>
    <message>
        <source>Yes, independent</source>
        <translation>Ydynt, yn annibynnol</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Statutory guidance asks for someone independent of the young person's case where possible: young people often say more to them.</source>
        <translation>Mae canllawiau statudol yn gofyn am rywun sy’n annibynnol ar achos y person ifanc lle bo modd: mae pobl ifanc yn aml yn dweud mwy wrthynt.</translation>
    </message>
    <message>
        <source>Why was it not offered?</source>
        <translation>Pam na chafodd ei gynnig?</translation>
    </message>
    <message>
        <source>Any reason they gave (if any)</source>
        <translation>Unrhyw reswm a roddwyd ganddynt (os o gwbl)</translation>
    </message>
    <message>
        <source>A young person owes no reason for declining.</source>
        <translation>Nid oes rhaid i berson ifanc roi rheswm dros wrthod.</translation>
    </message>
    <message>
        <source>What the young person said (if anything)</source>
        <translation>Beth ddywedodd y person ifanc (os rhywbeth)</translation>
    </message>
    <message>
        <source>Write it exactly as they said it.</source>
        <translation>Ysgrifennwch ef yn union fel y dywedon nhw.</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Beth sy’n digwydd nesaf</translation>
    </message>
    <message>
        <source>What the adults will do now: referrals, a safety plan, who follows up and when.</source>
        <translation>Beth fydd yr oedolion yn ei wneud nawr: atgyfeiriadau, cynllun diogelwch, pwy fydd yn dilyn i fyny a phryd.</translation>
    </message>
    <message>
        <source>Signed as: %1. After signing the interview cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Wedi’i lofnodi fel: %1. Ar ôl ei lofnodi, ni ellir newid y cyfweliad; bydd yn mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>Sign the interview</source>
        <translation>Llofnodi’r cyfweliad</translation>
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
        <translation>Pa berson ifanc?</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Type the young person's name</source>
        <translation>Teipiwch enw’r person ifanc</translation>
    </message>
    <message>
        <source>Search for the young person</source>
        <translation>Chwilio am y person ifanc</translation>
    </message>
</context>
<context>
    <name>MissingDraft</name>
    <message>
        <source>Write who told you about it, or where it was seen.</source>
        <translation>Ysgrifennwch pwy ddywedodd wrthych amdano, neu ble y’i gwelwyd.</translation>
    </message>
    <message>
        <source>Write what an adult saw or was told, concretely.</source>
        <translation>Ysgrifennwch yn fanwl beth a welodd oedolyn neu beth a ddywedwyd wrtho.</translation>
    </message>
    <message>
        <source>Write the young person's words.</source>
        <translation>Ysgrifennwch eiriau’r person ifanc.</translation>
    </message>
    <message>
        <source>Choose the young person.</source>
        <translation>Dewiswch y person ifanc.</translation>
    </message>
    <message>
        <source>Say when they were last seen or found missing.</source>
        <translation>Dywedwch pryd y’u gwelwyd ddiwethaf neu pryd y sylwyd eu bod ar goll.</translation>
    </message>
    <message>
        <source>Say when they came back or were found, not before they went missing.</source>
        <translation>Dywedwch pryd y daethant yn ôl neu pryd y’u canfuwyd, nid cyn iddynt fynd ar goll.</translation>
    </message>
    <message>
        <source>Say whether they were reported to the police.</source>
        <translation>Dywedwch a roddwyd gwybod i’r heddlu eu bod ar goll.</translation>
    </message>
    <message>
        <source>Write the police reference.</source>
        <translation>Ysgrifennwch gyfeirnod yr heddlu.</translation>
    </message>
    <message>
        <source>Write where they were found or came back from.</source>
        <translation>Ysgrifennwch ble y’u canfuwyd neu o ble y daethant yn ôl.</translation>
    </message>
    <message>
        <source>Write who they were with (“not known” is an answer).</source>
        <translation>Ysgrifennwch gyda phwy yr oeddent (mae “ddim yn hysbys” yn ateb).</translation>
    </message>
    <message>
        <source>Write how they came back.</source>
        <translation>Ysgrifennwch sut y daethant yn ôl.</translation>
    </message>
    <message>
        <source>Write the harm you noticed.</source>
        <translation>Ysgrifennwch y niwed a welsoch.</translation>
    </message>
    <message>
        <source>Something in this episode is not right.</source>
        <translation>Mae rhywbeth o’i le yn y digwyddiad hwn.</translation>
    </message>
</context>
<context>
    <name>MissingIndicators</name>
    <message>
        <source>Anything an adult noticed that may point to exploitation? (if any)</source>
        <translation>Unrhyw beth a sylwodd oedolyn arno a allai awgrymu camfanteisio? (os oes rhywbeth)</translation>
    </message>
    <message>
        <source>Write what was seen or said, not what you think of it. These are the adults' observations and the young person is not to blame for them.</source>
        <translation>Ysgrifennwch yr hyn a welwyd neu a ddywedwyd, nid eich barn amdano. Arsylwadau’r oedolion yw’r rhain, ac nid ar y person ifanc y mae’r bai amdanynt.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>What was seen or said</source>
        <translation>Beth a welwyd neu a ddywedwyd</translation>
    </message>
    <message>
        <source>For example “a new phone and £80 in cash”.</source>
        <translation>Er enghraifft “ffôn newydd ac £80 mewn arian parod”.</translation>
    </message>
    <message>
        <source>Who told you, or where it was seen</source>
        <translation>Pwy ddywedodd wrthych, neu ble y’i gwelwyd</translation>
    </message>
</context>
<context>
    <name>MissingMoment</name>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time (24-hour)</source>
        <translation>Amser (24 awr)</translation>
    </message>
</context>
<context>
    <name>MissingPage</name>
    <message>
        <source>Going missing</source>
        <translation>Mynd ar goll</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>Record an episode once the young person is back. While they are still missing, follow the police missing-person procedure.</source>
        <translation>Cofnodwch ddigwyddiad unwaith y bydd y person ifanc yn ôl. Tra byddant ar goll o hyd, dilynwch weithdrefn yr heddlu ar gyfer pobl ar goll.</translation>
    </message>
    <message>
        <source>When were they last seen, or found to be missing?</source>
        <translation>Pryd y’u gwelwyd ddiwethaf, neu pryd y sylwyd eu bod ar goll?</translation>
    </message>
    <message>
        <source>When did they come back, or were they found?</source>
        <translation>Pryd y daethant yn ôl, neu pryd y’u canfuwyd?</translation>
    </message>
    <message>
        <source>Were they reported missing to the police?</source>
        <translation>A roddwyd gwybod i’r heddlu eu bod ar goll?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Police reference</source>
        <translation>Cyfeirnod yr heddlu</translation>
    </message>
    <message>
        <source>Where were they found, or where did they come back from?</source>
        <translation>Ble y’u canfuwyd, neu o ble y daethant yn ôl?</translation>
    </message>
    <message>
        <source>Who were they with?</source>
        <translation>Gyda phwy yr oeddent?</translation>
    </message>
    <message>
        <source>As far as anyone knows; “not known” is an answer.</source>
        <translation>Hyd y gŵyr unrhyw un; mae “ddim yn hysbys” yn ateb.</translation>
    </message>
    <message>
        <source>How did they come back?</source>
        <translation>Sut y daethant yn ôl?</translation>
    </message>
    <message>
        <source>For example brought home by police, walked home, collected by a carer.</source>
        <translation>Er enghraifft daeth yr heddlu â nhw adref, cerddon nhw adref, neu daeth gofalwr i’w casglu.</translation>
    </message>
    <message>
        <source>Harm or injury an adult noticed (if any)</source>
        <translation>Niwed neu anaf a welodd oedolyn (os o gwbl)</translation>
    </message>
    <message>
        <source>What the young person said about it (if anything)</source>
        <translation>Beth ddywedodd y person ifanc amdano (os rhywbeth)</translation>
    </message>
    <message>
        <source>Write it exactly as they said it.</source>
        <translation>Ysgrifennwch ef yn union fel y dywedon nhw.</translation>
    </message>
    <message>
        <source>Signed as: %1. After signing the episode cannot be changed; it goes to your agency the next time Hearth can reach it.</source>
        <translation>Wedi’i lofnodi fel: %1. Ar ôl ei lofnodi, ni ellir newid y digwyddiad; bydd yn mynd i’ch asiantaeth y tro nesaf y gall Hearth ei chyrraedd.</translation>
    </message>
    <message>
        <source>Sign the episode</source>
        <translation>Llofnodi’r digwyddiad</translation>
    </message>
</context>
<context>
    <name>NewAdultForm</name>
    <message>
        <source>Add an adult who is not listed</source>
        <translation>Ychwanegu oedolyn nad yw ar y rhestr</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Enw cyntaf</translation>
    </message>
    <message>
        <source>Adult's given name</source>
        <translation>Enw cyntaf yr oedolyn</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cyfenw</translation>
    </message>
    <message>
        <source>Adult's family name</source>
        <translation>Cyfenw’r oedolyn</translation>
    </message>
    <message>
        <source>Who they are to the child</source>
        <translation>Pwy ydyn nhw i’r plentyn</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Tad</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Mam</translation>
    </message>
    <message>
        <source>Partner of a parent</source>
        <translation>Partner rhiant</translation>
    </message>
    <message>
        <source>Father figure</source>
        <translation>Ffigwr tadol</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Taid neu nain</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Ymwelydd</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
    <message>
        <source>Lives with the child</source>
        <translation>Yn byw gyda’r plentyn</translation>
    </message>
    <message>
        <source>Add adult</source>
        <translation>Ychwanegu’r oedolyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>PasscodeInput</name>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Hide passcode</source>
        <translation>Cuddio’r cod pas</translation>
    </message>
    <message>
        <source>Show passcode</source>
        <translation>Dangos y cod pas</translation>
    </message>
</context>
<context>
    <name>PasscodePolicy</name>
    <message>
        <source>At least %1 characters long.</source>
        <translation>O leiaf %1 nod o hyd.</translation>
    </message>
    <message>
        <source>Not the same character over and over.</source>
        <translation>Nid yr un nod drosodd a throsodd.</translation>
    </message>
    <message>
        <source>Not a passcode that many people use, such as 12345678.</source>
        <translation>Nid cod pas y mae llawer o bobl yn ei ddefnyddio, fel 12345678.</translation>
    </message>
    <message>
        <source>It needs at least %1 characters; it has %2.</source>
        <translation>Mae angen o leiaf %1 nod; mae ganddo %2.</translation>
    </message>
    <message>
        <source>It is one character repeated; mix it up.</source>
        <translation>Un nod wedi’i ailadrodd yw e; defnyddiwch nodau gwahanol.</translation>
    </message>
    <message>
        <source>It is one of the most commonly used passcodes.</source>
        <translation>Mae’n un o’r codau pas sy’n cael eu defnyddio amlaf.</translation>
    </message>
</context>
<context>
    <name>PhotoEntry</name>
    <message>
        <source>Photo %1</source>
        <translation>Llun %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>Tynnu llun %1</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Capsiwn</translation>
    </message>
    <message>
        <source>What the photo shows, in your words.</source>
        <translation>Beth mae’r llun yn ei ddangos, yn eich geiriau chi.</translation>
    </message>
    <message>
        <source>Body-map mark it shows</source>
        <translation>Y marc ar fap o’r corff y mae’n ei ddangos</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim un</translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation>Marc %1</translation>
    </message>
    <message>
        <source>Body-map mark shown in photo %1</source>
        <translation>Y marc ar fap o’r corff a ddangosir yn llun %1</translation>
    </message>
</context>
<context>
    <name>PhotoGallery</name>
    <message>
        <source>Photographs</source>
        <translation>Ffotograffau</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>Llun %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (shows mark %2)</source>
        <translation>%1 (yn dangos marc %2)</translation>
    </message>
</context>
<context>
    <name>PhotoImport</name>
    <message>
        <source>That file is empty, so there is no photo in it.</source>
        <translation>Mae’r ffeil honno’n wag, felly does dim llun ynddi.</translation>
    </message>
    <message>
        <source>That file is too large to be a photo (more than 40 MB).</source>
        <translation>Mae’r ffeil honno’n rhy fawr i fod yn llun (mwy na 40 MB).</translation>
    </message>
    <message>
        <source>That photo could not be read: the file may be cut short or damaged.</source>
        <translation>Nid oedd modd darllen y llun hwnnw: efallai fod y ffeil wedi’i thorri’n fyr neu wedi’i difrodi.</translation>
    </message>
    <message>
        <source>That file is not a photo Hearth can read (JPEG or PNG).</source>
        <translation>Nid yw’r ffeil honno’n llun y gall Hearth ei ddarllen (JPEG neu PNG).</translation>
    </message>
    <message>
        <source>That photo has too many pixels to open on this device.</source>
        <translation>Mae gormod o bicseli yn y llun hwnnw i’w agor ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>No photo was taken.</source>
        <translation>Ni thynnwyd llun.</translation>
    </message>
    <message>
        <source>Hearth could not prepare that photo for keeping.</source>
        <translation>Nid oedd modd i Hearth baratoi’r llun hwnnw i’w gadw.</translation>
    </message>
    <message>
        <source>That photo is too detailed to keep (more than 4 MB as JPEG).</source>
        <translation>Mae’r llun hwnnw’n rhy fanwl i’w gadw (mwy na 4 MB fel JPEG).</translation>
    </message>
    <message>
        <source>That file could not be found.</source>
        <translation>Nid oedd modd dod o hyd i’r ffeil honno.</translation>
    </message>
    <message>
        <source>That file could not be opened.</source>
        <translation>Nid oedd modd agor y ffeil honno.</translation>
    </message>
</context>
<context>
    <name>PhotoSection</name>
    <message>
        <source>Photographs</source>
        <translation>Ffotograffau</translation>
    </message>
    <message>
        <source>Photos stay inside Hearth’s locked store on this tablet, never in the gallery. Hearth removes the location and device details.</source>
        <translation>Mae lluniau’n aros yn storfa gloëdig Hearth ar y llechen hon, byth yn yr oriel. Mae Hearth yn tynnu manylion y lleoliad a’r ddyfais.</translation>
    </message>
    <message>
        <source>This device has no camera: choose a photo from a file.</source>
        <translation>Does dim camera ar y ddyfais hon: dewiswch lun o ffeil.</translation>
    </message>
    <message>
        <source>Take the photo</source>
        <translation>Tynnu’r llun</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Defnyddio’r camera</translation>
    </message>
    <message>
        <source>Close the camera</source>
        <translation>Cau’r camera</translation>
    </message>
    <message>
        <source>Choose a photo from a file</source>
        <translation>Dewis llun o ffeil</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Lluniau (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>%1 of 6 digits typed</source>
        <translation>%1 o 6 digid wedi’u teipio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Dileu’r digid olaf</translation>
    </message>
</context>
<context>
    <name>PinSetupDialog</name>
    <message>
        <source>Change your PIN</source>
        <translation>Newid eich PIN</translation>
    </message>
    <message>
        <source>Choose a PIN</source>
        <translation>Dewis PIN</translation>
    </message>
    <message>
        <source>When Hearth has not been touched for %1 min it hides your records, and this PIN brings them back. Three wrong PINs, 30 min hidden or leaving the app lock Hearth fully: then only your passcode opens it. Signing always needs your passcode.</source>
        <translation>Pan nad yw Hearth wedi cael ei gyffwrdd am %1 mun mae’n cuddio’ch cofnodion, ac mae’r PIN hwn yn dod â nhw’n ôl. Mae tri PIN anghywir, 30 mun o guddio neu adael yr ap yn cloi Hearth yn llwyr: wedyn dim ond eich cod pas sy’n ei agor. Mae llofnodi bob amser yn gofyn am eich cod pas.</translation>
    </message>
    <message>
        <source>Your passcode</source>
        <translation>Eich cod pas</translation>
    </message>
    <message>
        <source>New PIN (6 digits)</source>
        <translation>PIN newydd (6 digid)</translation>
    </message>
    <message>
        <source>Type the new PIN again</source>
        <translation>Teipiwch y PIN newydd eto</translation>
    </message>
    <message>
        <source>Turn off the PIN (always ask for the passcode)</source>
        <translation>Diffodd y PIN (gofyn am y cod pas bob tro)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi’n gwirio…</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Cadw’r PIN</translation>
    </message>
</context>
<context>
    <name>RoleChoices</name>
    <message>
        <source>Health visitor</source>
        <translation>Ymwelydd iechyd</translation>
    </message>
    <message>
        <source>Home visits to families with children under five: the baby, the home and everyone who lives there.</source>
        <translation>Ymweliadau cartref â theuluoedd â phlant dan bump oed: y babi, y cartref a phawb sy’n byw yno.</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Gweithiwr cymdeithasol</translation>
    </message>
    <message>
        <source>Visits and direct work with children of any age, at home, at school or elsewhere.</source>
        <translation>Ymweliadau a gwaith uniongyrchol gyda phlant o unrhyw oed, gartref, yn yr ysgol neu rywle arall.</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>Nyrs ysgol</translation>
    </message>
    <message>
        <source>Pupils aged 5 to 19: a concern written down within minutes, with who was told.</source>
        <translation>Disgyblion 5 i 19 oed: pryder wedi’i ysgrifennu o fewn munudau, gyda phwy a gafodd wybod.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Your role</source>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>Your role decides what the home screen shows first and which reminders appear. Whatever the role, you can record every kind of visit and concern.</source>
        <translation>Mae eich rôl yn penderfynu beth mae’r sgrin gartref yn ei ddangos gyntaf a pha nodiadau atgoffa sy’n ymddangos. Beth bynnag yw’r rôl, gallwch gofnodi pob math o ymweliad a phryder.</translation>
    </message>
    <message>
        <source>Your agency has set your role as %1. It is used instead of a choice made on this tablet; ask your agency if it is wrong.</source>
        <translation>Mae eich asiantaeth wedi gosod eich rôl fel %1. Fe’i defnyddir yn lle dewis a wnaed ar y llechen hon; gofynnwch i’ch asiantaeth os yw’n anghywir.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gorffen</translation>
    </message>
</context>
<context>
    <name>RoleHome</name>
    <message>
        <source>Which work do you do?</source>
        <translation>Pa waith ydych chi’n ei wneud?</translation>
    </message>
    <message>
        <source>Hearth puts first what you need most. You can still record visits and concerns whichever you choose, and change it later under Role. Once your agency enrols this tablet, the role it gives you is used.</source>
        <translation>Mae Hearth yn rhoi’r hyn sydd ei angen arnoch fwyaf yn gyntaf. Gallwch gofnodi ymweliadau a phryderon beth bynnag a ddewiswch, a’i newid yn nes ymlaen o dan Rôl. Pan fydd eich asiantaeth yn cofrestru’r llechen hon, defnyddir y rôl y mae’n ei rhoi i chi.</translation>
    </message>
    <message>
        <source>Log a concern</source>
        <translation>Cofnodi pryder</translation>
    </message>
    <message>
        <source>Write down what you saw or heard and who you told, in a minute, even offline.</source>
        <translation>Ysgrifennwch yr hyn a welsoch neu a glywsoch a phwy y dywedoch wrthynt, mewn munud, hyd yn oed all-lein.</translation>
    </message>
    <message>
        <source>Session with a child</source>
        <translation>Sesiwn gyda phlentyn</translation>
    </message>
    <message>
        <source>Write down the child's own words, wishes and feelings from direct work, and what happens next.</source>
        <translation>Ysgrifennwch eiriau, dymuniadau a theimladau’r plentyn ei hun o waith uniongyrchol, a beth sy’n digwydd nesaf.</translation>
    </message>
    <message>
        <source>Unsigned sessions: %1</source>
        <translation>Sesiynau heb eu llofnodi: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned session with a child</source>
        <translation>Parhau â sesiwn heb ei llofnodi gyda phlentyn</translation>
    </message>
    <message>
        <source>Going missing</source>
        <translation>Mynd ar goll</translation>
    </message>
    <message>
        <source>Record a young person's going-missing episode once they are back.</source>
        <translation>Cofnodi digwyddiad mynd ar goll person ifanc unwaith y byddant yn ôl.</translation>
    </message>
    <message>
        <source>Unsigned episodes: %1</source>
        <translation>Digwyddiadau heb eu llofnodi: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned going-missing episode</source>
        <translation>Parhau â digwyddiad mynd ar goll heb ei lofnodi</translation>
    </message>
    <message>
        <source>Return home interview</source>
        <translation>Cyfweliad dychwelyd adref</translation>
    </message>
    <message>
        <source>Record the interview offered after a young person's going-missing episode: due within 72 hours of their return.</source>
        <translation>Cofnodwch y cyfweliad a gynigiwyd ar ôl i berson ifanc fynd ar goll: i’w gynnig o fewn 72 awr iddynt ddychwelyd.</translation>
    </message>
    <message>
        <source>Unsigned interviews: %1</source>
        <translation>Cyfweliadau heb eu llofnodi: %1</translation>
    </message>
    <message>
        <source>Continue an unsigned return home interview</source>
        <translation>Parhau â chyfweliad dychwelyd adref heb ei lofnodi</translation>
    </message>
</context>
<context>
    <name>RowsSection</name>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Tynnu’r cofnod hwn</translation>
    </message>
</context>
<context>
    <name>RuleChecklist</name>
    <message>
        <source>Your passcode needs to be:</source>
        <translation>Mae angen i’ch cod pas fod:</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Wedi’i wneud: %1</translation>
    </message>
    <message>
        <source>Not yet: %1</source>
        <translation>Ddim eto: %1</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign and finish</source>
        <translation>Llofnodi a gorffen</translation>
    </message>
    <message>
        <source>You are about to sign this visit record for %1. After signing it cannot be changed; any correction is added as a signed amendment that points to it.</source>
        <translation>Rydych ar fin llofnodi’r cofnod ymweliad hwn ar gyfer %1. Ar ôl ei lofnodi, ni ellir ei newid; caiff unrhyw gywiriad ei ychwanegu fel diwygiad wedi’i lofnodi sy’n cyfeirio ato.</translation>
    </message>
    <message>
        <source>Visit reference: %1</source>
        <translation>Cyfeirnod yr ymweliad: %1</translation>
    </message>
    <message>
        <source>Type your passcode to sign</source>
        <translation>Teipiwch eich cod pas i lofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Signed as: %1</source>
        <translation>Llofnodir gan: %1</translation>
    </message>
</context>
<context>
    <name>SignedVisitPage</name>
    <message>
        <source>‹ Visits</source>
        <translation>‹ Ymweliadau</translation>
    </message>
    <message>
        <source>Back to the list of visits</source>
        <translation>Yn ôl at y rhestr o ymweliadau</translation>
    </message>
    <message>
        <source>Signed visit: %1</source>
        <translation>Ymweliad wedi’i lofnodi: %1</translation>
    </message>
    <message>
        <source>Amend</source>
        <translation>Diwygio</translation>
    </message>
    <message>
        <source>Add an amendment to this signed visit</source>
        <translation>Ychwanegu diwygiad at yr ymweliad hwn sydd wedi’i lofnodi</translation>
    </message>
    <message>
        <source>%1. This record is signed and cannot be changed.</source>
        <translation>%1. Mae’r cofnod hwn wedi’i lofnodi ac ni ellir ei newid.</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>Cofnod: %1</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Diwygiadau</translation>
    </message>
    <message>
        <source>%1
Reason: %2
%3</source>
        <translation>%1
Rheswm: %2
%3</translation>
    </message>
    <message>
        <source>%1's chronology</source>
        <translation>Cronoleg %1</translation>
    </message>
    <message>
        <source>Open the chronology of %1</source>
        <translation>Agor cronoleg %1</translation>
    </message>
</context>
<context>
    <name>SinceLastVisit</name>
    <message>
        <source>Flag: %1</source>
        <translation>Fflag: %1</translation>
    </message>
    <message>
        <source>Agency record: %1</source>
        <translation>Cofnod yr asiantaeth: %1</translation>
    </message>
    <message>
        <source>Acknowledge this flag</source>
        <translation>Cydnabod y fflag hon</translation>
    </message>
    <message>
        <source>Acknowledge the flag: %1</source>
        <translation>Cydnabod y fflag: %1</translation>
    </message>
</context>
<context>
    <name>SoftLockPage</name>
    <message>
        <source>Hearth is paused</source>
        <translation>Mae Hearth wedi’i oedi</translation>
    </message>
    <message>
        <source>Your records are hidden. Type your 6-digit PIN to carry on where you were.</source>
        <translation>Mae’ch cofnodion wedi’u cuddio. Teipiwch eich PIN 6 digid i barhau o’r man lle’r oeddech chi.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Use my passcode instead</source>
        <translation>Defnyddio fy nghod pas yn lle hynny</translation>
    </message>
</context>
<context>
    <name>StepConcerns</name>
    <message>
        <source>Concerns and actions</source>
        <translation>Pryderon a chamau gweithredu</translation>
    </message>
    <message>
        <source>Is there an immediate safety concern?</source>
        <translation>Oes pryder diogelwch uniongyrchol?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>What is the concern?</source>
        <translation>Beth yw’r pryder?</translation>
    </message>
    <message>
        <source>Action taken under local procedure</source>
        <translation>Y camau a gymerwyd yn unol â’r drefn leol</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Pwy gafodd wybod</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Pryderon</translation>
    </message>
    <message>
        <source>What was seen, heard or said, and by whom.</source>
        <translation>Beth a welwyd, a glywyd neu a ddywedwyd, a chan bwy.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this concern</source>
        <translation>Tynnu’r pryder hwn</translation>
    </message>
    <message>
        <source>Professional differences</source>
        <translation>Gwahaniaethau proffesiynol</translation>
    </message>
    <message>
        <source>Add a professional difference</source>
        <translation>Ychwanegu gwahaniaeth proffesiynol</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Gyda phwy</translation>
    </message>
    <message>
        <source>About what</source>
        <translation>Am beth</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Rhesymeg</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Camau nesaf</translation>
    </message>
    <message>
        <source>Add a next step</source>
        <translation>Ychwanegu cam nesaf</translation>
    </message>
    <message>
        <source>What will happen next, who will do it, and by when.</source>
        <translation>Beth fydd yn digwydd nesaf, pwy fydd yn ei wneud, ac erbyn pryd.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What you wrote about “%1” will be removed from this visit.</source>
        <translation>Bydd yr hyn a ysgrifennoch am “%1” yn cael ei dynnu o’r ymweliad hwn.</translation>
    </message>
    <message>
        <source>Date they were told</source>
        <translation>Y dyddiad y cawsant wybod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Chosen: tap to remove this concern</source>
        <translation>Wedi’i ddewis: tapiwch i dynnu’r pryder hwn</translation>
    </message>
    <message>
        <source>Tap to add a concern of this kind</source>
        <translation>Tapiwch i ychwanegu pryder o’r math hwn</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>Remove this concern?</source>
        <translation>Tynnu’r pryder hwn?</translation>
    </message>
</context>
<context>
    <name>StepCooperation</name>
    <message>
        <source>Co-operation of the family</source>
        <translation>Cydweithrediad y teulu</translation>
    </message>
    <message>
        <source>Say what happened rather than using labels such as “non-engagement”. The pattern over time matters more than one rating.</source>
        <translation>Dywedwch beth ddigwyddodd yn hytrach na defnyddio labeli fel “ddim yn ymgysylltu”. Mae’r patrwm dros amser yn bwysicach nag un sgôr.</translation>
    </message>
    <message>
        <source>What is this rating based on?</source>
        <translation>Ar beth mae’r sgôr hon yn seiliedig?</translation>
    </message>
    <message>
        <source>Possible disguised compliance: agreeing, but nothing changes for the child</source>
        <translation>Cydymffurfio cudd posibl: cytuno, ond does dim yn newid i’r plentyn</translation>
    </message>
    <message>
        <source>Hostile to some professionals, welcoming to others</source>
        <translation>Gelyniaethus at rai gweithwyr proffesiynol, croesawgar at eraill</translation>
    </message>
    <message>
        <source>Appointments offered since the last visit</source>
        <translation>Apwyntiadau a gynigiwyd ers yr ymweliad diwethaf</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Apwyntiadau a gadwyd</translation>
    </message>
    <message>
        <source>Why might the family be reluctant?</source>
        <translation>Pam y gallai’r teulu fod yn amharod?</translation>
    </message>
    <message>
        <source>In their terms, as far as you know them.</source>
        <translation>Yn eu geiriau nhw, cyn belled ag y gwyddoch.</translation>
    </message>
</context>
<context>
    <name>StepLived</name>
    <message>
        <source>The child's lived experience</source>
        <translation>Profiad bywyd y plentyn</translation>
    </message>
    <message>
        <source>The child's own words, exactly as said</source>
        <translation>Geiriau’r plentyn ei hun, yn union fel y’u dywedwyd</translation>
    </message>
    <message>
        <source>What did the child do?</source>
        <translation>Beth wnaeth y plentyn?</translation>
    </message>
    <message>
        <source>Has the child's behaviour changed?</source>
        <translation>Ydy ymddygiad y plentyn wedi newid?</translation>
    </message>
    <message>
        <source>Is the child different in other places?</source>
        <translation>Ydy’r plentyn yn wahanol mewn mannau eraill?</translation>
    </message>
    <message>
        <source>What is a day like for this child?</source>
        <translation>Sut beth yw diwrnod i’r plentyn hwn?</translation>
    </message>
    <message>
        <source>Sexualised behaviour was seen or reported</source>
        <translation>Gwelwyd neu adroddwyd ymddygiad rhywiol</translation>
    </message>
    <message>
        <source>Sexualised behaviour is always a red flag. Describe exactly what was seen or heard and follow local safeguarding procedure.</source>
        <translation>Mae ymddygiad rhywiol bob amser yn arwydd rhybudd. Disgrifiwch yn union beth a welwyd neu a glywyd a dilynwch y drefn ddiogelu leol.</translation>
    </message>
    <message>
        <source>What was seen or heard, exactly</source>
        <translation>Beth yn union a welwyd neu a glywyd</translation>
    </message>
    <message>
        <source>Kept as a quote, word for word, and shown as the child's words.</source>
        <translation>Wedi’i gadw fel dyfyniad, air am air, a’i ddangos fel geiriau’r plentyn.</translation>
    </message>
</context>
<context>
    <name>StepNeglect</name>
    <message>
        <source>Not assessed</source>
        <translation>Heb ei asesu</translation>
    </message>
    <message>
        <source>No concern</source>
        <translation>Dim pryder</translation>
    </message>
    <message>
        <source>Some concern</source>
        <translation>Rhywfaint o bryder</translation>
    </message>
    <message>
        <source>Significant concern</source>
        <translation>Pryder sylweddol</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Esgeulustod</translation>
    </message>
    <message>
        <source>%1 — Last visit: %2</source>
        <translation>%1 — Yr ymweliad diwethaf: %2</translation>
    </message>
    <message>
        <source>%1 — No earlier visit to compare with.</source>
        <translation>%1 — Does dim ymweliad cynharach i gymharu ag ef.</translation>
    </message>
    <message>
        <source>What did you see, hear or smell?</source>
        <translation>Beth welsoch chi, ei glywed neu ei arogli?</translation>
    </message>
    <message>
        <source>Poverty and other context</source>
        <translation>Tlodi a chyd-destun arall</translation>
    </message>
    <message>
        <source>Context that shapes the parenting. It does not explain away what the child lives with.</source>
        <translation>Cyd-destun sy’n llywio’r magu plant. Nid yw’n esgusodi’r hyn y mae’r plentyn yn byw gydag ef.</translation>
    </message>
    <message>
        <source>No concerns in this area</source>
        <translation>Dim pryderon yn y maes hwn</translation>
    </message>
    <message>
        <source>No concerns in %1</source>
        <translation>Dim pryderon o ran %1</translation>
    </message>
    <message>
        <source>Left as they were, because you rated them a concern: %1.</source>
        <translation>Wedi’u gadael fel yr oeddent, am eich bod wedi’u nodi’n bryder: %1.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Undo no concerns in %1</source>
        <translation>Dadwneud dim pryderon o ran %1</translation>
    </message>
</context>
<context>
    <name>StepNotBrought</name>
    <message>
        <source>Was not brought</source>
        <translation>Ni ddaethpwyd â’r plentyn</translation>
    </message>
    <message>
        <source>Record each health or other appointment the child was not brought to since the last visit, and what was done about it.</source>
        <translation>Cofnodwch bob apwyntiad iechyd neu arall na ddaethpwyd â’r plentyn iddo ers yr ymweliad diwethaf, a beth a wnaed am hynny.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Apwyntiadau</translation>
    </message>
    <message>
        <source>Add an appointment the child was not brought to</source>
        <translation>Ychwanegu apwyntiad na ddaethpwyd â’r plentyn iddo</translation>
    </message>
    <message>
        <source>None recorded. If there were none, you can go on.</source>
        <translation>Dim wedi’u cofnodi. Os nad oedd rhai, gallwch fynd ymlaen.</translation>
    </message>
    <message>
        <source>What appointment</source>
        <translation>Pa apwyntiad</translation>
    </message>
    <message>
        <source>Who arranged it</source>
        <translation>Pwy a’i trefnodd</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Camau dilynol</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
</context>
<context>
    <name>StepRail</name>
    <message numerus="yes">
        <source>Step %1 of 9, %2: %n thing(s) still to record</source>
        <translation>
            <numerusform>Cam %1 o 9, %2: %n peth i’w gofnodi o hyd</numerusform>
            <numerusform>Cam %1 o 9, %2: %n peth i’w gofnodi o hyd</numerusform>
            <numerusform>Cam %1 o 9, %2: %n peth i’w gofnodi o hyd</numerusform>
            <numerusform>Cam %1 o 9, %2: %n peth i’w gofnodi o hyd</numerusform>
            <numerusform>Cam %1 o 9, %2: %n peth i’w gofnodi o hyd</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of 9, %2</source>
        <translation>Cam %1 o 9, %2</translation>
    </message>
</context>
<context>
    <name>StepReview</name>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>What does this mean for the child?</source>
        <translation>Beth mae hyn yn ei olygu i’r plentyn?</translation>
    </message>
    <message>
        <source>In your own words: what is life like for this child now, and what does today's visit change?</source>
        <translation>Yn eich geiriau eich hun: sut beth yw bywyd i’r plentyn hwn nawr, a beth mae ymweliad heddiw yn ei newid?</translation>
    </message>
    <message>
        <source>Still to record before signing</source>
        <translation>I’w gofnodi cyn llofnodi</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Cam %1: %2</translation>
    </message>
    <message>
        <source>Could these be more specific?</source>
        <translation>Allai’r rhain fod yn fwy penodol?</translation>
    </message>
    <message>
        <source>Step %1, “%2”: %3</source>
        <translation>Cam %1, “%2”: %3</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>“Sign and finish”, at the foot of the screen, becomes possible once everything above is recorded. Your draft is kept safe meanwhile.</source>
        <translation>Bydd modd defnyddio “Llofnodi a gorffen”, ar waelod y sgrin, unwaith y bydd popeth uchod wedi’i gofnodi. Mae’ch drafft yn cael ei gadw’n ddiogel yn y cyfamser.</translation>
    </message>
    <message>
        <source>Opens the answer on its step</source>
        <translation>Yn agor yr ateb ar ei gam</translation>
    </message>
</context>
<context>
    <name>StepSeeing</name>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Gweld y plentyn</translation>
    </message>
    <message>
        <source>Was the child seen?</source>
        <translation>Welwyd y plentyn?</translation>
    </message>
    <message>
        <source>For an unborn child, record whether the mother was seen.</source>
        <translation>Ar gyfer plentyn heb ei eni, cofnodwch a welwyd y fam.</translation>
    </message>
    <message>
        <source>A baby or a child who does not speak yet is seen and observed too.</source>
        <translation>Mae babi neu blentyn nad yw’n siarad eto yn cael ei weld a’i arsylwi hefyd.</translation>
    </message>
    <message>
        <source>Why was the child not seen?</source>
        <translation>Pam na welwyd y plentyn?</translation>
    </message>
    <message>
        <source>Was the child seen alone?</source>
        <translation>Welwyd y plentyn ar ei ben ei hun?</translation>
    </message>
    <message>
        <source>Why was the child not seen alone?</source>
        <translation>Pam na welwyd y plentyn ar ei ben ei hun?</translation>
    </message>
    <message>
        <source>Rooms you saw (separate them with commas)</source>
        <translation>Ystafelloedd a welsoch (rhowch atalnod rhyngddyn nhw)</translation>
    </message>
    <message>
        <source>e.g. kitchen, living room, child's bedroom</source>
        <translation>e.e. cegin, ystafell fyw, ystafell wely’r plentyn</translation>
    </message>
    <message>
        <source>Rooms you saw</source>
        <translation>Ystafelloedd a welsoch</translation>
    </message>
    <message>
        <source>Did you see where the child sleeps?</source>
        <translation>Welsoch chi ble mae’r plentyn yn cysgu?</translation>
    </message>
    <message>
        <source>Where does the child sleep?</source>
        <translation>Ble mae’r plentyn yn cysgu?</translation>
    </message>
    <message>
        <source>As seen, or as you were told. Say which.</source>
        <translation>Fel y’i gwelwyd, neu fel y dywedwyd wrthych. Dywedwch p’un.</translation>
    </message>
    <message>
        <source>How does the child communicate?</source>
        <translation>Sut mae’r plentyn yn cyfathrebu?</translation>
    </message>
    <message>
        <source>Words, signs, pictures, behaviour; first language; any communication needs.</source>
        <translation>Geiriau, arwyddion, lluniau, ymddygiad; iaith gyntaf; unrhyw anghenion cyfathrebu.</translation>
    </message>
    <message>
        <source>Someone interpreted</source>
        <translation>Roedd rhywun yn cyfieithu</translation>
    </message>
    <message>
        <source>Who interpreted?</source>
        <translation>Pwy oedd yn cyfieithu?</translation>
    </message>
    <message>
        <source>Who is the interpreter to the child?</source>
        <translation>Pwy yw’r cyfieithydd i’r plentyn?</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Cyfieithydd proffesiynol</translation>
    </message>
    <message>
        <source>Telephone service</source>
        <translation>Gwasanaeth ffôn</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Aelod o’r teulu</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Friend or neighbour</source>
        <translation>Ffrind neu gymydog</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Rhywun arall</translation>
    </message>
</context>
<context>
    <name>StepStart</name>
    <message>
        <source>Start of the visit</source>
        <translation>Dechrau’r ymweliad</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Was the visit announced?</source>
        <translation>Oedd yr ymweliad wedi’i drefnu ymlaen llaw?</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Wedi’i drefnu</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>Heb rybudd</translation>
    </message>
    <message>
        <source>Where did it take place?</source>
        <translation>Ble roedd yr ymweliad?</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinig</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>Where was it?</source>
        <translation>Ble roedd e?</translation>
    </message>
    <message>
        <source>Purpose of the visit</source>
        <translation>Diben yr ymweliad</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Amser cyrraedd</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>Use the time now</source>
        <translation>Defnyddio’r amser nawr</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>Finding the position… You can carry on meanwhile.</source>
        <translation>Wrthi’n canfod y lleoliad… Gallwch barhau yn y cyfamser.</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Heb ei gofnodi eto</translation>
    </message>
    <message>
        <source>Find position</source>
        <translation>Canfod y lleoliad</translation>
    </message>
    <message>
        <source>%1 You can describe where you are instead; the visit does not need a position.</source>
        <translation>%1 Gallwch ddisgrifio ble rydych chi yn lle hynny; nid oes angen lleoliad ar yr ymweliad.</translation>
    </message>
    <message>
        <source>Describe the place by hand</source>
        <translation>Disgrifio’r lle â llaw</translation>
    </message>
    <message>
        <source>Use this</source>
        <translation>Defnyddio hwn</translation>
    </message>
    <message>
        <source>Or describe the place</source>
        <translation>Neu disgrifiwch y lle</translation>
    </message>
    <message>
        <source>For example, the family home, 12 Mill Lane</source>
        <translation>Er enghraifft, cartref y teulu, 12 Lôn y Felin</translation>
    </message>
</context>
<context>
    <name>StepWho</name>
    <message>
        <source>Who is here</source>
        <translation>Pwy sydd yma</translation>
    </message>
    <message>
        <source>Adults known to be in the child's life</source>
        <translation>Oedolion y gwyddys eu bod ym mywyd y plentyn</translation>
    </message>
    <message>
        <source>No adults are recorded for this child yet. Add everyone you meet below.</source>
        <translation>Does dim oedolion wedi’u cofnodi ar gyfer y plentyn hwn eto. Ychwanegwch bawb rydych yn eu cyfarfod isod.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Yma</translation>
    </message>
    <message>
        <source>Lives here, not seen</source>
        <translation>Yn byw yma, heb ei weld</translation>
    </message>
    <message>
        <source>Not here</source>
        <translation>Ddim yma</translation>
    </message>
    <message>
        <source>Adults here</source>
        <translation>Oedolion sydd yma</translation>
    </message>
    <message>
        <source>Spoken to on this visit</source>
        <translation>Wedi siarad â nhw ar yr ymweliad hwn</translation>
    </message>
    <message>
        <source>Known strengths</source>
        <translation>Cryfderau hysbys</translation>
    </message>
    <message>
        <source>Known risks</source>
        <translation>Risgiau hysbys</translation>
    </message>
    <message>
        <source>Why was %1 not seen?</source>
        <translation>Pam na welwyd %1?</translation>
    </message>
    <message>
        <source>Fathers, partners and other men</source>
        <translation>Tadau, partneriaid a dynion eraill</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn gwybod</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Other children here</source>
        <translation>Plant eraill sydd yma</translation>
    </message>
    <message>
        <source>Child's name</source>
        <translation>Enw’r plentyn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove this child</source>
        <translation>Tynnu’r plentyn hwn</translation>
    </message>
    <message>
        <source>Add a child who is here</source>
        <translation>Ychwanegu plentyn sydd yma</translation>
    </message>
    <message>
        <source>Other children in the household: %1. How are they?</source>
        <translation>Plant eraill ar yr aelwyd: %1. Sut maen nhw?</translation>
    </message>
    <message>
        <source>No other children are recorded in this household.</source>
        <translation>Does dim plant eraill wedi’u cofnodi ar yr aelwyd hon.</translation>
    </message>
    <message>
        <source>Not yet seen or spoken to: %1. Who are they to the child, and can you meet them?</source>
        <translation>Heb eu gweld na siarad â nhw eto: %1. Pwy ydyn nhw i’r plentyn, ac allwch chi eu cyfarfod?</translation>
    </message>
    <message>
        <source>Household and health</source>
        <translation>Aelwyd ac iechyd</translation>
    </message>
    <message>
        <source>Since the last visit, has anyone new come to live in the home or started to visit it regularly?</source>
        <translation>Ers yr ymweliad diwethaf, a oes unrhyw un newydd wedi dod i fyw yn y cartref neu wedi dechrau ymweld yn rheolaidd?</translation>
    </message>
    <message>
        <source>A new partner, a lodger, a relative or friend who stays or calls often: anyone the child now lives with or sees at home.</source>
        <translation>Partner newydd, lletywr, perthynas neu ffrind sy’n aros neu’n galw’n aml: unrhyw un y mae’r plentyn bellach yn byw gydag ef neu’n ei weld gartref.</translation>
    </message>
    <message>
        <source>Find them in the list below, or add them with “Add an adult who is not listed”, and record whether you saw or spoke to them.</source>
        <translation>Dewch o hyd iddyn nhw yn y rhestr isod, neu ychwanegwch nhw gydag “Ychwanegu oedolyn nad yw ar y rhestr”, a chofnodwch a welsoch chi nhw neu a siaradoch chi â nhw.</translation>
    </message>
    <message>
        <source>New to the household (first recorded %1) and not yet seen or spoken to. If you see or speak to them today, record it here.</source>
        <translation>Newydd i’r aelwyd (cofnodwyd gyntaf %1) a heb eu gweld na siarad â nhw eto. Os byddwch chi’n eu gweld neu’n siarad â nhw heddiw, cofnodwch hynny yma.</translation>
    </message>
    <message>
        <source>Spoken to today</source>
        <translation>Wedi siarad â nhw heddiw</translation>
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
        <translation>‹ Yn ôl</translation>
    </message>
    <message>
        <source>Back to where you were</source>
        <translation>Yn ôl i ble roeddech chi</translation>
    </message>
    <message>
        <source>Sending to your agency</source>
        <translation>Anfon at eich asiantaeth</translation>
    </message>
    <message>
        <source>Connect this tablet to your agency</source>
        <translation>Cysylltu’r llechen hon â’ch asiantaeth</translation>
    </message>
    <message>
        <source>Your agency gives you its server address and a one-time enrolment code, or a QR code whose text you can paste into the address box. Until the tablet is connected, everything you record stays encrypted on this tablet, and signed visits wait here to be sent.</source>
        <translation>Mae eich asiantaeth yn rhoi cyfeiriad ei gweinydd a chod cofrestru untro i chi, neu god QR y gallwch ludo ei destun i’r blwch cyfeiriad. Nes bydd y llechen wedi’i chysylltu, mae popeth a gofnodwch yn aros wedi’i amgryptio ar y llechen hon, ac mae ymweliadau wedi’u llofnodi yn aros yma i’w hanfon.</translation>
    </message>
    <message>
        <source>Server address, for example sync.youragency.gov.uk</source>
        <translation>Cyfeiriad y gweinydd, er enghraifft sync.eichasiantaeth.gov.uk</translation>
    </message>
    <message>
        <source>Agency server address, or the text of the enrolment QR code</source>
        <translation>Cyfeiriad gweinydd yr asiantaeth, neu destun y cod QR cofrestru</translation>
    </message>
    <message>
        <source>Enrolment code, for example 7KQ2-M9XD-4HTV-0BZC</source>
        <translation>Cod cofrestru, er enghraifft 7KQ2-M9XD-4HTV-0BZC</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Cod cofrestru</translation>
    </message>
    <message>
        <source>Contacting the server…</source>
        <translation>Yn cysylltu â’r gweinydd…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Yn cofrestru…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Cysylltu</translation>
    </message>
    <message>
        <source>Check the server's fingerprint</source>
        <translation>Gwiriwch ôl bys y gweinydd</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Ôl bys: %1</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint your agency gave you. Continue only if every character matches: if it does not, another computer may be pretending to be your agency, and nothing should be sent to it.</source>
        <translation>Cymharwch ef â’r ôl bys a roddodd eich asiantaeth i chi. Ewch ymlaen dim ond os yw pob nod yr un fath: os nad ydyw, efallai fod cyfrifiadur arall yn esgus bod yn eich asiantaeth, ac ni ddylid anfon dim ato.</translation>
    </message>
    <message>
        <source>It matches: enrol this tablet</source>
        <translation>Mae’n cyfateb: cofrestru’r llechen hon</translation>
    </message>
    <message>
        <source>It does not match</source>
        <translation>Nid yw’n cyfateb</translation>
    </message>
    <message>
        <source>Details for IT support: %1</source>
        <translation>Manylion ar gyfer cymorth TG: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yn anfon…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Hearth also sends by itself after you unlock, after each signed visit and every few minutes. Next automatic try: %1.</source>
        <translation>Mae Hearth hefyd yn anfon ohono’i hun ar ôl i chi ddatgloi, ar ôl pob ymweliad wedi’i lofnodi a phob ychydig funudau. Yr ymgais awtomatig nesaf: %1.</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>Agency server</source>
        <translation>Gweinydd yr asiantaeth</translation>
    </message>
    <message>
        <source>This tablet</source>
        <translation>Y llechen hon</translation>
    </message>
    <message>
        <source>Server fingerprint</source>
        <translation>Ôl bys y gweinydd</translation>
    </message>
    <message>
        <source>Recent attempts</source>
        <translation>Ymgeisiau diweddar</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Dim ymgeisiau eto.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Agency server address</source>
        <translation>Cyfeiriad gweinydd yr asiantaeth</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Agency sync: %1. Open the sync screen.</source>
        <translation>Cysoni â’r asiantaeth: %1. Agor y sgrin gysoni.</translation>
    </message>
    <message>
        <source>Sync ›</source>
        <translation>Cysoni ›</translation>
    </message>
    <message>
        <source>Connect ›</source>
        <translation>Cysylltu ›</translation>
    </message>
</context>
<context>
    <name>TextBlock</name>
    <message>
        <source>%1 (needed to finish)</source>
        <translation>%1 (angen i orffen)</translation>
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
        <translation>%1 (angen i orffen)</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>aa:mm</translation>
    </message>
    <message>
        <source>%1, hours:minutes</source>
        <translation>%1, oriau:munudau</translation>
    </message>
    <message>
        <source>Time, hours:minutes</source>
        <translation>Amser, oriau:munudau</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewis…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>Dewis %1</translation>
    </message>
    <message>
        <source>Choose the time</source>
        <translation>Dewis yr amser</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Oriau</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Munudau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Set the time</source>
        <translation>Gosod yr amser</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Hearth is locked</source>
        <translation>Mae Hearth wedi’i gloi</translation>
    </message>
    <message>
        <source>Type your passcode to open your records.</source>
        <translation>Teipiwch eich cod pas i agor eich cofnodion.</translation>
    </message>
    <message>
        <source>Passcode</source>
        <translation>Cod pas</translation>
    </message>
    <message>
        <source>Too many wrong passcodes. To keep your records safe, you can try again in %1.</source>
        <translation>Gormod o godau pas anghywir. Er mwyn cadw eich cofnodion yn ddiogel, gallwch roi cynnig arall arni ymhen %1.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wrthi’n gwirio…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Forgotten your passcode?</source>
        <translation>Wedi anghofio eich cod pas?</translation>
    </message>
    <message>
        <source>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team's IT support or your manager and keep the tablet with you.

Please do not delete or reinstall Hearth: records not yet sent to your agency would be lost.</source>
        <translation>Gall eich asiantaeth agor Hearth ar y llechen hon eto a gadael i chi ddewis cod pas newydd. Ni fydd unrhyw gofnodion yn cael eu colli. Cysylltwch â chymorth TG eich tîm neu â’ch rheolwr, a chadwch y llechen gyda chi.

Peidiwch â dileu nac ailosod Hearth: byddai cofnodion sydd heb eu hanfon at eich asiantaeth eto yn cael eu colli.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>That passcode is not right. Please try again.</source>
        <translation>Nid yw’r cod pas hwnnw’n gywir. Rhowch gynnig arall arni.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passcodes. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Gormod o godau pas anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>This passcode does not meet the rules.</source>
        <translation>Nid yw’r cod pas hwn yn bodloni’r rheolau.</translation>
    </message>
    <message>
        <source>The key file for this device's records is missing. Your agency can restore access with its recovery key; nothing has been changed.</source>
        <translation>Mae’r ffeil allwedd ar gyfer cofnodion y ddyfais hon ar goll. Gall eich asiantaeth adfer mynediad gyda’i hallwedd adfer; does dim byd wedi’i newid.</translation>
    </message>
    <message>
        <source>The key file for this device's records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</source>
        <translation>Mae’r ffeil allwedd ar gyfer cofnodion y ddyfais hon wedi’i difrodi. Does neb wedi cyffwrdd â’ch cofnodion; gall eich asiantaeth adfer mynediad gyda’i hallwedd adfer.</translation>
    </message>
    <message>
        <source>The records database is missing. Nothing has been changed; please contact your agency's support.</source>
        <translation>Mae’r gronfa ddata cofnodion ar goll. Does dim byd wedi’i newid; cysylltwch â thîm cymorth eich asiantaeth.</translation>
    </message>
    <message>
        <source>The records database is damaged. Nothing has been changed; please contact your agency's support before using this device again.</source>
        <translation>Mae’r gronfa ddata cofnodion wedi’i difrodi. Does dim byd wedi’i newid; cysylltwch â thîm cymorth eich asiantaeth cyn defnyddio’r ddyfais hon eto.</translation>
    </message>
    <message>
        <source>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency's support.</source>
        <translation>Mae’r gronfa ddata cofnodion a’r ffeil allwedd yn perthyn i ddyfeisiau neu osodiadau gwahanol. Does dim byd wedi’i newid; cysylltwch â thîm cymorth eich asiantaeth.</translation>
    </message>
    <message>
        <source>Records already exist in this folder; they have not been replaced.</source>
        <translation>Mae cofnodion yn y ffolder hon yn barod; nid ydyn nhw wedi’u disodli.</translation>
    </message>
    <message>
        <source>The recovery key file cannot be read.</source>
        <translation>Does dim modd darllen y ffeil allwedd adfer.</translation>
    </message>
    <message>
        <source>This recovery key does not belong to this device's records.</source>
        <translation>Nid yw’r allwedd adfer hon yn perthyn i gofnodion y ddyfais hon.</translation>
    </message>
    <message>
        <source>These records were written by a newer version of Hearth. Please update Hearth; nothing has been changed.</source>
        <translation>Cafodd y cofnodion hyn eu hysgrifennu gan fersiwn mwy newydd o Hearth. Diweddarwch Hearth; does dim byd wedi’i newid.</translation>
    </message>
    <message>
        <source>Hearth cannot write to its storage folder. Nothing has been changed.</source>
        <translation>Nid yw Hearth yn gallu ysgrifennu i’w ffolder storio. Does dim byd wedi’i newid.</translation>
    </message>
    <message>
        <source>The device's storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</source>
        <translation>Mae storfa’r ddyfais yn llawn. Ni chafodd y newid diwethaf ei gadw; rhyddhewch rywfaint o le a rhowch gynnig arall arni. Does dim byd arall wedi’i golli.</translation>
    </message>
    <message>
        <source>Hearth is locked.</source>
        <translation>Mae Hearth wedi’i gloi.</translation>
    </message>
    <message>
        <source>Hearth could not read or write its storage. Nothing has been changed; please try again.</source>
        <translation>Doedd Hearth ddim yn gallu darllen nac ysgrifennu i’w storfa. Does dim byd wedi’i newid; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Visit</name>
    <message>
        <source>An injury was recorded for a baby who is not yet mobile: record the immediate safety concern and what you did under local procedure.</source>
        <translation>Cofnodwyd anaf i fabi nad yw’n symud eto: cofnodwch y pryder diogelwch uniongyrchol a’r hyn a wnaethoch o dan y weithdrefn leol.</translation>
    </message>
    <message>
        <source>Record the next step for the injury to a baby who is not yet mobile.</source>
        <translation>Cofnodwch y cam nesaf ar gyfer yr anaf i fabi nad yw’n symud eto.</translation>
    </message>
    <message>
        <source>The child's words describe being hurt (“%1”): record what you did, as an immediate safety action or a next step.</source>
        <translation>Mae geiriau’r plentyn yn disgrifio cael ei frifo (“%1”): cofnodwch beth a wnaethoch, fel cam diogelwch uniongyrchol neu gam nesaf.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>‹ Visits</source>
        <translation>‹ Ymweliadau</translation>
    </message>
    <message>
        <source>Back to the list of visits</source>
        <translation>Yn ôl at y rhestr o ymweliadau</translation>
    </message>
    <message>
        <source>Visit: %1</source>
        <translation>Ymweliad: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi’i gadw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi’n cadw…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Cam %1 o %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Sign and finish</source>
        <translation>Llofnodi a gorffen</translation>
    </message>
</context>
<context>
    <name>VisitPrompts</name>
    <message>
        <source>, lives with the child</source>
        <translation>, yn byw gyda’r plentyn</translation>
    </message>
</context>
<context>
    <name>VisitsPane</name>
    <message>
        <source>Visits in progress</source>
        <translation>Ymweliadau ar y gweill</translation>
    </message>
    <message>
        <source>None. Start a visit from the list of children; it is saved as you go.</source>
        <translation>Dim. Dechreuwch ymweliad o’r rhestr o blant; caiff ei gadw wrth i chi fynd.</translation>
    </message>
    <message>
        <source>%1 · changed %2</source>
        <translation>%1 · newidiwyd %2</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Taflu</translation>
    </message>
    <message>
        <source>Discard the draft for %1</source>
        <translation>Taflu’r drafft ar gyfer %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Ailddechrau</translation>
    </message>
    <message>
        <source>Resume the visit for %1</source>
        <translation>Ailddechrau’r ymweliad ar gyfer %1</translation>
    </message>
    <message>
        <source>Signed visits</source>
        <translation>Ymweliadau wedi’u llofnodi</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Dim eto.</translation>
    </message>
    <message>
        <source>Signed visit for %1, %2</source>
        <translation>Ymweliad wedi’i lofnodi ar gyfer %1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Session with a child</source>
        <translation>Sesiwn gyda phlentyn</translation>
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
        <translation>Cofnodion ymweliadau cartref, yn ddiogel ar y llechen hon.</translation>
    </message>
    <message>
        <source>Text size and colours</source>
        <translation>Maint y testun a’r lliwiau</translation>
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
        <translation>Eich cod pas, i lofnodi</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wrthi’n llofnodi…</translation>
    </message>
</context>
<context>
    <name>hearth::CaseloadListModel</name>
    <message>
        <source>Unborn, due %1</source>
        <translation>Heb ei eni, disgwylir %1</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>Heb ei eni</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Ganed %1</translation>
    </message>
    <message>
        <source>No contact recorded</source>
        <translation>Dim cyswllt wedi’i gofnodi</translation>
    </message>
    <message>
        <source>Last contact %1: agency record</source>
        <translation>Cyswllt diwethaf %1: cofnod yr asiantaeth</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you</source>
        <translation>Cyswllt diwethaf %1: ymweliad gennych chi</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you, child seen</source>
        <translation>Cyswllt diwethaf %1: ymweliad gennych chi, gwelwyd y plentyn</translation>
    </message>
    <message>
        <source>Last contact %1: visit by you, child not seen</source>
        <translation>Cyswllt diwethaf %1: ymweliad gennych chi, ni welwyd y plentyn</translation>
    </message>
    <message>
        <source>Overdue: contact planned by your agency for %1</source>
        <translation>Yn hwyr: cyswllt a gynlluniwyd gan eich asiantaeth ar gyfer %1</translation>
    </message>
    <message>
        <source>Next contact planned by your agency: %1</source>
        <translation>Cyswllt nesaf a gynlluniwyd gan eich asiantaeth: %1</translation>
    </message>
    <message>
        <source>Overdue: %1, due by %2</source>
        <translation>Yn hwyr: %1, i’w wneud erbyn %2</translation>
    </message>
    <message>
        <source>Due now: %1, by %2</source>
        <translation>Angen nawr: %1, erbyn %2</translation>
    </message>
    <message>
        <source>Next due: %1, from %2</source>
        <translation>Nesaf: %1, o %2</translation>
    </message>
</context>
<context>
    <name>hearth::ChildModeController</name>
    <message>
        <source>Hearth is busy. Please try again in a moment.</source>
        <translation>Mae Hearth yn brysur. Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
</context>
<context>
    <name>hearth::ChildVoiceController</name>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>Contact centre</source>
        <translation>Canolfan gyswllt</translation>
    </message>
    <message>
        <source>In the car</source>
        <translation>Yn y car</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Rhywle arall</translation>
    </message>
    <message>
        <source>That child could not be found on this tablet.</source>
        <translation>Nid oedd modd dod o hyd i’r plentyn hwnnw ar y llechen hon.</translation>
    </message>
    <message>
        <source>Please type the child's name and school year.</source>
        <translation>Teipiwch enw’r plentyn a’i flwyddyn ysgol.</translation>
    </message>
    <message>
        <source>This session could not be saved: %1</source>
        <translation>Nid oedd modd cadw’r sesiwn hon: %1</translation>
    </message>
</context>
<context>
    <name>hearth::ChronologyFlagModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 i %2</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged · rests on %1</source>
        <translation>Wedi’i chydnabod · yn seiliedig ar %1</translation>
    </message>
    <message>
        <source>Not yet acknowledged · rests on %1</source>
        <translation>Heb ei chydnabod eto · yn seiliedig ar %1</translation>
    </message>
    <message>
        <source>Acknowledged · reviewed by a supervisor · rests on %1</source>
        <translation>Wedi’i chydnabod · wedi’i hadolygu gan oruchwyliwr · yn seiliedig ar %1</translation>
    </message>
    <message>
        <source>Reviewed by a supervisor, not yet acknowledged · rests on %1</source>
        <translation>Wedi’i hadolygu gan oruchwyliwr, heb ei chydnabod eto · yn seiliedig ar %1</translation>
    </message>
</context>
<context>
    <name>hearth::ChronologyModel</name>
    <message>
        <source>Everything</source>
        <translation>Popeth</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Yn ymweld</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Ni ddaethpwyd â’r plentyn</translation>
    </message>
    <message>
        <source>Concerns and injuries</source>
        <translation>Pryderon ac anafiadau</translation>
    </message>
    <message>
        <source>Life events</source>
        <translation>Digwyddiadau bywyd</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Cydweithredu</translation>
    </message>
    <message>
        <source>The child's words</source>
        <translation>Geiriau’r plentyn</translation>
    </message>
    <message>
        <source>Agency summaries</source>
        <translation>Crynodebau’r asiantaeth</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Diwygiadau</translation>
    </message>
    <message>
        <source>Flags acknowledged</source>
        <translation>Baneri wedi’u cydnabod</translation>
    </message>
    <message numerus="yes">
        <source>Showing what the %n record(s) behind this flag hold: %1</source>
        <translation>
            <numerusform>Yn dangos beth sydd yn y %n cofnod y tu ôl i’r faner hon: %1</numerusform>
            <numerusform>Yn dangos beth sydd yn y %n cofnod y tu ôl i’r faner hon: %1</numerusform>
            <numerusform>Yn dangos beth sydd yn y %n cofnod y tu ôl i’r faner hon: %1</numerusform>
            <numerusform>Yn dangos beth sydd yn y %n cofnod y tu ôl i’r faner hon: %1</numerusform>
            <numerusform>Yn dangos beth sydd yn y %n cofnod y tu ôl i’r faner hon: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing every entry (%n).</source>
        <translation>
            <numerusform>Yn dangos pob cofnod (%n).</numerusform>
            <numerusform>Yn dangos pob cofnod (%n).</numerusform>
            <numerusform>Yn dangos pob cofnod (%n).</numerusform>
            <numerusform>Yn dangos pob cofnod (%n).</numerusform>
            <numerusform>Yn dangos pob cofnod (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing only: %1 (%2 of %3 entries).</source>
        <translation>Yn dangos dim ond: %1 (%2 o %3 cofnod).</translation>
    </message>
    <message>
        <source>Chronology %1 %2.pdf</source>
        <translation>Cronoleg %1 %2.pdf</translation>
    </message>
    <message>
        <source>The PDF was not saved: choose a folder on this device.</source>
        <translation>Ni chafodd y PDF ei gadw: dewiswch ffolder ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>Chronology: %1</source>
        <translation>Cronoleg: %1</translation>
    </message>
    <message>
        <source>Exported by %1 on %2 at %3, from the records on this tablet.</source>
        <translation>Allforiwyd gan %1 ar %2 am %3, o’r cofnodion ar y llechen hon.</translation>
    </message>
    <message>
        <source>Flags (%1)</source>
        <translation>Baneri (%1)</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Cofnodion, y mwyaf diweddar yn gyntaf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Cofnodwyd gan</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Llofnod</translation>
    </message>
    <message>
        <source>No flags.</source>
        <translation>Dim baneri.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Wedi’i gadw fel %1.</translation>
    </message>
    <message>
        <source>The PDF was not saved: %1</source>
        <translation>Ni chafodd y PDF ei gadw: %1</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Goruchwylio</translation>
    </message>
</context>
<context>
    <name>hearth::ConcernController</name>
    <message>
        <source>Told the designated safeguarding lead</source>
        <translation>Dweud wrth yr arweinydd diogelu dynodedig</translation>
    </message>
    <message>
        <source>Referral to children's social care</source>
        <translation>Atgyfeirio at ofal cymdeithasol plant</translation>
    </message>
    <message>
        <source>Gave advice</source>
        <translation>Rhoi cyngor</translation>
    </message>
    <message>
        <source>Will monitor</source>
        <translation>Byddaf yn monitro</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Rhywbeth arall</translation>
    </message>
    <message>
        <source>This agency's content pack has no concern categories, so the concern cannot be signed. Please tell the agency.</source>
        <translation>Does dim categorïau pryder ym mhecyn cynnwys yr asiantaeth hon, felly ni ellir llofnodi’r pryder. Rhowch wybod i’r asiantaeth.</translation>
    </message>
    <message>
        <source>That child could not be found on this tablet.</source>
        <translation>Nid oedd modd dod o hyd i’r plentyn hwnnw ar y llechen hon.</translation>
    </message>
    <message>
        <source>Please type the child's name and school year.</source>
        <translation>Teipiwch enw’r plentyn a’i flwyddyn ysgol.</translation>
    </message>
    <message>
        <source>This concern could not be saved: %1</source>
        <translation>Nid oedd modd cadw’r pryder hwn: %1</translation>
    </message>
</context>
<context>
    <name>hearth::EnrolmentWizard</name>
    <message>
        <source>Please type your agency's server address.</source>
        <translation>Teipiwch gyfeiriad gweinydd eich asiantaeth.</translation>
    </message>
    <message>
        <source>Please type the enrolment code your agency gave you.</source>
        <translation>Teipiwch y cod cofrestru a roddodd eich asiantaeth i chi.</translation>
    </message>
</context>
<context>
    <name>hearth::HouseholdController</name>
    <message>
        <source>The unsaved changes to this household could not be read: %1</source>
        <translation>Nid oedd modd darllen y newidiadau heb eu cadw i’r aelwyd hon: %1</translation>
    </message>
    <message>
        <source>Birth mother</source>
        <translation>Mam fiolegol</translation>
    </message>
    <message>
        <source>Birth father</source>
        <translation>Tad biolegol</translation>
    </message>
    <message>
        <source>Step-parent</source>
        <translation>Llys-riant</translation>
    </message>
    <message>
        <source>A parent's partner</source>
        <translation>Partner rhiant</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Nain neu daid</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Perthynas arall</translation>
    </message>
    <message>
        <source>Lodger</source>
        <translation>Lletywr</translation>
    </message>
    <message>
        <source>Regular visitor</source>
        <translation>Ymwelydd rheolaidd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Lives here</source>
        <translation>Yn byw yma</translation>
    </message>
    <message>
        <source>Stays sometimes</source>
        <translation>Yn aros weithiau</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Yn ymweld</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Iechyd meddwl</translation>
    </message>
    <message>
        <source>Domestic abuse</source>
        <translation>Cam-drin domestig</translation>
    </message>
    <message>
        <source>Substance misuse</source>
        <translation>Camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>Offending</source>
        <translation>Troseddu</translation>
    </message>
    <message>
        <source>Own care history</source>
        <translation>Wedi bod mewn gofal ei hun</translation>
    </message>
    <message>
        <source>Asthma</source>
        <translation>Asthma</translation>
    </message>
    <message>
        <source>Epilepsy</source>
        <translation>Epilepsi</translation>
    </message>
    <message>
        <source>Diabetes</source>
        <translation>Diabetes</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Wedi’i gynnig</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Wedi’i ddychwelyd</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Heb ei ddychwelyd</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Wedi’i ddilyn i fyny</translation>
    </message>
    <message>
        <source>Not yet mobile</source>
        <translation>Ddim yn symud o gwmpas eto</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Yn symud o gwmpas</translation>
    </message>
    <message>
        <source>adult %1</source>
        <translation>oedolyn %1</translation>
    </message>
    <message>
        <source>Please give the name of adult %1.</source>
        <translation>Rhowch enw oedolyn %1.</translation>
    </message>
    <message>
        <source>Please say who %1 is to the child.</source>
        <translation>Dywedwch pwy yw %1 i’r plentyn.</translation>
    </message>
    <message>
        <source>Please say whether %1 lives here, stays sometimes or visits.</source>
        <translation>Dywedwch a yw %1 yn byw yma, yn aros weithiau neu’n ymweld.</translation>
    </message>
    <message>
        <source>Please say which other long-term condition the child has.</source>
        <translation>Dywedwch pa gyflwr hirdymor arall sydd gan y plentyn.</translation>
    </message>
    <message>
        <source>Please name the GP practice the child is registered with.</source>
        <translation>Rhowch enw’r feddygfa y mae’r plentyn wedi cofrestru â hi.</translation>
    </message>
    <message>
        <source>Nothing has changed since the household was last saved.</source>
        <translation>Does dim wedi newid ers i’r aelwyd gael ei chadw ddiwethaf.</translation>
    </message>
    <message>
        <source>This household cannot be saved yet: %1 (%2).</source>
        <translation>Ni ellir cadw’r aelwyd hon eto: %1 (%2).</translation>
    </message>
    <message>
        <source>Please give the date of the %1 as year-month-day, for example 2026-04-17.</source>
        <translation>Rhowch y dyddiad (%1) fel blwyddyn-mis-diwrnod, er enghraifft 2026-04-17.</translation>
    </message>
    <message>
        <source>The date of the %1 cannot be after today.</source>
        <translation>Ni all y dyddiad (%1) fod ar ôl heddiw.</translation>
    </message>
    <message>
        <source>Please write the strength before adding it.</source>
        <translation>Ysgrifennwch y cryfder cyn ei ychwanegu.</translation>
    </message>
    <message>
        <source>Please choose which kind of risk is known.</source>
        <translation>Dewiswch pa fath o risg sy’n hysbys.</translation>
    </message>
    <message>
        <source>Please say where this risk is known from (for example a police notification or what the mother said).</source>
        <translation>Dywedwch o ble mae’r risg hon yn hysbys (er enghraifft hysbysiad gan yr heddlu neu’r hyn a ddywedodd y fam).</translation>
    </message>
    <message>
        <source>Please describe the other risk.</source>
        <translation>Disgrifiwch y risg arall.</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risg</translation>
    </message>
    <message>
        <source>Please type the child's name.</source>
        <translation>Teipiwch enw’r plentyn.</translation>
    </message>
    <message>
        <source>birth</source>
        <translation>geni</translation>
    </message>
    <message>
        <source>Please name the review or questionnaire, for example the 2-2½ year review.</source>
        <translation>Rhowch enw’r adolygiad neu’r holiadur, er enghraifft yr adolygiad 2-2½ oed.</translation>
    </message>
    <message>
        <source>Please choose whether it was offered, returned, not returned or followed up.</source>
        <translation>Dewiswch a gafodd ei gynnig, ei ddychwelyd, heb ei ddychwelyd neu ei ddilyn i fyny.</translation>
    </message>
    <message>
        <source>review</source>
        <translation>adolygiad</translation>
    </message>
    <message>
        <source>The changes could not be kept: %1</source>
        <translation>Nid oedd modd cadw’r newidiadau: %1</translation>
    </message>
    <message>
        <source>No one adult in particular</source>
        <translation>Dim un oedolyn yn benodol</translation>
    </message>
</context>
<context>
    <name>hearth::InterviewController</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>This interview could not be saved: %1</source>
        <translation>Nid oedd modd cadw’r cyfweliad hwn: %1</translation>
    </message>
    <message>
        <source>This young person's episodes could not be read: %1</source>
        <translation>Nid oedd modd darllen digwyddiadau’r person ifanc hwn: %1</translation>
    </message>
    <message>
        <source>Back %1 (missing from %2)</source>
        <translation>Yn ôl %1 (ar goll ers %2)</translation>
    </message>
    <message>
        <source>Found: %1. An interview is already recorded for it.</source>
        <translation>Daethpwyd o hyd iddynt: %1. Mae cyfweliad eisoes wedi’i gofnodi ar ei gyfer.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Daethpwyd o hyd iddynt: %1</translation>
    </message>
    <message>
        <source>It was due to be offered by %1, 72 hours after they came back. The chronology will show it as not offered.</source>
        <translation>Roedd i fod i gael ei gynnig erbyn %1, 72 awr ar ôl iddynt ddod yn ôl. Bydd y cronoleg yn ei ddangos fel heb ei gynnig.</translation>
    </message>
    <message>
        <source>Offered in time: within 72 hours of their coming back, which ran until %1.</source>
        <translation>Wedi’i gynnig mewn pryd: o fewn 72 awr iddynt ddod yn ôl, a ddaeth i ben %1.</translation>
    </message>
    <message>
        <source>Offered late: the 72 hours after they came back ended %1. The chronology will show it as late.</source>
        <translation>Wedi’i gynnig yn hwyr: daeth y 72 awr ar ôl iddynt ddod yn ôl i ben %1. Bydd y cronoleg yn ei ddangos fel un hwyr.</translation>
    </message>
    <message numerus="yes">
        <source>Offer it by %1: within 72 hours of their coming back (%n hour(s) left).</source>
        <translation>
            <numerusform>Cynigiwch ef erbyn %1: o fewn 72 awr iddynt ddod yn ôl (%n awr ar ôl).</numerusform>
            <numerusform>Cynigiwch ef erbyn %1: o fewn 72 awr iddynt ddod yn ôl (%n awr ar ôl).</numerusform>
            <numerusform>Cynigiwch ef erbyn %1: o fewn 72 awr iddynt ddod yn ôl (%n awr ar ôl).</numerusform>
            <numerusform>Cynigiwch ef erbyn %1: o fewn 72 awr iddynt ddod yn ôl (%n awr ar ôl).</numerusform>
            <numerusform>Cynigiwch ef erbyn %1: o fewn 72 awr iddynt ddod yn ôl (%n awr ar ôl).</numerusform>
        </translation>
    </message>
    <message>
        <source>The 72 hours after they came back ended %1. Offer it now; the chronology will show it as late.</source>
        <translation>Daeth y 72 awr ar ôl iddynt ddod yn ôl i ben %1. Cynigiwch ef nawr; bydd y cronoleg yn ei ddangos fel un hwyr.</translation>
    </message>
</context>
<context>
    <name>hearth::MissingController</name>
    <message>
        <source>This episode could not be saved: %1</source>
        <translation>Nid oedd modd cadw’r digwyddiad hwn: %1</translation>
    </message>
</context>
<context>
    <name>hearth::PhotoCamera</name>
    <message>
        <source>The camera could not start.</source>
        <translation>Nid oedd modd cychwyn y camera.</translation>
    </message>
    <message>
        <source>The photo could not be taken. Try again.</source>
        <translation>Nid oedd modd tynnu’r llun. Rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This device has no camera. Choose a photo from a file instead.</source>
        <translation>Does dim camera ar y ddyfais hon. Dewiswch lun o ffeil yn lle hynny.</translation>
    </message>
    <message>
        <source>The camera is not ready yet.</source>
        <translation>Nid yw’r camera’n barod eto.</translation>
    </message>
</context>
<context>
    <name>hearth::PinLock</name>
    <message>
        <source>The PIN must be exactly 6 digits.</source>
        <translation>Rhaid i’r PIN fod yn union 6 digid.</translation>
    </message>
    <message>
        <source>This PIN is one of the first that anyone would try (like 000000 or 123456). Please choose 6 digits without a simple pattern.</source>
        <translation>Mae’r PIN hwn ymhlith y cyntaf y byddai unrhyw un yn rhoi cynnig arnynt (fel 000000 neu 123456). Dewiswch 6 digid heb batrwm syml.</translation>
    </message>
</context>
<context>
    <name>hearth::QtPositionProvider</name>
    <message>
        <source>No position was found in time.</source>
        <translation>Ni chanfuwyd lleoliad mewn pryd.</translation>
    </message>
    <message>
        <source>This tablet cannot tell its position.</source>
        <translation>Ni all y llechen hon ganfod ei lleoliad.</translation>
    </message>
    <message>
        <source>Hearth is not allowed to use this tablet's position.</source>
        <translation>Nid yw Hearth yn cael defnyddio lleoliad y llechen hon.</translation>
    </message>
    <message>
        <source>This tablet's position is not available.</source>
        <translation>Nid yw lleoliad y llechen hon ar gael.</translation>
    </message>
</context>
<context>
    <name>hearth::RoleSettings</name>
    <message>
        <source>Hearth is locked, so the role was not changed.</source>
        <translation>Mae Hearth wedi’i gloi, felly ni newidiwyd y rôl.</translation>
    </message>
    <message>
        <source>That is not a role Hearth knows, so nothing was changed.</source>
        <translation>Nid yw honno’n rôl y mae Hearth yn ei hadnabod, felly ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>The role could not be kept on this tablet: %1</source>
        <translation>Nid oedd modd cadw’r rôl ar y llechen hon: %1</translation>
    </message>
</context>
<context>
    <name>hearth::SessionController</name>
    <message>
        <source>Please choose a different passcode.</source>
        <translation>Dewiswch god pas gwahanol.</translation>
    </message>
    <message>
        <source>The two passcodes are not the same. Please type the same passcode in both boxes.</source>
        <translation>Nid yw’r ddau god pas yr un fath. Teipiwch yr un cod pas yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Please type your passcode.</source>
        <translation>Teipiwch eich cod pas.</translation>
    </message>
    <message>
        <source>Please type your current passcode.</source>
        <translation>Teipiwch eich cod pas presennol.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passcodes. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Gormod o godau pas anghywir. Arhoswch %n eiliad a rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Arhoswch %n eiliad a rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Arhoswch %n eiliad a rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Arhoswch %n eiliad a rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o godau pas anghywir. Arhoswch %n eiliad a rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Three wrong PINs: Hearth has locked fully. Please type your passcode.</source>
        <translation>Tri PIN anghywir: mae Hearth wedi cloi’n llwyr. Teipiwch eich cod pas.</translation>
    </message>
    <message>
        <source>That is not your PIN. Tries left before Hearth locks fully and asks for your passcode: %1.</source>
        <translation>Nid dyna’ch PIN. Cynigion ar ôl cyn i Hearth gloi’n llwyr a gofyn am eich cod pas: %1.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Please type the same PIN in both boxes.</source>
        <translation>Nid yw’r ddau PIN yr un fath. Teipiwch yr un PIN yn y ddau flwch.</translation>
    </message>
</context>
<context>
    <name>hearth::SignedVisit</name>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>Llofnodwyd gan %1 ar %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Please give the reason for the amendment.</source>
        <translation>Rhowch y rheswm dros y diwygiad.</translation>
    </message>
    <message>
        <source>Please write what the record should now say.</source>
        <translation>Ysgrifennwch beth ddylai’r cofnod ei ddweud bellach.</translation>
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
        <translation>%1: heb ei ddwyn i %2</translation>
    </message>
    <message>
        <source>%1: concern recorded: %2</source>
        <translation>%1: pryder wedi’i gofnodi: %2</translation>
    </message>
    <message>
        <source>%1: injury recorded: %2</source>
        <translation>%1: anaf wedi’i gofnodi: %2</translation>
    </message>
    <message>
        <source>%1: life event: %2</source>
        <translation>%1: digwyddiad bywyd: %2</translation>
    </message>
    <message>
        <source>%1: co-operation level %2 of 5</source>
        <translation>%1: lefel cydweithredu %2 o 5</translation>
    </message>
    <message>
        <source>%1: agency record: %2</source>
        <translation>%1: cofnod yr asiantaeth: %2</translation>
    </message>
    <message>
        <source>%1: visit, child not seen</source>
        <translation>%1: ymweliad, ni welwyd y plentyn</translation>
    </message>
    <message>
        <source>%1: visit, child seen</source>
        <translation>%1: ymweliad, gwelwyd y plentyn</translation>
    </message>
    <message>
        <source>Since your last visit on %1</source>
        <translation>Ers eich ymweliad diwethaf ar %1</translation>
    </message>
    <message>
        <source>Before your first visit</source>
        <translation>Cyn eich ymweliad cyntaf</translation>
    </message>
    <message>
        <source>Looking through this child's records…</source>
        <translation>Yn edrych drwy gofnodion y plentyn hwn…</translation>
    </message>
    <message>
        <source>Nothing new since your visit on %1.</source>
        <translation>Dim byd newydd ers eich ymweliad ar %1.</translation>
    </message>
    <message>
        <source>No flags and no agency records for this child yet.</source>
        <translation>Dim fflagiau a dim cofnodion asiantaeth ar gyfer y plentyn hwn eto.</translation>
    </message>
    <message>
        <source>And %1 earlier agency records: the child's chronology shows them all.</source>
        <translation>A %1 cofnod asiantaeth cynharach: mae cronoleg y plentyn yn eu dangos i gyd.</translation>
    </message>
    <message>
        <source>%1: supervisor's review: %2</source>
        <translation>%1: adolygiad y goruchwyliwr: %2</translation>
    </message>
    <message>
        <source>%1: countersigned by %2</source>
        <translation>%1: gwrthlofnodwyd gan %2</translation>
    </message>
    <message>
        <source>%1: professional difference: %2</source>
        <translation>%1: gwahaniaeth proffesiynol: %2</translation>
    </message>
    <message>
        <source>%1: child-voice session</source>
        <translation>%1: sesiwn llais y plentyn</translation>
    </message>
    <message>
        <source>%1: went missing; found: %2</source>
        <translation>%1: aeth ar goll; canfuwyd: %2</translation>
    </message>
    <message>
        <source>%1: return home interview: %2</source>
        <translation>%1: cyfweliad dychwelyd adref: %2</translation>
    </message>
    <message>
        <source>%1: observed: %2</source>
        <translation>%1: a welwyd: %2</translation>
    </message>
</context>
<context>
    <name>hearth::SyncHistoryModel</name>
    <message>
        <source>Sent and up to date</source>
        <translation>Wedi’i anfon ac yn gyfredol</translation>
    </message>
    <message>
        <source>Could not reach the agency</source>
        <translation>Methu cyrraedd yr asiantaeth</translation>
    </message>
    <message>
        <source>The agency server had a problem</source>
        <translation>Roedd problem gyda gweinydd yr asiantaeth</translation>
    </message>
    <message>
        <source>The agency server refused something</source>
        <translation>Gwrthododd gweinydd yr asiantaeth rywbeth</translation>
    </message>
    <message>
        <source>This tablet has been disconnected by the agency</source>
        <translation>Mae’r asiantaeth wedi datgysylltu’r llechen hon</translation>
    </message>
    <message>
        <source>The server did not prove it is your agency's</source>
        <translation>Ni phrofodd y gweinydd mai gweinydd eich asiantaeth ydyw</translation>
    </message>
    <message>
        <source>Stopped before it finished</source>
        <translation>Wedi stopio cyn gorffen</translation>
    </message>
    <message>
        <source>after unlocking</source>
        <translation>ar ôl datgloi</translation>
    </message>
    <message>
        <source>after a visit was signed</source>
        <translation>ar ôl llofnodi ymweliad</translation>
    </message>
    <message>
        <source>when the network came back</source>
        <translation>pan ddaeth y rhwydwaith yn ôl</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>wedi’i drefnu</translation>
    </message>
    <message>
        <source>you asked</source>
        <translation>gofynnoch chi</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) sent</source>
        <translation>
            <numerusform>%n cofnod wedi’i anfon</numerusform>
            <numerusform>%n cofnod wedi’i anfon</numerusform>
            <numerusform>%n cofnod wedi’i anfon</numerusform>
            <numerusform>%n cofnod wedi’i anfon</numerusform>
            <numerusform>%n cofnod wedi’i anfon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n confirmed by the agency</source>
        <translation>
            <numerusform>%n wedi’i gadarnhau gan yr asiantaeth</numerusform>
            <numerusform>%n wedi’i gadarnhau gan yr asiantaeth</numerusform>
            <numerusform>%n wedi’i gadarnhau gan yr asiantaeth</numerusform>
            <numerusform>%n wedi’i gadarnhau gan yr asiantaeth</numerusform>
            <numerusform>%n wedi’i gadarnhau gan yr asiantaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n caseload change(s) received</source>
        <translation>
            <numerusform>%n newid i’r llwyth achosion wedi’i dderbyn</numerusform>
            <numerusform>%n newid i’r llwyth achosion wedi’i dderbyn</numerusform>
            <numerusform>%n newid i’r llwyth achosion wedi’i dderbyn</numerusform>
            <numerusform>%n newid i’r llwyth achosion wedi’i dderbyn</numerusform>
            <numerusform>%n newid i’r llwyth achosion wedi’i dderbyn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hearth::SyncStatus</name>
    <message>
        <source>Your agency has disconnected this tablet, so nothing more will be sent from it. Everything recorded is still safe on it. Please contact your agency: they can recover the records.</source>
        <translation>Mae eich asiantaeth wedi datgysylltu’r llechen hon, felly ni fydd dim mwy yn cael ei anfon ohoni. Mae popeth a gofnodwyd yn dal yn ddiogel arni. Cysylltwch â’ch asiantaeth: gallant adfer y cofnodion.</translation>
    </message>
    <message>
        <source>Hearth could not reach your agency. Your records are safe on this tablet and will be sent when there is a connection.</source>
        <translation>Ni allai Hearth gyrraedd eich asiantaeth. Mae eich cofnodion yn ddiogel ar y llechen hon a byddant yn cael eu hanfon pan fydd cysylltiad.</translation>
    </message>
    <message>
        <source>Your agency's server is having a problem. Your records are safe on this tablet and Hearth will try again by itself.</source>
        <translation>Mae problem gyda gweinydd eich asiantaeth. Mae eich cofnodion yn ddiogel ar y llechen hon a bydd Hearth yn rhoi cynnig arall arni ohono’i hun.</translation>
    </message>
    <message>
        <source>Your agency's server refused what Hearth sent. Nothing has been lost. Please show the details below to your agency's IT support.</source>
        <translation>Gwrthododd gweinydd eich asiantaeth yr hyn a anfonodd Hearth. Nid oes dim wedi’i golli. Dangoswch y manylion isod i gymorth TG eich asiantaeth.</translation>
    </message>
    <message>
        <source>The server at your agency's address could not prove it is your agency's, so nothing was sent. This can happen on hotel or public Wi-Fi. If it keeps happening, tell your agency's IT support.</source>
        <translation>Ni allai’r gweinydd yng nghyfeiriad eich asiantaeth brofi mai gweinydd eich asiantaeth ydyw, felly ni anfonwyd dim. Gall hyn ddigwydd ar Wi-Fi gwesty neu Wi-Fi cyhoeddus. Os yw’n dal i ddigwydd, dywedwch wrth gymorth TG eich asiantaeth.</translation>
    </message>
    <message>
        <source>Not connected to an agency yet: visits stay on this tablet</source>
        <translation>Heb gysylltu ag asiantaeth eto: mae ymweliadau’n aros ar y llechen hon</translation>
    </message>
    <message>
        <source>Disconnected by your agency</source>
        <translation>Wedi’i datgysylltu gan eich asiantaeth</translation>
    </message>
    <message numerus="yes">
        <source>%n signed record(s) waiting to be sent</source>
        <translation>
            <numerusform>%n cofnod wedi’i lofnodi yn aros i’w anfon</numerusform>
            <numerusform>%n cofnod wedi’i lofnodi yn aros i’w anfon</numerusform>
            <numerusform>%n cofnod wedi’i lofnodi yn aros i’w anfon</numerusform>
            <numerusform>%n cofnod wedi’i lofnodi yn aros i’w anfon</numerusform>
            <numerusform>%n cofnod wedi’i lofnodi yn aros i’w anfon</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything signed has been sent</source>
        <translation>Mae popeth a lofnodwyd wedi’i anfon</translation>
    </message>
    <message>
        <source>sending now</source>
        <translation>yn anfon nawr</translation>
    </message>
    <message>
        <source>last sent %1</source>
        <translation>anfonwyd ddiwethaf %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>heb ei anfon eto</translation>
    </message>
</context>
<context>
    <name>hearth::VisitController</name>
    <message>
        <source>Unborn, expected %1</source>
        <translation>Heb ei eni, disgwylir %1</translation>
    </message>
    <message>
        <source>Unborn</source>
        <translation>Heb ei eni</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Ganed %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Pwy sydd yma</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Gweld y plentyn</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Profiad bywyd</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Esgeulustod</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Cydweithredu</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Ni ddaethpwyd â’r plentyn</translation>
    </message>
    <message>
        <source>Concerns and actions</source>
        <translation>Pryderon a chamau gweithredu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (accurate to about %n metre(s))</source>
        <translation>
            <numerusform>%1 (yn gywir i tua %n metr)</numerusform>
            <numerusform>%1 (yn gywir i tua %n metr)</numerusform>
            <numerusform>%1 (yn gywir i tua %n metr)</numerusform>
            <numerusform>%1 (yn gywir i tua %n metr)</numerusform>
            <numerusform>%1 (yn gywir i tua %n metr)</numerusform>
        </translation>
    </message>
    <message>
        <source>Entered by hand: %1</source>
        <translation>Wedi’i roi â llaw: %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Ddim ar gael: %1</translation>
    </message>
    <message>
        <source>This tablet cannot tell its position.</source>
        <translation>Ni all y llechen hon ganfod ei lleoliad.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>That answer was not kept: this visit has no place for it. Nothing else was changed. Please close the visit and open it again.</source>
        <translation>Ni chadwyd yr ateb hwnnw: does dim lle iddo yn yr ymweliad hwn. Ni newidiwyd dim byd arall. Caewch yr ymweliad a’i agor eto.</translation>
    </message>
    <message>
        <source>That answer was not kept: it is not one this question can hold. Nothing else was changed.</source>
        <translation>Ni chadwyd yr ateb hwnnw: nid yw’n ateb y gall y cwestiwn hwn ei gadw. Ni newidiwyd dim byd arall.</translation>
    </message>
    <message>
        <source>That answer was not kept: the visit is closed.</source>
        <translation>Ni chadwyd yr ateb hwnnw: mae’r ymweliad ar gau.</translation>
    </message>
    <message>
        <source>The visit is closed.</source>
        <translation>Mae’r ymweliad ar gau.</translation>
    </message>
    <message>
        <source>Choose the date of arrival first.</source>
        <translation>Dewiswch ddyddiad cyrraedd yn gyntaf.</translation>
    </message>
    <message>
        <source>The arrival cannot be later than now (%1).</source>
        <translation>Ni all yr amser cyrraedd fod yn hwyrach na nawr (%1).</translation>
    </message>
    <message>
        <source>That mark was not placed: tap on the outline itself.</source>
        <translation>Ni osodwyd y marc: tapiwch ar yr amlinell ei hun.</translation>
    </message>
    <message>
        <source>That photo was not added: choose a file on this device.</source>
        <translation>Ni ychwanegwyd y llun hwnnw: dewiswch ffeil ar y ddyfais hon.</translation>
    </message>
    <message>
        <source>That photo was not added. %1</source>
        <translation>Ni ychwanegwyd y llun hwnnw. %1</translation>
    </message>
    <message>
        <source>That photo is already in this visit.</source>
        <translation>Mae’r llun hwnnw eisoes yn yr ymweliad hwn.</translation>
    </message>
    <message>
        <source>That photo was not added: Hearth could not store it. %1</source>
        <translation>Ni ychwanegwyd y llun hwnnw: nid oedd modd i Hearth ei gadw. %1</translation>
    </message>
</context>
<context>
    <name>hearth::VisitDates</name>
    <message>
        <source>Write the date as day/month/year, for example 14/05/2026.</source>
        <translation>Ysgrifennwch y dyddiad fel diwrnod/mis/blwyddyn, er enghraifft 14/05/2026.</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation>Does dim mis %1: mae’r misoedd yn mynd o 1 i 12.</translation>
    </message>
    <message>
        <source>%1/%2/%3 does not exist: that month has %4 days.</source>
        <translation>Nid yw %1/%2/%3 yn bod: mae %4 diwrnod yn y mis hwnnw.</translation>
    </message>
    <message>
        <source>%1 is in the future: this date cannot be after today (%2).</source>
        <translation>Mae %1 yn y dyfodol: ni all y dyddiad hwn fod ar ôl heddiw (%2).</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes on the 24-hour clock, for example 15:30.</source>
        <translation>Ysgrifennwch yr amser fel oriau:munudau ar y cloc 24 awr, er enghraifft 15:30.</translation>
    </message>
    <message>
        <source>%1 is not a time: hours run from 0 to 23 and minutes from 0 to 59.</source>
        <translation>Nid yw %1 yn amser: mae’r oriau’n mynd o 0 i 23 a’r munudau o 0 i 59.</translation>
    </message>
</context>
<context>
    <name>hearth::VisitSummaryText</name>
    <message>
        <source>Nothing recorded.</source>
        <translation>Dim wedi’i gofnodi.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>heb ei gofnodi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ie</translation>
    </message>
    <message>
        <source>no</source>
        <translation>na</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>wedi’i drefnu</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>heb rybudd</translation>
    </message>
    <message>
        <source>home</source>
        <translation>cartref</translation>
    </message>
    <message>
        <source>school</source>
        <translation>ysgol</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>clinig</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>heb ei asesu</translation>
    </message>
    <message>
        <source>no concern</source>
        <translation>dim pryder</translation>
    </message>
    <message>
        <source>some concern</source>
        <translation>rhywfaint o bryder</translation>
    </message>
    <message>
        <source>significant concern</source>
        <translation>pryder sylweddol</translation>
    </message>
    <message>
        <source>%1 (about %2 m)</source>
        <translation>%1 (tua %2 m)</translation>
    </message>
    <message>
        <source>not available (%1)</source>
        <translation>ddim ar gael (%1)</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Plentyn</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Ymweliad</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Diben</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Cyrraedd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lleoliad</translation>
    </message>
    <message>
        <source>%1 (spoken to)</source>
        <translation>%1 (wedi siarad ag ef/hi)</translation>
    </message>
    <message>
        <source>Adults present</source>
        <translation>Oedolion oedd yn bresennol</translation>
    </message>
    <message>
        <source>Other children present</source>
        <translation>Plant eraill oedd yn bresennol</translation>
    </message>
    <message>
        <source>Not seen: %1</source>
        <translation>Heb ei weld: %1</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>ddim yn gwybod</translation>
    </message>
    <message>
        <source>Child seen</source>
        <translation>Gwelwyd y plentyn</translation>
    </message>
    <message>
        <source>Why not seen</source>
        <translation>Pam na welwyd</translation>
    </message>
    <message>
        <source>Seen alone</source>
        <translation>Gwelwyd ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Why not seen alone</source>
        <translation>Pam na welwyd ar ei ben ei hun</translation>
    </message>
    <message>
        <source>Rooms seen</source>
        <translation>Ystafelloedd a welwyd</translation>
    </message>
    <message>
        <source>Bedroom seen</source>
        <translation>Gwelwyd yr ystafell wely</translation>
    </message>
    <message>
        <source>Where the child sleeps</source>
        <translation>Ble mae’r plentyn yn cysgu</translation>
    </message>
    <message>
        <source>How the child communicates</source>
        <translation>Sut mae’r plentyn yn cyfathrebu</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Cyfieithydd</translation>
    </message>
    <message>
        <source>The child's own words: “%1”</source>
        <translation>Geiriau’r plentyn ei hun: “%1”</translation>
    </message>
    <message>
        <source>Observed behaviour</source>
        <translation>Ymddygiad a welwyd</translation>
    </message>
    <message>
        <source>Changes in behaviour</source>
        <translation>Newidiadau mewn ymddygiad</translation>
    </message>
    <message>
        <source>Differences between places</source>
        <translation>Gwahaniaethau rhwng lleoedd</translation>
    </message>
    <message>
        <source>A day for this child</source>
        <translation>Diwrnod i’r plentyn hwn</translation>
    </message>
    <message>
        <source>Sexualised behaviour</source>
        <translation>Ymddygiad rhywiol</translation>
    </message>
    <message>
        <source>Poverty and context</source>
        <translation>Tlodi a chyd-destun</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Lefel</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Yn seiliedig ar</translation>
    </message>
    <message>
        <source>Possible disguised compliance.</source>
        <translation>Cydymffurfio cudd posibl.</translation>
    </message>
    <message>
        <source>Hostility towards some professionals and not others.</source>
        <translation>Gelyniaeth at rai gweithwyr proffesiynol ac nid at eraill.</translation>
    </message>
    <message>
        <source>Appointments kept since the last visit</source>
        <translation>Apwyntiadau a gadwyd ers yr ymweliad diwethaf</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Why the family might be reluctant</source>
        <translation>Pam y gallai’r teulu fod yn amharod</translation>
    </message>
    <message>
        <source>%1 on %2, arranged by %3. Follow-up: %4</source>
        <translation>%1 ar %2, wedi’i drefnu gan %3. Camau dilynol: %4</translation>
    </message>
    <message>
        <source>No appointments recorded as missed.</source>
        <translation>Does dim apwyntiadau wedi’u cofnodi fel rhai a gollwyd.</translation>
    </message>
    <message>
        <source>Immediate safety concern</source>
        <translation>Pryder diogelwch uniongyrchol</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Camau a gymerwyd</translation>
    </message>
    <message>
        <source>Who was told</source>
        <translation>Pwy gafodd wybod</translation>
    </message>
    <message>
        <source>Professional difference with %1 about %2: %3 (%4)</source>
        <translation>Gwahaniaeth proffesiynol gyda %1 am %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Next step: %1 — %2, by %3</source>
        <translation>Cam nesaf: %1 — %2, erbyn %3</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Dechrau</translation>
    </message>
    <message>
        <source>Who is here</source>
        <translation>Pwy sydd yma</translation>
    </message>
    <message>
        <source>Seeing the child</source>
        <translation>Gweld y plentyn</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Profiad bywyd</translation>
    </message>
    <message>
        <source>Neglect</source>
        <translation>Esgeulustod</translation>
    </message>
    <message>
        <source>Co-operation</source>
        <translation>Cydweithredu</translation>
    </message>
    <message>
        <source>Was not brought</source>
        <translation>Ni ddaethpwyd â’r plentyn</translation>
    </message>
    <message>
        <source>Concerns and actions</source>
        <translation>Pryderon a chamau gweithredu</translation>
    </message>
    <message>
        <source>What this means for the child</source>
        <translation>Beth mae hyn yn ei olygu i’r plentyn</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Heb ei ysgrifennu eto.</translation>
    </message>
    <message>
        <source>Strengths of %1</source>
        <translation>Cryfderau %1</translation>
    </message>
    <message>
        <source>Risks from %1</source>
        <translation>Risgiau gan %1</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>size not recorded</source>
        <translation>maint heb ei gofnodi</translation>
    </message>
    <message>
        <source>, injured %1</source>
        <translation>, anafwyd %1</translation>
    </message>
    <message>
        <source>Body map mark %1: %2 (%3), %4, %5, seen %6%7. %8</source>
        <translation>Marc %1 ar y map o’r corff: %2 (%3), %4, %5, gwelwyd %6%7. %8</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>dim capsiwn</translation>
    </message>
    <message>
        <source>Photo %1 (shows mark %2): %3</source>
        <translation>Llun %1 (yn dangos marc %2): %3</translation>
    </message>
    <message>
        <source>Photo %1: %2</source>
        <translation>Llun %1: %2</translation>
    </message>
    <message>
        <source>Anyone new in the home since the last visit</source>
        <translation>Unrhyw un newydd yn y cartref ers yr ymweliad diwethaf</translation>
    </message>
</context>
<context>
    <name>hearth::VisitValidator</name>
    <message>
        <source>Answer: what does this mean for the child?</source>
        <translation>Atebwch: beth mae hyn yn ei olygu i’r plentyn?</translation>
    </message>
    <message>
        <source>A child interpreted. A child must never interpret: arrange an independent interpreter and record this as a concern.</source>
        <translation>Roedd plentyn yn cyfieithu. Rhaid i blentyn byth gyfieithu: trefnwch gyfieithydd annibynnol a chofnodwch hyn fel pryder.</translation>
    </message>
    <message>
        <source>A family member interpreted, so the child could not speak freely. Arrange an independent interpreter and record this as a concern.</source>
        <translation>Roedd aelod o’r teulu yn cyfieithu, felly ni allai’r plentyn siarad yn rhydd. Trefnwch gyfieithydd annibynnol a chofnodwch hyn fel pryder.</translation>
    </message>
    <message>
        <source>The child was not seen.</source>
        <translation>Ni welwyd y plentyn.</translation>
    </message>
    <message>
        <source>The child was not seen alone.</source>
        <translation>Ni welwyd y plentyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Sexualised behaviour was recorded. It is always a red flag: follow local safeguarding procedure.</source>
        <translation>Cofnodwyd ymddygiad rhywiol. Mae bob amser yn arwydd rhybudd: dilynwch y drefn ddiogelu leol.</translation>
    </message>
    <message>
        <source>The child was not brought to %1 appointments. A pattern of these is a key sign of accumulating concern.</source>
        <translation>Ni ddaethpwyd â’r plentyn i %1 o apwyntiadau. Mae patrwm o’r rhain yn arwydd allweddol o bryder sy’n cronni.</translation>
    </message>
    <message>
        <source>Possible disguised compliance: check what has actually changed for the child.</source>
        <translation>Cydymffurfio cudd posibl: gwiriwch beth sydd wedi newid mewn gwirionedd i’r plentyn.</translation>
    </message>
    <message>
        <source>Persistent, anxious help-seeking is itself a pattern of concern.</source>
        <translation>Mae chwilio am help yn barhaus ac yn bryderus yn batrwm sy’n peri pryder ynddo’i hun.</translation>
    </message>
    <message>
        <source>%1 neglect item(s) rated significant concern.</source>
        <translation>%1 eitem esgeulustod wedi’u graddio’n bryder sylweddol.</translation>
    </message>
    <message>
        <source>Choose the child this visit is for.</source>
        <translation>Dewiswch y plentyn y mae’r ymweliad hwn ar ei gyfer.</translation>
    </message>
    <message>
        <source>Say whether the visit was announced or unannounced.</source>
        <translation>Dywedwch a oedd yr ymweliad wedi’i drefnu neu heb rybudd.</translation>
    </message>
    <message>
        <source>Say where the visit took place.</source>
        <translation>Dywedwch ble roedd yr ymweliad.</translation>
    </message>
    <message>
        <source>Describe the place of the visit.</source>
        <translation>Disgrifiwch leoliad yr ymweliad.</translation>
    </message>
    <message>
        <source>Write the purpose of the visit.</source>
        <translation>Ysgrifennwch ddiben yr ymweliad.</translation>
    </message>
    <message>
        <source>Record the arrival time.</source>
        <translation>Cofnodwch yr amser cyrraedd.</translation>
    </message>
    <message>
        <source>Record the location, or that it was not available.</source>
        <translation>Cofnodwch y lleoliad, neu nad oedd ar gael.</translation>
    </message>
    <message>
        <source>The position from the device is incomplete; try again or enter it by hand.</source>
        <translation>Mae’r lleoliad o’r ddyfais yn anghyflawn; rhowch gynnig arall arni neu ei roi â llaw.</translation>
    </message>
    <message>
        <source>Enter the location by hand or describe where you were.</source>
        <translation>Rhowch y lleoliad â llaw neu disgrifiwch ble roeddech chi.</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Atebwch: %1</translation>
    </message>
    <message>
        <source>Say why %1 was not seen.</source>
        <translation>Dywedwch pam na welwyd %1.</translation>
    </message>
    <message>
        <source>Say whether the child was seen.</source>
        <translation>Dywedwch a welwyd y plentyn.</translation>
    </message>
    <message>
        <source>Say why the child was not seen.</source>
        <translation>Dywedwch pam na welwyd y plentyn.</translation>
    </message>
    <message>
        <source>Say whether the child was seen alone.</source>
        <translation>Dywedwch a welwyd y plentyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Say why the child was not seen alone.</source>
        <translation>Dywedwch pam na welwyd y plentyn ar ei ben ei hun.</translation>
    </message>
    <message>
        <source>Record where the child sleeps.</source>
        <translation>Cofnodwch ble mae’r plentyn yn cysgu.</translation>
    </message>
    <message>
        <source>Record how the child communicates.</source>
        <translation>Cofnodwch sut mae’r plentyn yn cyfathrebu.</translation>
    </message>
    <message>
        <source>Record who interpreted.</source>
        <translation>Cofnodwch pwy oedd yn cyfieithu.</translation>
    </message>
    <message>
        <source>Record who the interpreter is to the child.</source>
        <translation>Cofnodwch pwy yw’r cyfieithydd i’r plentyn.</translation>
    </message>
    <message>
        <source>Describe what a day is like for this child.</source>
        <translation>Disgrifiwch sut beth yw diwrnod i’r plentyn hwn.</translation>
    </message>
    <message>
        <source>Describe the sexualised behaviour exactly as it was seen or heard.</source>
        <translation>Disgrifiwch yr ymddygiad rhywiol yn union fel y’i gwelwyd neu y’i clywyd.</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Rhowch sgôr: %1</translation>
    </message>
    <message>
        <source>Describe what you saw, heard or smelt: %1</source>
        <translation>Disgrifiwch beth welsoch chi, ei glywed neu ei arogli: %1</translation>
    </message>
    <message>
        <source>Choose the level of co-operation.</source>
        <translation>Dewiswch lefel y cydweithredu.</translation>
    </message>
    <message>
        <source>Write what the co-operation rating is based on.</source>
        <translation>Ysgrifennwch ar beth mae’r sgôr cydweithredu yn seiliedig.</translation>
    </message>
    <message>
        <source>Say which appointment the child was not brought to, and when.</source>
        <translation>Dywedwch pa apwyntiad na ddaethpwyd â’r plentyn iddo, a phryd.</translation>
    </message>
    <message>
        <source>Record the follow-up for each appointment the child was not brought to.</source>
        <translation>Cofnodwch y camau dilynol ar gyfer pob apwyntiad na ddaethpwyd â’r plentyn iddo.</translation>
    </message>
    <message>
        <source>Say whether there is an immediate safety concern.</source>
        <translation>Dywedwch a oes pryder diogelwch uniongyrchol.</translation>
    </message>
    <message>
        <source>Describe the immediate safety concern.</source>
        <translation>Disgrifiwch y pryder diogelwch uniongyrchol.</translation>
    </message>
    <message>
        <source>Record the action taken under local procedure.</source>
        <translation>Cofnodwch y camau a gymerwyd yn unol â’r drefn leol.</translation>
    </message>
    <message>
        <source>Record who was told and when.</source>
        <translation>Cofnodwch pwy gafodd wybod a phryd.</translation>
    </message>
    <message>
        <source>Record the outcome and rationale of each professional difference.</source>
        <translation>Cofnodwch ganlyniad a rhesymeg pob gwahaniaeth proffesiynol.</translation>
    </message>
    <message>
        <source>Each next step needs what, who and by when.</source>
        <translation>Mae angen beth, pwy ac erbyn pryd ar gyfer pob cam nesaf.</translation>
    </message>
    <message>
        <source>Mark %1 on the body map needs its size, colour and description.</source>
        <translation>Mae angen maint, lliw a disgrifiad ar gyfer marc %1 ar y map o’r corff.</translation>
    </message>
    <message>
        <source>Mark %1 on the body map needs the date it was seen (and any date of injury no later).</source>
        <translation>Mae angen y dyddiad y gwelwyd marc %1 ar y map o’r corff (ac unrhyw ddyddiad anaf heb fod yn hwyrach).</translation>
    </message>
    <message>
        <source>Photo %1 names a mark that is not on the body map.</source>
        <translation>Mae llun %1 yn enwi marc nad yw ar y map o’r corff.</translation>
    </message>
    <message>
        <source>Say whether anyone new lives in or regularly visits the home since the last visit.</source>
        <translation>Dywedwch a oes unrhyw un newydd yn byw yn y cartref neu’n ymweld ag ef yn rheolaidd ers yr ymweliad diwethaf.</translation>
    </message>
</context>
<context>
    <name>hearth::Workspace</name>
    <message>
        <source>Signed by %1</source>
        <translation>Llofnodwyd gan %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Cam %1 o %2: %3</translation>
    </message>
    <message>
        <source>The visit prompts could not be loaded.</source>
        <translation>Nid oedd modd llwytho’r cwestiynau ar gyfer yr ymweliad.</translation>
    </message>
    <message>
        <source>This visit has been finished and can no longer be changed.</source>
        <translation>Mae’r ymweliad hwn wedi’i orffen ac ni ellir ei newid mwyach.</translation>
    </message>
    <message>
        <source>Please type the child's name. For an unborn child, type the family name.</source>
        <translation>Teipiwch enw’r plentyn. Ar gyfer plentyn heb ei eni, teipiwch y cyfenw.</translation>
    </message>
    <message>
        <source>Please write dates as year-month-day, for example 2023-04-17.</source>
        <translation>Ysgrifennwch ddyddiadau fel blwyddyn-mis-diwrnod, er enghraifft 2023-04-17.</translation>
    </message>
    <message>
        <source>This signed visit could not be read.</source>
        <translation>Nid oedd modd darllen yr ymweliad hwn sydd wedi’i lofnodi.</translation>
    </message>
    <message>
        <source>Some things still need to be recorded before this visit can be signed. They are listed on this page.</source>
        <translation>Mae angen cofnodi rhai pethau o hyd cyn y gellir llofnodi’r ymweliad hwn. Maen nhw wedi’u rhestru ar y dudalen hon.</translation>
    </message>
    <message>
        <source>Hearth is busy. Please try again in a moment.</source>
        <translation>Mae Hearth yn brysur. Rhowch gynnig arall arni mewn eiliad.</translation>
    </message>
    <message>
        <source>The visit was closed before it could be signed.</source>
        <translation>Caewyd yr ymweliad cyn y gellid ei lofnodi.</translation>
    </message>
    <message>
        <source>%1 · no longer on your caseload (changed by your agency); this draft is kept: finish and sign it, or discard it</source>
        <translation>%1 · nid yw ar eich llwyth achosion mwyach (newidiwyd gan eich asiantaeth); mae’r drafft hwn yn cael ei gadw: gorffennwch a llofnodwch ef, neu ei daflu</translation>
    </message>
    <message>
        <source>the practitioner on this tablet</source>
        <translation>yr ymarferydd ar y llechen hon</translation>
    </message>
    <message>
        <source>The concern categories could not be loaded.</source>
        <translation>Nid oedd modd llwytho categorïau’r pryder.</translation>
    </message>
    <message>
        <source>This concern could not be opened: %1</source>
        <translation>Nid oedd modd agor y pryder hwn: %1</translation>
    </message>
    <message>
        <source>The concern was closed before it could be signed.</source>
        <translation>Caewyd y pryder cyn y gellid ei lofnodi.</translation>
    </message>
    <message>
        <source>This child is not on the tablet.</source>
        <translation>Nid yw’r plentyn hwn ar y llechen.</translation>
    </message>
    <message>
        <source>The household was closed before it could be saved.</source>
        <translation>Caewyd yr aelwyd cyn y gellid ei chadw.</translation>
    </message>
    <message>
        <source>This child's chronology could not be opened: %1</source>
        <translation>Nid oedd modd agor cronoleg y plentyn hwn: %1</translation>
    </message>
    <message>
        <source>The records could not be read: %1</source>
        <translation>Nid oedd modd darllen y cofnodion: %1</translation>
    </message>
    <message>
        <source>Please write what you make of this flag before signing.</source>
        <translation>Ysgrifennwch eich barn am y fflag hon cyn llofnodi.</translation>
    </message>
    <message>
        <source>Hearth was locked before the acknowledgement could be signed.</source>
        <translation>Cafodd Hearth ei gloi cyn y gellid llofnodi’r gydnabyddiaeth.</translation>
    </message>
    <message>
        <source>This flag is no longer open: nothing was signed.</source>
        <translation>Nid yw’r fflag hon ar agor mwyach: ni lofnodwyd dim.</translation>
    </message>
    <message>
        <source>Child mode could not be opened: %1</source>
        <translation>Nid oedd modd agor modd plentyn: %1</translation>
    </message>
    <message>
        <source>What the child made before could not be read: %1</source>
        <translation>Nid oedd modd darllen yr hyn a wnaeth y plentyn o'r blaen: %1</translation>
    </message>
    <message>
        <source>The content pack could not be loaded, so no session can be started.</source>
        <translation>Nid oedd modd llwytho’r pecyn cynnwys, felly ni ellir dechrau sesiwn.</translation>
    </message>
    <message>
        <source>This session could not be opened: %1</source>
        <translation>Nid oedd modd agor y sesiwn hon: %1</translation>
    </message>
    <message>
        <source>The session was closed before it could be signed.</source>
        <translation>Caewyd y sesiwn cyn y gellid ei llofnodi.</translation>
    </message>
    <message>
        <source>This episode could not be opened: %1</source>
        <translation>Nid oedd modd agor y digwyddiad hwn: %1</translation>
    </message>
    <message>
        <source>The episode was closed before it could be signed.</source>
        <translation>Caewyd y digwyddiad cyn y gellid ei lofnodi.</translation>
    </message>
    <message>
        <source>Choose a child on your caseload before handing them the tablet.</source>
        <translation>Dewiswch blentyn ar eich llwyth achosion cyn rhoi’r dabled iddo.</translation>
    </message>
    <message>
        <source>This interview could not be opened: %1</source>
        <translation>Nid oedd modd agor y cyfweliad hwn: %1</translation>
    </message>
    <message>
        <source>The interview was closed before it could be signed.</source>
        <translation>Caewyd y cyfweliad cyn y gellid ei lofnodi.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Dewiswch beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>Say on what day it happened.</source>
        <translation>Dywedwch ar ba ddiwrnod y digwyddodd.</translation>
    </message>
    <message>
        <source>The day it happened cannot be after today.</source>
        <translation>Ni all y diwrnod y digwyddodd fod ar ôl heddiw.</translation>
    </message>
    <message>
        <source>Say who told you.</source>
        <translation>Dywedwch pwy ddywedodd wrthych chi.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Dywedwch beth ddigwyddodd.</translation>
    </message>
    <message>
        <source>The household was closed before the life event could be recorded.</source>
        <translation>Caewyd yr aelwyd cyn y gellid cofnodi’r digwyddiad bywyd.</translation>
    </message>
</context>
<context>
    <name>hearth::YoungPersonRecord</name>
    <message>
        <source>That young person could not be found on this tablet.</source>
        <translation>Nid oedd modd dod o hyd i’r person ifanc hwnnw ar y llechen hon.</translation>
    </message>
</context>
</TS>