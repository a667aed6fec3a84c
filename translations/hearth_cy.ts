<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
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
    <name>FirstRunPage</name>
    <message>
        <source>Choose a passcode</source>
        <translation>Dewiswch god pas</translation>
    </message>
    <message>
        <source>Your passcode keeps the records on this tablet private. You will type it each time you open Hearth and whenever Hearth has locked itself.</source>
        <translation>Mae eich cod pas yn cadw’r cofnodion ar y tabled hwn yn breifat. Byddwch yn ei deipio bob tro y byddwch yn agor Hearth, a phryd bynnag y bydd Hearth wedi cloi ei hun.</translation>
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
    <name>HomePage</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
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
        <source>No visits yet</source>
        <translation>Dim ymweliadau eto</translation>
    </message>
    <message>
        <source>Visits you record on this tablet will be listed here. The children and families you work with will appear once this tablet is linked to your agency.</source>
        <translation>Bydd yr ymweliadau rydych chi’n eu cofnodi ar y tabled hwn yn cael eu rhestru yma. Bydd y plant a’r teuluoedd rydych chi’n gweithio gyda nhw yn ymddangos unwaith y bydd y tabled hwn wedi’i gysylltu â’ch asiantaeth.</translation>
    </message>
    <message numerus="yes">
        <source>Hearth locks itself after %n minute(s) without use and whenever you switch to another app. Your records stay encrypted on this tablet.</source>
        <translation>
            <numerusform>Mae Hearth yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a phryd bynnag y byddwch yn newid i ap arall. Mae eich cofnodion yn aros wedi’u hamgryptio ar y tabled hwn.</numerusform>
            <numerusform>Mae Hearth yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a phryd bynnag y byddwch yn newid i ap arall. Mae eich cofnodion yn aros wedi’u hamgryptio ar y tabled hwn.</numerusform>
            <numerusform>Mae Hearth yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a phryd bynnag y byddwch yn newid i ap arall. Mae eich cofnodion yn aros wedi’u hamgryptio ar y tabled hwn.</numerusform>
            <numerusform>Mae Hearth yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a phryd bynnag y byddwch yn newid i ap arall. Mae eich cofnodion yn aros wedi’u hamgryptio ar y tabled hwn.</numerusform>
            <numerusform>Mae Hearth yn cloi ei hun ar ôl %n munud heb ei ddefnyddio, a phryd bynnag y byddwch yn newid i ap arall. Mae eich cofnodion yn aros wedi’u hamgryptio ar y tabled hwn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passcode has been changed.</source>
        <translation>Mae eich cod pas wedi’i newid.</translation>
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
        <source>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team&apos;s IT support or your manager and keep the tablet with you.

Please do not delete or reinstall Hearth: records not yet sent to your agency would be lost.</source>
        <translation>Gall eich asiantaeth agor Hearth ar y tabled hwn eto a gadael i chi ddewis cod pas newydd. Ni fydd unrhyw gofnodion yn cael eu colli. Cysylltwch â chymorth TG eich tîm neu â’ch rheolwr, a chadwch y tabled gyda chi.

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
        <source>The key file for this device&apos;s records is missing. Your agency can restore access with its recovery key; nothing has been changed.</source>
        <translation>Mae’r ffeil allwedd ar gyfer cofnodion y ddyfais hon ar goll. Gall eich asiantaeth adfer mynediad gyda’i hallwedd adfer; does dim byd wedi’i newid.</translation>
    </message>
    <message>
        <source>The key file for this device&apos;s records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</source>
        <translation>Mae’r ffeil allwedd ar gyfer cofnodion y ddyfais hon wedi’i difrodi. Does neb wedi cyffwrdd â’ch cofnodion; gall eich asiantaeth adfer mynediad gyda’i hallwedd adfer.</translation>
    </message>
    <message>
        <source>The records database is missing. Nothing has been changed; please contact your agency&apos;s support.</source>
        <translation>Mae’r gronfa ddata cofnodion ar goll. Does dim byd wedi’i newid; cysylltwch â thîm cymorth eich asiantaeth.</translation>
    </message>
    <message>
        <source>The records database is damaged. Nothing has been changed; please contact your agency&apos;s support before using this device again.</source>
        <translation>Mae’r gronfa ddata cofnodion wedi’i difrodi. Does dim byd wedi’i newid; cysylltwch â thîm cymorth eich asiantaeth cyn defnyddio’r ddyfais hon eto.</translation>
    </message>
    <message>
        <source>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency&apos;s support.</source>
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
        <source>This recovery key does not belong to this device&apos;s records.</source>
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
        <source>The device&apos;s storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</source>
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
    <name>WelcomeLayout</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Home visit records, kept safe on this tablet.</source>
        <translation>Cofnodion ymweliadau cartref, yn ddiogel ar y tabled hwn.</translation>
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
</context>
</TS>
