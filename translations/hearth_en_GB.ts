<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>HomePage</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
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
        <source>No visits yet</source>
        <translation>No visits yet</translation>
    </message>
    <message>
        <source>Visits you record on this tablet will be listed here. The children and families you work with will appear once this tablet is linked to your agency.</source>
        <translation>Visits you record on this tablet will be listed here. The children and families you work with will appear once this tablet is linked to your agency.</translation>
    </message>
    <message numerus="yes">
        <source>Hearth locks itself after %n minute(s) without use and whenever you switch to another app. Your records stay encrypted on this tablet.</source>
        <translation>
            <numerusform>Hearth locks itself after %n minute without use and whenever you switch to another app. Your records stay encrypted on this tablet.</numerusform>
            <numerusform>Hearth locks itself after %n minutes without use and whenever you switch to another app. Your records stay encrypted on this tablet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your passcode has been changed.</source>
        <translation>Your passcode has been changed.</translation>
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
        <source>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team&apos;s IT support or your manager and keep the tablet with you.

Please do not delete or reinstall Hearth: records not yet sent to your agency would be lost.</source>
        <translation>Your agency can open Hearth on this tablet again and let you choose a new passcode. No records are lost. Contact your team&apos;s IT support or your manager and keep the tablet with you.

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
        <source>The key file for this device&apos;s records is missing. Your agency can restore access with its recovery key; nothing has been changed.</source>
        <translation>The key file for this device&apos;s records is missing. Your agency can restore access with its recovery key; nothing has been changed.</translation>
    </message>
    <message>
        <source>The key file for this device&apos;s records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</source>
        <translation>The key file for this device&apos;s records is damaged. Your records have not been touched; your agency can restore access with its recovery key.</translation>
    </message>
    <message>
        <source>The records database is missing. Nothing has been changed; please contact your agency&apos;s support.</source>
        <translation>The records database is missing. Nothing has been changed; please contact your agency&apos;s support.</translation>
    </message>
    <message>
        <source>The records database is damaged. Nothing has been changed; please contact your agency&apos;s support before using this device again.</source>
        <translation>The records database is damaged. Nothing has been changed; please contact your agency&apos;s support before using this device again.</translation>
    </message>
    <message>
        <source>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency&apos;s support.</source>
        <translation>The records database and the key file belong to different devices or set-ups. Nothing has been changed; please contact your agency&apos;s support.</translation>
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
        <source>This recovery key does not belong to this device&apos;s records.</source>
        <translation>This recovery key does not belong to this device&apos;s records.</translation>
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
        <source>The device&apos;s storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</source>
        <translation>The device&apos;s storage is full. The last change was not saved; free some space and try again. Nothing else has been lost.</translation>
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
    <name>WelcomeLayout</name>
    <message>
        <source>Hearth</source>
        <translation>Hearth</translation>
    </message>
    <message>
        <source>Home visit records, kept safe on this tablet.</source>
        <translation>Home visit records, kept safe on this tablet.</translation>
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
</context>
</TS>
