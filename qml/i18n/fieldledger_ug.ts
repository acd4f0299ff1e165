<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>no position</source>
        <translation>ئورۇن يوق</translation>
    </message>
    <message>
        <source>N</source>
        <translation>شىمال</translation>
    </message>
    <message>
        <source>S</source>
        <translation>جەنۇب</translation>
    </message>
    <message>
        <source>E</source>
        <translation>شەرق</translation>
    </message>
    <message>
        <source>W</source>
        <translation>غەرب</translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation>ئېنىقلىقى نامەلۇم</translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation>±%1 مېتىر</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 مېتىر</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 كىلومېتىر</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 سائەت %2 مىنۇت</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 مىنۇت %2 سېكۇنت</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 سېكۇنت</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>تېخى يوق</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>شەرقىي شىمال</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>شەرقىي جەنۇب</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>غەربىي جەنۇب</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>غەربىي شىمال</translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation>%1° %2</translation>
    </message>
</context>
<context>
    <name>CameraCapturePage</name>
    <message>
        <source>Add a photo</source>
        <translation>سۈرەت قوشۇش</translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation>سۈرەت ھۆججىتى تاللاش</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation>سۈرەتلەر (*.jpg *.jpeg *.png *.heic *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>The camera could not take the photo: %1</source>
        <translation>كامېرا سۈرەت تارتالمىدى: %1</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>سۈرەت تارتىش</translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo file.</source>
        <translation>بۇ ئۈسكۈنىدە كامېرا يوق، سۈرەت ھۆججىتى تاللاڭ.</translation>
    </message>
    <message>
        <source>Or type the photo file&apos;s path</source>
        <translation>ياكى سۈرەت ھۆججىتىنىڭ يولىنى يېزىڭ</translation>
    </message>
    <message>
        <source>Add this file</source>
        <translation>بۇ ھۆججەتنى قوشۇش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>بىكار قىلىش</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>no problem</source>
        <translation>مەسىلە يوق</translation>
    </message>
    <message>
        <source>problem found</source>
        <translation>مەسىلە بايقالدى</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>مۇناسىۋەتسىز</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>تېخى تەكشۈرۈلمىگەن</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation>تەكشۈرۈش جەدۋىلى</translation>
    </message>
    <message>
        <source>Add items from a checklist</source>
        <translation>تەكشۈرۈش جەدۋىلىدىن تۈر قوشۇش</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>قوشۇش</translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation>تېخى تۈر يوق.</translation>
    </message>
    <message>
        <source>%1 items, %2 not checked yet, %3 with a problem.</source>
        <translation>جەمئىي %1 تۈر، تەكشۈرۈلمىگىنى %2، مەسىلىلىكى %3.</translation>
    </message>
    <message>
        <source>Key points: %1</source>
        <translation>مۇھىم نۇقتا: %1</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>ئۆلچەم: %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>ئۇسۇل: %1</translation>
    </message>
    <message>
        <source>No problem</source>
        <translation>مەسىلە يوق</translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation>مەسىلە بايقالدى</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>مۇناسىۋەتسىز</translation>
    </message>
    <message>
        <source>What was found, where, how much</source>
        <translation>نېمە بايقالدى، قەيەردە، قانچىلىك</translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation>تەكشۈرۈش جەدۋىلىنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>ClueEditor</name>
    <message>
        <source>The clue cannot be opened: this device&apos;s storage is not ready.</source>
        <translation>يىپ ئۇچىنى ئاچقىلى بولمىدى: بۇ ئۈسكۈنىنىڭ ساقلىغۇچى تەييار ئەمەس.</translation>
    </message>
    <message>
        <source>This clue is not on this device. Sync to receive it from the office.</source>
        <translation>بۇ يىپ ئۇچى بۇ ئۈسكۈنىدە يوق. ئىدارىدىن تاپشۇرۇۋېلىش ئۈچۈن ماس قەدەملەڭ.</translation>
    </message>
    <message>
        <source>The clue could not be read: %1</source>
        <translation>يىپ ئۇچىنى ئوقۇغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>This record is not a Green Shield clue.</source>
        <translation>بۇ خاتىرە «يېشىل قالقان» يىپ ئۇچى ئەمەس.</translation>
    </message>
    <message>
        <source>There is no position fix yet. Wait in the open until the fix shows, then try again.</source>
        <translation>تېخى ئورۇن بېكىتىلمىدى. ئوچۇق جايدا ئورۇن كۆرۈنگۈچە ساقلاپ، قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Open a clue before saving.</source>
        <translation>ساقلاشتىن بۇرۇن يىپ ئۇچىنى ئېچىڭ.</translation>
    </message>
    <message>
        <source>Someone else changed this clue after you opened it, so it was not saved. Your entries are still here: choose &quot;Keep my entries&quot; to save them on top of the newer version.</source>
        <translation>سىز ئاچقاندىن كېيىن باشقا بىرى بۇ يىپ ئۇچىنى ئۆزگەرتكەن، شۇڭا ساقلانمىدى. سىز كىرگۈزگەنلەر يەنىلا بار: «كىرگۈزگەنلىرىمنى ساقلاش» نى تاللاپ يېڭى نەشرىگە ساقلاڭ.</translation>
    </message>
    <message>
        <source>The device storage is full, so the clue was not saved. Free some space (sync, or delete other files) and save again; your entries are kept.</source>
        <translation>ئۈسكۈنە ساقلىغۇچى توشۇپ كەتتى، يىپ ئۇچى ساقلانمىدى. ئورۇن بوشىتىپ (ماس قەدەملەپ ياكى باشقا ھۆججەتلەرنى ئۆچۈرۈپ) قايتا ساقلاڭ؛ كىرگۈزگەنلىرىڭىز ساقلىنىپ قالىدۇ.</translation>
    </message>
    <message>
        <source>A photo attached to this clue is missing from the device, so it was not saved. Remove it or take it again. (%1)</source>
        <translation>بۇ يىپ ئۇچىغا قوشۇلغان بىر سۈرەت ئۈسكۈنىدە يوق، شۇڭا ساقلانمىدى. ئۇنى چىقىرىۋېتىڭ ياكى قايتا تارتىڭ. (%1)</translation>
    </message>
    <message>
        <source>The clue was not saved: %1</source>
        <translation>يىپ ئۇچى ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site before closing out.</source>
        <translation>تاقاش ئۈچۈن ئىسپات كېرەك: تاقاشتىن بۇرۇن تۈزىتىلگەن نەق مەيداننىڭ كەم دېگەندە بىر سۈرىتى ياكى ھۆججىتىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>Enter who approved the close-out.</source>
        <translation>تاقاشنى كىم تەستىقلىغانلىقىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>The deadline must be a date written like 2026-12-31.</source>
        <translation>مۆھلەت 2026-12-31 شەكلىدىكى چېسلا بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Your name is not set on this device. Enter it in Settings before verifying a clue.</source>
        <translation>بۇ ئۈسكۈنىدە ئىسمىڭىز بېكىتىلمىگەن. يىپ ئۇچىنى دەلىللەشتىن بۇرۇن «تەڭشەك» تە ئىسمىڭىزنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The verification position is not a valid place. Take the position again.</source>
        <translation>دەلىللەش ئورنى ئىناۋەتسىز. ئورۇننى قايتا ئېلىڭ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ClueFacts</name>
    <message>
        <source>Remote-sensing clue</source>
        <translation>يىراقتىن سېزىش يىپ ئۇچى</translation>
    </message>
    <message>
        <source>Clue code</source>
        <translation>يىپ ئۇچى نومۇرى</translation>
    </message>
    <message>
        <source>Protected area</source>
        <translation>قوغدىلىدىغان رايون</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Suspected type</source>
        <translation>گۇمانلىق تۈرى</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <source>Suspected area</source>
        <translation>گۇمانلىق كۆلەم</translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation>%1 كۋادرات مېتىر</translation>
    </message>
    <message>
        <source>County code</source>
        <translation>ناھىيە كودى</translation>
    </message>
    <message>
        <source>Clue location</source>
        <translation>يىپ ئۇچى ئورنى</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
</context>
<context>
    <name>ClueListModel</name>
    <message>
        <source>The clues could not be read from this device&apos;s storage: %1</source>
        <translation>يىپ ئۇچلىرىنى بۇ ئۈسكۈنىنىڭ ساقلىغۇچىدىن ئوقۇغىلى بولمىدى: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n يىپ ئۇچىنى ئوقۇغىلى بولمىدى، كۆرسىتىلمىدى.</numerusform>
            <numerusform>%n يىپ ئۇچىنى ئوقۇغىلى بولمىدى، كۆرسىتىلمىدى.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClueListPage</name>
    <message>
        <source>Green Shield</source>
        <translation>يېشىل قالقان</translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation>ئورۇن %1</translation>
    </message>
    <message>
        <source>Without a position fix the clues are listed by code. Distances appear as soon as there is a fix.</source>
        <translation>ئورۇن بېكىتىلمىگەندە يىپ ئۇچلىرى نومۇر بويىچە تىزىلىدۇ. ئورۇن بېكىتىلگەندە ئارىلىق كۆرۈنىدۇ.</translation>
    </message>
    <message>
        <source>Show closed-out clues</source>
        <translation>تاقالغان يىپ ئۇچلىرىنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>No clues on this device yet. Clues come from the office when you sync.</source>
        <translation>بۇ ئۈسكۈنىدە تېخى يىپ ئۇچى يوق. ماس قەدەملىگەندە ئىدارىدىن كېلىدۇ.</translation>
    </message>
    <message>
        <source>Every clue here is closed out. Switch on &quot;Show closed-out clues&quot; to see them.</source>
        <translation>بۇ يەردىكى يىپ ئۇچلىرىنىڭ ھەممىسى تاقالغان. كۆرۈش ئۈچۈن «تاقالغان يىپ ئۇچلىرىنى كۆرسىتىش» نى ئېچىڭ.</translation>
    </message>
</context>
<context>
    <name>ClueListRow</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>no fix</source>
        <translation>ئورۇن يوق</translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>Clue</source>
        <translation>يىپ ئۇچى</translation>
    </message>
    <message>
        <source>Saved (version %1). It will be sent at the next sync.</source>
        <translation>ساقلاندى (%1-نەشرى). كېيىنكى ماس قەدەملەشتە ئەۋەتىلىدۇ.</translation>
    </message>
    <message>
        <source>Direction %1 from here (north up)</source>
        <translation>بۇ يەردىن يۆنىلىشى %1 (شىمال ئۈستىدە)</translation>
    </message>
    <message>
        <source>This clue has no location, so no direction can be shown.</source>
        <translation>بۇ يىپ ئۇچىنىڭ ئورنى يوق، يۆنىلىشنى كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Keep my entries on the newer version</source>
        <translation>كىرگۈزگەنلىرىمنى يېڭى نەشرىگە ساقلاش</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n verification evidence file(s) attached.</source>
        <translation>
            <numerusform>%n دەلىللەش ئىسپات ھۆججىتى قوشۇلدى.</numerusform>
            <numerusform>%n دەلىللەش ئىسپات ھۆججىتى قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification evidence: add photos of what you found.</source>
        <translation>دەلىللەش ئىسپاتى: بايقىغانلىرىڭىزنىڭ سۈرىتىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>Save verification</source>
        <translation>دەلىللەشنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>ClueRectificationSection</name>
    <message>
        <source>Rectification and close-out</source>
        <translation>تۈزىتىش ۋە تاقاش</translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation>تۈزىتىش تەدبىرلىرى</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>مەسئۇل ئورۇن</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>مەسئۇل شەخس</translation>
    </message>
    <message>
        <source>Deadline (year-month-day)</source>
        <translation>مۆھلەت (يىل-ئاي-كۈن)</translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation>مەسىلەن 2026-12-31</translation>
    </message>
    <message>
        <source>State</source>
        <translation>ھالىتى</translation>
    </message>
    <message>
        <source>Rectification result</source>
        <translation>تۈزىتىش نەتىجىسى</translation>
    </message>
    <message>
        <source>Close-out approved by</source>
        <translation>تاقاشنى تەستىقلىغۇچى</translation>
    </message>
    <message numerus="yes">
        <source>%n close-out evidence file(s) attached.</source>
        <translation>
            <numerusform>%n تاقاش ئىسپات ھۆججىتى قوشۇلدى.</numerusform>
            <numerusform>%n تاقاش ئىسپات ھۆججىتى قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close-out evidence</source>
        <translation>تاقاش ئىسپاتى</translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site below before closing out.</source>
        <translation>تاقاش ئۈچۈن ئىسپات كېرەك: تاقاشتىن بۇرۇن تۆۋەنگە تۈزىتىلگەن نەق مەيداننىڭ كەم دېگەندە بىر سۈرىتى ياكى ھۆججىتىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>Save rectification</source>
        <translation>تۈزىتىشنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>ClueVerificationForm</name>
    <message>
        <source>On-site verification</source>
        <translation>نەق مەيداندا دەلىللەش</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نەتىجە</translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation>ئەسلىھە نامى</translation>
    </message>
    <message>
        <source>Facility or activity type</source>
        <translation>ئەسلىھە ياكى پائالىيەت تۈرى</translation>
    </message>
    <message>
        <source>Scale (area, buildings)</source>
        <translation>كۆلىمى (يەر كۆلىمى، بىنا)</translation>
    </message>
    <message>
        <source>e.g. 1200 m², 3 buildings</source>
        <translation>مەسىلەن 1200 كۋادرات مېتىر، 3 بىنا</translation>
    </message>
    <message>
        <source>Built when (as known)</source>
        <translation>قۇرۇلغان ۋاقتى (مەلۇم بولسا)</translation>
    </message>
    <message>
        <source>e.g. 2019 or 2019-05</source>
        <translation>مەسىلەن 2019 ياكى 2019-05</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>ھازىرقى ھالىتى</translation>
    </message>
    <message>
        <source>Verification position</source>
        <translation>دەلىللەش ئورنى</translation>
    </message>
    <message>
        <source>Not taken yet: the zone is derived from the clue&apos;s point until you take your position.</source>
        <translation>تېخى ئېلىنمىدى: ئورنىڭىزنى ئالغۇچە رايون يىپ ئۇچىنىڭ نۇقتىسىدىن بېكىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>ئورنۇمنى ئىشلىتىش</translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation>ئورۇن بېكىتىشنى ساقلاۋاتىدۇ</translation>
    </message>
    <message>
        <source>Functional zone (derived from the reserve&apos;s zones, not typed)</source>
        <translation>ئىقتىدار رايونى (قوغداش رايونىنىڭ رايونلىرىدىن بېكىتىلىدۇ، يېزىلمايدۇ)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھات</translation>
    </message>
</context>
<context>
    <name>ClueWords</name>
    <message>
        <source>Residential site</source>
        <translation>ئولتۇراق نۇقتىسى</translation>
    </message>
    <message>
        <source>Other artificial facility</source>
        <translation>باشقا سۈنئىي ئەسلىھە</translation>
    </message>
    <message>
        <source>Other human activity</source>
        <translation>باشقا ئىنسان پائالىيىتى</translation>
    </message>
    <message>
        <source>Mining</source>
        <translation>كان ئېچىش</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>ساياھەت</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>ئېنېرگىيە</translation>
    </message>
    <message>
        <source>Farming or aquaculture</source>
        <translation>تېرىقچىلىق ياكى بېلىقچىلىق</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>باشقا</translation>
    </message>
    <message>
        <source>Remote sensing</source>
        <translation>يىراقتىن سېزىش</translation>
    </message>
    <message>
        <source>Public report</source>
        <translation>ئاممىۋى ئەرز</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>تېخى دەلىللەنمىگەن</translation>
    </message>
    <message>
        <source>Confirmed: a real problem</source>
        <translation>ئىسپاتلاندى: راستىنلا مەسىلە</translation>
    </message>
    <message>
        <source>Not a problem</source>
        <translation>مەسىلە ئەمەس</translation>
    </message>
    <message>
        <source>Already rectified</source>
        <translation>ئاللىبۇرۇن تۈزىتىلگەن</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ھەل قىلىنمىغان</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>تۈزىتىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation>قوبۇل قىلىشنى ساقلاۋاتىدۇ</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>تاقالدى</translation>
    </message>
    <message>
        <source>Core area</source>
        <translation>يادرولۇق رايون</translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation>بۇففېر رايون</translation>
    </message>
    <message>
        <source>Experimental zone</source>
        <translation>تەجرىبە رايونى</translation>
    </message>
    <message>
        <source>Core protection zone</source>
        <translation>يادرولۇق قوغداش رايونى</translation>
    </message>
    <message>
        <source>General control zone</source>
        <translation>ئادەتتىكى كونترول رايونى</translation>
    </message>
    <message>
        <source>Outside the reserve</source>
        <translation>قوغداش رايونىنىڭ سىرتىدا</translation>
    </message>
    <message>
        <source>Unknown (no position or no zone data)</source>
        <translation>نامەلۇم (ئورۇن ياكى رايون سانلىق مەلۇماتى يوق)</translation>
    </message>
    <message>
        <source>National</source>
        <translation>دۆلەت دەرىجىلىك</translation>
    </message>
    <message>
        <source>Autonomous region</source>
        <translation>ئاپتونوم رايون دەرىجىلىك</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>ۋىلايەت دەرىجىلىك</translation>
    </message>
    <message>
        <source>County</source>
        <translation>ناھىيە دەرىجىلىك</translation>
    </message>
</context>
<context>
    <name>CodeScanner</name>
    <message>
        <source>The picture %1 does not exist (any more).</source>
        <translation>%1 رەسىمى مەۋجۇت ئەمەس (ئۆچۈرۈلگەن بولۇشى مۇمكىن).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a picture: it is not an image or it is damaged.</source>
        <translation>%1 ھۆججىتىنى رەسىم سۈپىتىدە ئوقۇغىلى بولمايدۇ: رەسىم ئەمەس ياكى بۇزۇلغان.</translation>
    </message>
    <message>
        <source>No QR code found in the picture. Take the photo closer, straight on and without glare.</source>
        <translation>رەسىمدە QR كود تېپىلمىدى. يېقىنراقتىن، تۈز ۋە نۇر قايتۇرمايدىغان قىلىپ تارتىڭ.</translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation>رەسىمنى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>A code was read, but it holds no enterprise credit code: %1</source>
        <translation>كود ئوقۇلدى، ئەمما ئۇنىڭدا كارخانا ئىناۋەت كودى يوق: %1</translation>
    </message>
    <message>
        <source>Type the enterprise&apos;s 18-character credit code.</source>
        <translation>كارخانىنىڭ 18 خانىلىق ئىناۋەت كودىنى يېزىڭ.</translation>
    </message>
</context>
<context>
    <name>EvidenceCaptureButton</name>
    <message>
        <source>Add photo</source>
        <translation>سۈرەت قوشۇش</translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation>ئىسپاتنى ئوقۇغىلى بولمىدى: %1</translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>Evidence is never changed. To correct or explain a photo, open it and add an annotation.</source>
        <translation>ئىسپات ھەرگىز ئۆزگەرتىلمەيدۇ. سۈرەتنى تۈزىتىش ياكى چۈشەندۈرۈش ئۈچۈن ئۇنى ئېچىپ ئىزاھات قوشۇڭ.</translation>
    </message>
    <message>
        <source>No evidence yet. Photos taken on patrols, inspections and tasks appear here.</source>
        <translation>تېخى ئىسپات يوق. چارلاش، تەكشۈرۈش ۋە ۋەزىپىلەردە تارتىلغان سۈرەتلەر بۇ يەردە كۆرۈنىدۇ.</translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation>ئىسپات %1</translation>
    </message>
</context>
<context>
    <name>EvidenceRecorder</name>
    <message>
        <source>The photo was not saved: the record store is not open.</source>
        <translation>سۈرەت ساقلانمىدى: خاتىرە ئامبىرى ئېچىلمىغان.</translation>
    </message>
    <message>
        <source>Only a file on this device can be added: %1</source>
        <translation>پەقەت بۇ ئۈسكۈنىدىكى ھۆججەتنىلا قوشقىلى بولىدۇ: %1</translation>
    </message>
    <message>
        <source>The photo file is gone: %1 was moved or deleted before it could be saved.</source>
        <translation>سۈرەت ھۆججىتى يوق: %1 ساقلىنىشتىن بۇرۇن يۆتكەلگەن ياكى ئۆچۈرۈلگەن.</translation>
    </message>
    <message>
        <source>The photo file cannot be read: %1</source>
        <translation>سۈرەت ھۆججىتىنى ئوقۇغىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every photo records who took it.</source>
        <translation>ئالدى بىلەن «تەڭشەك» تە ئىسمىڭىزنى كىرگۈزۈڭ: ھەر بىر سۈرەتكە تارتقۇچى خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>The photo was saved without a position: there is no GNSS fix right now.</source>
        <translation>سۈرەت ئورۇنسىز ساقلاندى: ھازىر GNSS ئورنى يوق.</translation>
    </message>
    <message>
        <source>Choose a photo file first.</source>
        <translation>ئالدى بىلەن سۈرەت ھۆججىتى تاللاڭ.</translation>
    </message>
    <message>
        <source>The camera gave no picture: take the photo again.</source>
        <translation>كامېرا سۈرەت بەرمىدى: قايتا تارتىڭ.</translation>
    </message>
    <message>
        <source>The photo could not be written to %1: the phone&apos;s storage may be full.</source>
        <translation>سۈرەتنى %1 غا يازغىلى بولمىدى: تېلېفون ساقلىغۇچى توشقان بولۇشى مۇمكىن.</translation>
    </message>
    <message>
        <source>The annotation was not saved: the record store is not open.</source>
        <translation>ئىزاھات ساقلانمىدى: خاتىرە ئامبىرى ئېچىلمىغان.</translation>
    </message>
    <message>
        <source>Write the annotation first.</source>
        <translation>ئالدى بىلەن ئىزاھات يېزىڭ.</translation>
    </message>
    <message>
        <source>The annotation was not saved: that evidence is not on this device.</source>
        <translation>ئىزاھات ساقلانمىدى: ئۇ ئىسپات بۇ ئۈسكۈنىدە يوق.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the annotation was not saved. Free some space and try again.</source>
        <translation>تېلېفون ساقلىغۇچى توشتى: ئىزاھات ساقلانمىدى. ئورۇن بوشىتىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The annotation was not saved: %1</source>
        <translation>ئىزاھات ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the photo was not saved and is still at %1. Free some space and try again.</source>
        <translation>تېلېفون ساقلىغۇچى توشتى: سۈرەت ساقلانمىدى، يەنىلا %1 دا. ئورۇن بوشىتىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The photo was not saved: the record it belongs to is not on this device.</source>
        <translation>سۈرەت ساقلانمىدى: ئۇ تەۋە خاتىرە بۇ ئۈسكۈنىدە يوق.</translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation>سۈرەت ساقلانمىدى: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Photo %1</source>
        <translation>سۈرەت %1</translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation>تېخى سۈرەت يوق.</translation>
    </message>
</context>
<context>
    <name>EvidenceThumbnail</name>
    <message>
        <source>The file is not on this device</source>
        <translation>ھۆججەت بۇ ئۈسكۈنىدە يوق</translation>
    </message>
    <message>
        <source>The photo cannot be shown</source>
        <translation>سۈرەتنى كۆرسەتكىلى بولمايدۇ</translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation>ئۈن خاتىرىسى</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>سىن</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ئىمزا</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ھۆججەت</translation>
    </message>
</context>
<context>
    <name>EvidenceViewPage</name>
    <message>
        <source>Evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>This evidence is not on this device.</source>
        <translation>بۇ ئىسپات بۇ ئۈسكۈنىدە يوق.</translation>
    </message>
    <message>
        <source>The file is not on this device; its record is.</source>
        <translation>ھۆججەت بۇ ئۈسكۈنىدە يوق؛ خاتىرىسى بار.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>ئېلىنغان ۋاقتى</translation>
    </message>
    <message>
        <source>No position: there was no GNSS fix when this was taken.</source>
        <translation>ئورۇن يوق: ئېلىنغاندا GNSS ئورنى يوق ئىدى.</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>ئالغۇچى: %1</translation>
    </message>
    <message>
        <source>Supports record %1</source>
        <translation>تەۋە خاتىرە: %1</translation>
    </message>
    <message>
        <source>Not attached to a record</source>
        <translation>خاتىرىگە باغلانمىغان</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>ئىزاھاتلار</translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation>تېخى ئىزاھات يوق.</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>ئىزاھات قوشۇش</translation>
    </message>
    <message>
        <source>What should readers of this evidence know?</source>
        <translation>بۇ ئىسپاتنى كۆرگۈچىلەر نېمىنى بىلىشى كېرەك؟</translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message>
        <source>The map file %1 could not be opened: %2</source>
        <translation>%1 خەرىتە ھۆججىتىنى ئاچقىلى بولمىدى: %2</translation>
    </message>
    <message>
        <source>The map file %1 could not be read: %2</source>
        <translation>%1 خەرىتە ھۆججىتىنى ئوقۇغىلى بولمىدى: %2</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>FieldLedger</source>
        <translation>FieldLedger</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>ياخشىمۇسىز، %1</translation>
    </message>
    <message>
        <source>Hello</source>
        <translation>ياخشىمۇسىز</translation>
    </message>
    <message>
        <source>The app was not closed properly last time. The store was checked and nothing was lost.</source>
        <translation>ئالدىنقى قېتىم ئەپ نورمال تاقالمىغان. ئامبار تەكشۈرۈلدى، ھېچنېمە يوقالمىدى.</translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation>بۈگۈن: تېخى خاتىرە يوق</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n record(s)</source>
        <translation>
            <numerusform>بۈگۈن: %n خاتىرە</numerusform>
            <numerusform>بۈگۈن: %n خاتىرە</numerusform>
        </translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation>دەريا چارلاش</translation>
    </message>
    <message>
        <source>Track, problems, photos</source>
        <translation>ئىز، مەسىلە، سۈرەت</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Scan the enterprise code</source>
        <translation>كارخانا كودىنى سكانېرلاش</translation>
    </message>
    <message>
        <source>Green Shield</source>
        <translation>يېشىل قالقان</translation>
    </message>
    <message>
        <source>Verify clues on site</source>
        <translation>يىپ ئۇچىنى نەق مەيداندا دەلىللەش</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>ۋەزىپىلەر</translation>
    </message>
    <message>
        <source>Rectification and follow-up</source>
        <translation>تۈزىتىش ۋە قايتا تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>Photos and annotations</source>
        <translation>سۈرەت ۋە ئىزاھات</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Send to the office ledger</source>
        <translation>ئىدارە دەپتىرىگە ئەۋەتىش</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>تەڭشەك</translation>
    </message>
    <message>
        <source>Language, coordinates</source>
        <translation>تىل، كوئوردىنات</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>ھەممە خاتىرە</translation>
    </message>
    <message>
        <source>Search this device</source>
        <translation>بۇ ئۈسكۈنىدىن ئىزدەش</translation>
    </message>
</context>
<context>
    <name>HomeSyncCard</name>
    <message>
        <source>Waiting to sync</source>
        <translation>ماس قەدەملەشنى ساقلاۋاتىدۇ</translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation>ھەممىسى ئەۋەتىلدى</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n خاتىرە، %1</numerusform>
            <numerusform>%n خاتىرە، %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ئاخىرقى ماس قەدەملەش: %1</translation>
    </message>
</context>
<context>
    <name>InspectionDraft</name>
    <message>
        <source>inspector %1</source>
        <translation>تەكشۈرگۈچى %1</translation>
    </message>
    <message>
        <source>the site representative (or the reason they refuse)</source>
        <translation>نەق مەيدان مەسئۇلى (ياكى ئىمزا قويۇشنى رەت قىلىش سەۋەبى)</translation>
    </message>
    <message>
        <source>%1 again: the record changed after they signed</source>
        <translation>%1 قايتا: ئىمزا قويغاندىن كېيىن خاتىرە ئۆزگەرگەن</translation>
    </message>
    <message>
        <source>Scan the enterprise&apos;s code or type its 18-character credit code first.</source>
        <translation>ئالدى بىلەن كارخانا كودىنى سكانېرلاڭ ياكى 18 خانىلىق ئىناۋەت كودىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>The offline enterprise directory cannot be read: %1</source>
        <translation>تورسىز كارخانا مۇندەرىجىسىنى ئوقۇغىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>This code fails its check: %1. Continue only if you can say why it is accepted (for example an early pilot code), and write the reason down.</source>
        <translation>بۇ كود تەكشۈرۈشتىن ئۆتمىدى: %1. پەقەت نېمە ئۈچۈن قوبۇل قىلىنىدىغانلىقىنى ئېيتالىسىڭىزلا (مەسىلەن دەسلەپكى سىناق كودى) داۋاملاشتۇرۇڭ ۋە سەۋەبىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation>خاتىرە ئامبىرى ئېچىلمىغان.</translation>
    </message>
    <message>
        <source>The inspection cannot be opened: %1</source>
        <translation>تەكشۈرۈشنى ئاچقىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>Record %1 is not a readable inspection.</source>
        <translation>%1 خاتىرىسى ئوقۇغىلى بولىدىغان تەكشۈرۈش ئەمەس.</translation>
    </message>
    <message>
        <source>This on-site record is signed and can no longer be changed. Record a supplementary inspection instead.</source>
        <translation>بۇ نەق مەيدان خاتىرىسىگە ئىمزا قويۇلغان، ئۆزگەرتكىلى بولمايدۇ. ئۇنىڭ ئورنىغا قوشۇمچە تەكشۈرۈش خاتىرىلەڭ.</translation>
    </message>
    <message>
        <source>The record cannot be signed yet. Still missing or wrong:</source>
        <translation>خاتىرىگە تېخى ئىمزا قويغىلى بولمايدۇ. تېخىچە كەم ياكى خاتا:</translation>
    </message>
    <message>
        <source>The draft cannot be saved yet. Still missing or wrong:</source>
        <translation>لايىھەنى تېخى ساقلىغىلى بولمايدۇ. تېخىچە كەم ياكى خاتا:</translation>
    </message>
    <message>
        <source>The record was not saved: %1</source>
        <translation>خاتىرە ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>لايىھە ساقلاندى.</translation>
    </message>
    <message>
        <source>Signatures: the record changed after %1 signed; ask them to sign again</source>
        <translation>ئىمزا: %1 ئىمزا قويغاندىن كېيىن خاتىرە ئۆزگەرگەن؛ قايتا ئىمزا قويدۇرۇڭ</translation>
    </message>
    <message>
        <source>The on-site record is signed. It can no longer be changed.</source>
        <translation>نەق مەيدان خاتىرىسىگە ئىمزا قويۇلدى. ئەمدى ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Choose who is signing: an inspector or the site representative.</source>
        <translation>كىم ئىمزا قويىدىغانلىقىنى تاللاڭ: تەكشۈرگۈچى ياكى نەق مەيدان مەسئۇلى.</translation>
    </message>
    <message>
        <source>Write the name of the person signing.</source>
        <translation>ئىمزا قويغۇچىنىڭ ئىسمىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>%1 has not signed on the pad yet.</source>
        <translation>%1 تېخى ئىمزا تاختىسىغا ئىمزا قويمىدى.</translation>
    </message>
    <message>
        <source>%1 is not listed as an inspector of this inspection.</source>
        <translation>%1 بۇ تەكشۈرۈشنىڭ تەكشۈرگۈچىسى ئەمەس.</translation>
    </message>
    <message>
        <source>Signature of inspector %1</source>
        <translation>تەكشۈرگۈچى %1 نىڭ ئىمزاسى</translation>
    </message>
    <message>
        <source>Signature of the site representative %1</source>
        <translation>نەق مەيدان مەسئۇلى %1 نىڭ ئىمزاسى</translation>
    </message>
    <message>
        <source>The signature was not saved: %1</source>
        <translation>ئىمزا ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>Signature of %1 saved.</source>
        <translation>%1 نىڭ ئىمزاسى ساقلاندى.</translation>
    </message>
    <message>
        <source>The photo could not be linked to the checklist item.</source>
        <translation>سۈرەتنى تەكشۈرۈش تۈرىگە باغلىغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Routine inspection</source>
        <translation>دائىملىق تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Special action</source>
        <translation>مەخسۇس ھەرىكەت</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>ئەرز</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>يۆتكەپ بېرىلگەن</translation>
    </message>
    <message>
        <source>Post-permit check</source>
        <translation>ئىجازەتنامىدىن كېيىنكى تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation>چارلاشتا بايقالغان</translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation>ئىختىيارىي تاللاش</translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation>قايتا تەكشۈرۈش</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from &quot;%1&quot; added to the checklist.</source>
        <translation>
            <numerusform>«%1» دىن %n تۈر تەكشۈرۈش جەدۋىلىگە قوشۇلدى.</numerusform>
            <numerusform>«%1» دىن %n تۈر تەكشۈرۈش جەدۋىلىگە قوشۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no checklist template called &quot;%1&quot;.</source>
        <translation>«%1» ناملىق تەكشۈرۈش جەدۋىلى قېلىپى يوق.</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>تەكشۈرگۈچى %1</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>تەكشۈرگۈچىلەر</translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation>تەكشۈرۈش تۈرى %1</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>تەكشۈرۈش جەدۋىلى</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>ئىمزالار</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>ئىناۋەت كودى</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>كارخانا</translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation>مەنبە نومۇرى</translation>
    </message>
    <message>
        <source>Division code</source>
        <translation>مەمۇرىي رايون كودى</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ۋاقىت</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (noted; it does not stop the record)</source>
        <translation>%1 (خاتىرىلەندى؛ خاتىرىنى توسمايدۇ)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(يوق)</translation>
    </message>
    <message>
        <source>On-site inspection record (现场检查笔录)</source>
        <translation>نەق مەيدان تەكشۈرۈش خاتىرىسى (现场检查笔录)</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>ۋەزىپە</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1 (نومۇرى %2)</translation>
    </message>
    <message>
        <source>Inspection time</source>
        <translation>تەكشۈرۈش ۋاقتى</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 دىن %2 گىچە</translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation>ئىناۋەت كودى (USCC)</translation>
    </message>
    <message>
        <source>Code accepted despite its check because</source>
        <translation>كود تەكشۈرۈشتىن ئۆتمىسىمۇ قوبۇل قىلىنىش سەۋەبى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>قانۇنىي ۋەكىل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ئالاقىلىشىش</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>مەنبە</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (within %3 m)</source>
        <translation>%1, %2 (%3 مېتىر ئىچىدە)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation>%1 (گۇۋاھنامە %2)</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>تەكشۈرۈش جەدۋىلى:</translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation>(تۈر يوق)</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation>ئۆلچەم: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>مەسىلە: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) as evidence</source>
        <translation>
            <numerusform>ئىسپات سۈرىتى %n</numerusform>
            <numerusform>ئىسپات سۈرىتى %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>بايقالغانلار:</translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation>ئىمزالار:</translation>
    </message>
    <message>
        <source>Inspector %1, signed %2</source>
        <translation>تەكشۈرگۈچى %1، ئىمزا ۋاقتى %2</translation>
    </message>
    <message>
        <source>Site representative %1, signed %2</source>
        <translation>نەق مەيدان مەسئۇلى %1، ئىمزا ۋاقتى %2</translation>
    </message>
    <message>
        <source>The site representative refused to sign</source>
        <translation>نەق مەيدان مەسئۇلى ئىمزا قويۇشنى رەت قىلدى</translation>
    </message>
    <message>
        <source>(nobody has signed yet)</source>
        <translation>(تېخى ھېچكىم ئىمزا قويمىدى)</translation>
    </message>
</context>
<context>
    <name>InspectionEnterpriseCard</name>
    <message>
        <source>Credit code %1 is valid.</source>
        <translation>ئىناۋەت كودى %1 ئىناۋەتلىك.</translation>
    </message>
    <message>
        <source>Credit code %1 fails its check: %2</source>
        <translation>ئىناۋەت كودى %1 تەكشۈرۈشتىن ئۆتمىدى: %2</translation>
    </message>
    <message>
        <source>Why this code is accepted anyway (required to continue)</source>
        <translation>بۇ كودنىڭ يەنىلا قوبۇل قىلىنىش سەۋەبى (داۋاملاشتۇرۇش ئۈچۈن زۆرۈر)</translation>
    </message>
    <message>
        <source>For example: early pilot code, checked against the licence</source>
        <translation>مەسىلەن: دەسلەپكى سىناق كودى، ئىجازەتنامە بىلەن سېلىشتۇرۇلدى</translation>
    </message>
    <message>
        <source>This enterprise is not in the offline directory: type its details.</source>
        <translation>بۇ كارخانا تورسىز مۇندەرىجىدە يوق: ئۇچۇرلىرىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نامى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>قانۇنىي ۋەكىل</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ئادرېس</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ئالاقىلىشىش</translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation>كارخانا نامى</translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Task</source>
        <translation>ۋەزىپە</translation>
    </message>
    <message>
        <source>Reference (draw id or complaint case number, required)</source>
        <translation>مەنبە نومۇرى (تاللاش نومۇرى ياكى ئەرز نومۇرى، زۆرۈر)</translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation>مەنبە نومۇرى (ئىختىيارىي)</translation>
    </message>
    <message>
        <source>Task name</source>
        <translation>ۋەزىپە نامى</translation>
    </message>
    <message>
        <source>Task number</source>
        <translation>ۋەزىپە نومۇرى</translation>
    </message>
    <message>
        <source>Division code (6 digits, e.g. 650109)</source>
        <translation>مەمۇرىي رايون كودى (6 خانە، مەسىلەن 650109)</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>ئورنى: %1</translation>
    </message>
    <message>
        <source>No location yet.</source>
        <translation>تېخى ئورۇن يوق.</translation>
    </message>
    <message>
        <source>Use current position</source>
        <translation>ھازىرقى ئورۇننى ئىشلىتىش</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>تەكشۈرگۈچىلەر</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>تەكشۈرۈش جەدۋىلى</translation>
    </message>
    <message>
        <source>Choose the checklist</source>
        <translation>تەكشۈرۈش جەدۋىلىنى تاللاش</translation>
    </message>
    <message>
        <source>Checklist: %1 items, %2 open, %3 with a problem</source>
        <translation>تەكشۈرۈش جەدۋىلى: %1 تۈر، ئوچۇق %2، مەسىلىلىك %3</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>بايقالغانلار</translation>
    </message>
    <message>
        <source>What was found overall, and what the enterprise was told to do</source>
        <translation>ئومۇمىي بايقالغانلار ۋە كارخانىغا قويۇلغان تەلەپ</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>ئىمزالار</translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation>ھەممەيلەن ئىمزا قويدى.</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>ئىمزا قويمىغانلار: %1</translation>
    </message>
    <message>
        <source>Preview the on-site record</source>
        <translation>نەق مەيدان خاتىرىسىنى ئالدىن كۆرۈش</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>لايىھەنى ساقلاش</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ئىمزا قويۇلدى</translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation>خاتىرىگە ئىمزا قويۇش</translation>
    </message>
</context>
<context>
    <name>InspectionInspectors</name>
    <message>
        <source>An inspection needs at least two inspectors.</source>
        <translation>تەكشۈرۈشكە كەم دېگەندە ئىككى تەكشۈرگۈچى كېرەك.</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>تەكشۈرگۈچى %1</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>گۇۋاھنامە نومۇرى</translation>
    </message>
    <message>
        <source>Remove inspector %1</source>
        <translation>تەكشۈرگۈچى %1 نى چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Add an inspector</source>
        <translation>تەكشۈرگۈچى قوشۇش</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Inspection</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Enterprise code</source>
        <translation>كارخانا كودى</translation>
    </message>
    <message>
        <source>Scan the code at the gate</source>
        <translation>دەرۋازىدىكى كودنى سكانېرلاش</translation>
    </message>
    <message>
        <source>Choose a QR image</source>
        <translation>QR رەسىمى تاللاش</translation>
    </message>
    <message>
        <source>Or type the 18-character credit code</source>
        <translation>ياكى 18 خانىلىق ئىناۋەت كودىنى يېزىڭ</translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation>مەسىلەن %1</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>كارخانا</translation>
    </message>
    <message>
        <source>Start another inspection?</source>
        <translation>يېڭى تەكشۈرۈش باشلامسىز؟</translation>
    </message>
    <message>
        <source>The inspection of %1 is not signed. Changes since its last save are lost if you start the inspection of %2 now.</source>
        <translation>%1 نى تەكشۈرۈشكە ئىمزا قويۇلمىغان. ھازىر %2 نى تەكشۈرۈشنى باشلىسىڭىز، ئاخىرقى ساقلاشتىن كېيىنكى ئۆزگىرىشلەر يوقىلىدۇ.</translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation>ھازىرقىسىنى ساقلاپ قېلىش</translation>
    </message>
    <message>
        <source>Start the new one</source>
        <translation>يېڭىسىنى باشلاش</translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation>كارخانا QR كودىنىڭ سۈرىتىنى تاللاڭ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>رەسىملەر (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldLedger</source>
        <translation>FieldLedger</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Zoom in</source>
        <translation>چوڭايتىش</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>كىچىكلىتىش</translation>
    </message>
    <message>
        <source>Centre the map on my position</source>
        <translation>خەرىتىنى ئورنۇمغا مەركەزلەشتۈرۈش</translation>
    </message>
</context>
<context>
    <name>MapPaneScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation>%1 كىلومېتىر</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 مېتىر</translation>
    </message>
</context>
<context>
    <name>MbtilesLayer</name>
    <message>
        <source>The basemap file %1 was not found.</source>
        <translation>%1 ئاساسىي خەرىتە ھۆججىتى تېپىلمىدى.</translation>
    </message>
    <message>
        <source>The basemap file %1 could not be opened: %2</source>
        <translation>%1 ئاساسىي خەرىتە ھۆججىتىنى ئاچقىلى بولمىدى: %2</translation>
    </message>
    <message>
        <source>it has no tiles</source>
        <translation>ئىچىدە خەرىتە كاھىشى يوق</translation>
    </message>
    <message>
        <source>The basemap file %1 is not a usable MBTiles file: %2</source>
        <translation>%1 ئاساسىي خەرىتە ھۆججىتى ئىشلەتكىلى بولىدىغان MBTiles ھۆججىتى ئەمەس: %2</translation>
    </message>
    <message>
        <source>The basemap file %1 could not be read: %2</source>
        <translation>%1 ئاساسىي خەرىتە ھۆججىتىنى ئوقۇغىلى بولمىدى: %2</translation>
    </message>
</context>
<context>
    <name>NavigationArrow</name>
    <message>
        <source>Clue direction %1°, distance %2</source>
        <translation>يىپ ئۇچى يۆنىلىشى %1°، ئارىلىقى %2</translation>
    </message>
    <message>
        <source>Direction to the clue unknown</source>
        <translation>يىپ ئۇچىنىڭ يۆنىلىشى نامەلۇم</translation>
    </message>
    <message>
        <source>N</source>
        <translation>شىمال</translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation>ئورۇن بېكىتىشنى ساقلاۋاتىدۇ</translation>
    </message>
</context>
<context>
    <name>PatrolNames</name>
    <message>
        <source>Illegal occupation of river land</source>
        <translation>دەريا يېرىنى قانۇنسىز ئىگىلىۋېلىش</translation>
    </message>
    <message>
        <source>Illegal sand mining or digging</source>
        <translation>قانۇنسىز قۇم ئېلىش ياكى كولاش</translation>
    </message>
    <message>
        <source>Illegal dumping</source>
        <translation>قانۇنسىز ئەخلەت تۆكۈش</translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation>قانۇنسىز قۇرۇلۇش</translation>
    </message>
    <message>
        <source>Water smells or looks wrong</source>
        <translation>سۇنىڭ پۇرىقى ياكى رەڭگى نورمال ئەمەس</translation>
    </message>
    <message>
        <source>Floating debris, oil or dead fish</source>
        <translation>لەيلىمە ئەخلەت، ماي ياكى ئۆلۈك بېلىق</translation>
    </message>
    <message>
        <source>Fish farming nets</source>
        <translation>بېلىق بېقىش تورى</translation>
    </message>
    <message>
        <source>Sewage outfall</source>
        <translation>پاسكىنا سۇ چىقىش ئېغىزى</translation>
    </message>
    <message>
        <source>Garbage on the bank</source>
        <translation>قىرغاقتىكى ئەخلەت</translation>
    </message>
    <message>
        <source>Illegal fishing</source>
        <translation>قانۇنسىز بېلىق تۇتۇش</translation>
    </message>
    <message>
        <source>Damaged river chief sign board</source>
        <translation>بۇزۇلغان دەريا باشلىقى تاختىسى</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>باشقا مەسىلە</translation>
    </message>
    <message>
        <source>Waiting to be handled</source>
        <translation>بىر تەرەپ قىلىنىشنى ساقلاۋاتىدۇ</translation>
    </message>
    <message>
        <source>Cleared on the spot</source>
        <translation>نەق مەيداندا تازىلاندى</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>يۆتكەپ بېرىلدى</translation>
    </message>
    <message>
        <source>Province chief</source>
        <translation>ئۆلكە دەريا باشلىقى</translation>
    </message>
    <message>
        <source>Prefecture chief</source>
        <translation>ۋىلايەت دەريا باشلىقى</translation>
    </message>
    <message>
        <source>County chief</source>
        <translation>ناھىيە دەريا باشلىقى</translation>
    </message>
    <message>
        <source>Township chief</source>
        <translation>يېزا دەريا باشلىقى</translation>
    </message>
    <message>
        <source>Village chief</source>
        <translation>كەنت دەريا باشلىقى</translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>River patrol</source>
        <translation>دەريا چارلاش</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Today&apos;s patrol was not finished, so it is back here, paused. Resume it or stop it.</source>
        <translation>بۈگۈنكى چارلاش ئاخىرلاشمىغان، شۇڭا توختىتىلغان ھالەتتە قايتىپ كەلدى. داۋاملاشتۇرۇڭ ياكى توختىتىڭ.</translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation>يېڭى چارلاش</translation>
    </message>
    <message>
        <source>River or lake</source>
        <translation>دەريا ياكى كۆل</translation>
    </message>
    <message>
        <source>For example: Urumqi River</source>
        <translation>مەسىلەن: ئۈرۈمچى دەرياسى</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>دەريا بۆلىكى</translation>
    </message>
    <message>
        <source>For example: Hongyanchi bridge to Liudaowan</source>
        <translation>مەسىلەن: خۇڭيەنچى كۆۋرۈكىدىن ليۇداۋۋانغىچە</translation>
    </message>
    <message>
        <source>Division code (6 digits)</source>
        <translation>مەمۇرىي رايون كودى (6 خانە)</translation>
    </message>
    <message>
        <source>Your level as river chief</source>
        <translation>دەريا باشلىقى دەرىجىڭىز</translation>
    </message>
    <message>
        <source>Start patrol</source>
        <translation>چارلاشنى باشلاش</translation>
    </message>
    <message>
        <source>Paused: the track is not recorded</source>
        <translation>توختىتىلدى: ئىز خاتىرىلەنمەيدۇ</translation>
    </message>
    <message>
        <source>Recording the track</source>
        <translation>ئىز خاتىرىلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>ئارىلىق</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ۋاقىت</translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) recorded</source>
        <translation>
            <numerusform>%n ئىز نۇقتىسى خاتىرىلەندى</numerusform>
            <numerusform>%n ئىز نۇقتىسى خاتىرىلەندى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor fix(es) left out</source>
        <translation>
            <numerusform>%n ناچار ئورۇن چىقىرىۋېتىلدى</numerusform>
            <numerusform>%n ناچار ئورۇن چىقىرىۋېتىلدى</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>Stop and finish</source>
        <translation>توختىتىپ ئاخىرلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>مەسىلە مەلۇم قىلىش</translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation>بايقالغان مەسىلىلەر (%1)</translation>
    </message>
    <message>
        <source>No problems reported yet</source>
        <translation>تېخى مەسىلە مەلۇم قىلىنمىدى</translation>
    </message>
    <message>
        <source>Show the patrol summary</source>
        <translation>چارلاش خۇلاسىسىنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Tap again to finish</source>
        <translation>ئاخىرلاشتۇرۇش ئۈچۈن يەنە بىر قېتىم بېسىڭ</translation>
    </message>
</context>
<context>
    <name>PatrolProblemDelegate</name>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 دىن %2 گىچە</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %n سۈرەت</numerusform>
            <numerusform>%1 · %n سۈرەت</numerusform>
        </translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>بىر تەرەپ قىلىشنى يېڭىلاش</translation>
    </message>
</context>
<context>
    <name>PatrolProblemPage</name>
    <message>
        <source>Update the problem</source>
        <translation>مەسىلىنى يېڭىلاش</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>مەسىلە مەلۇم قىلىش</translation>
    </message>
    <message>
        <source>Enter the amount cleared as a number, for example 1.5.</source>
        <translation>تازىلانغان مىقدارنى سان بىلەن يېزىڭ، مەسىلەن 1.5.</translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation>نېمە بايقىدىڭىز؟</translation>
    </message>
    <message>
        <source>Describe what you see, where exactly, and how big it is</source>
        <translation>كۆرگىنىڭىزنى، ئېنىق ئورنىنى ۋە كۆلىمىنى تەسۋىرلەڭ</translation>
    </message>
    <message>
        <source>How was it handled?</source>
        <translation>قانداق بىر تەرەپ قىلىندى؟</translation>
    </message>
    <message>
        <source>Amount cleared (optional)</source>
        <translation>تازىلانغان مىقدار (ئىختىيارىي)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>بىرلىك</translation>
    </message>
    <message>
        <source>t</source>
        <translation>توننا</translation>
    </message>
    <message>
        <source>Referred to (unit or department)</source>
        <translation>يۆتكەپ بېرىلگەن ئورۇن ياكى تارماق</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <source>No position yet: stay under open sky until there is a fix.</source>
        <translation>تېخى ئورۇن يوق: ئورۇن بېكىتىلگۈچە ئوچۇق ئاسمان ئاستىدا تۇرۇڭ.</translation>
    </message>
    <message>
        <source>No current fix: the problem is placed at the last track point, %1.</source>
        <translation>ھازىر ئورۇن يوق: مەسىلە ئاخىرقى ئىز نۇقتىسىغا قويۇلدى، %1.</translation>
    </message>
    <message>
        <source>Here: %1 (%2)</source>
        <translation>بۇ يەر: %1 (%2)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>سۈرەتلەر</translation>
    </message>
    <message>
        <source>Save the handling</source>
        <translation>بىر تەرەپ قىلىشنى ساقلاش</translation>
    </message>
    <message>
        <source>Save the problem</source>
        <translation>مەسىلىنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>PatrolSession</name>
    <message>
        <source>A patrol is already running: finish it before starting another.</source>
        <translation>بىر چارلاش داۋاملىشىۋاتىدۇ: باشقىسىنى باشلاشتىن بۇرۇن ئۇنى ئاخىرلاشتۇرۇڭ.</translation>
    </message>
    <message>
        <source>Enter the river or lake you are patrolling.</source>
        <translation>چارلاۋاتقان دەريا ياكى كۆلنى كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The division code must be six digits, for example 650102.</source>
        <translation>مەمۇرىي رايون كودى ئالتە خانىلىق سان بولۇشى كېرەك، مەسىلەن 650102.</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every patrol is signed with it.</source>
        <translation>ئالدى بىلەن «تەڭشەك» تە ئىسمىڭىزنى كىرگۈزۈڭ: ھەر بىر چارلاشقا ئىسمىڭىز قويۇلىدۇ.</translation>
    </message>
    <message>
        <source>Start a patrol first: problems are reported on a patrol.</source>
        <translation>ئالدى بىلەن چارلاشنى باشلاڭ: مەسىلىلەر چارلاش جەريانىدا مەلۇم قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Describe the problem: &quot;Other problem&quot; needs a description.</source>
        <translation>مەسىلىنى تەسۋىرلەڭ: «باشقا مەسىلە» گە چۈشەندۈرۈش كېرەك.</translation>
    </message>
    <message>
        <source>Give the unit of the amount cleared, for example t or m³.</source>
        <translation>تازىلانغان مىقدارنىڭ بىرلىكىنى يېزىڭ، مەسىلەن توننا ياكى m³.</translation>
    </message>
    <message>
        <source>Say which unit the problem was referred to.</source>
        <translation>مەسىلە قايسى ئورۇنغا يۆتكەپ بېرىلگەنلىكىنى يېزىڭ.</translation>
    </message>
    <message>
        <source>No position yet, so the problem cannot be placed. Stay under open sky until there is a fix and save again: nothing you entered is lost.</source>
        <translation>تېخى ئورۇن يوق، شۇڭا مەسىلىنىڭ ئورنىنى بېكىتكىلى بولمايدۇ. ئورۇن بېكىتىلگۈچە ئوچۇق ئاسمان ئاستىدا تۇرۇپ قايتا ساقلاڭ: كىرگۈزگەنلىرىڭىز يوقالمايدۇ.</translation>
    </message>
    <message>
        <source>That problem is not on this patrol.</source>
        <translation>بۇ مەسىلە بۇ چارلاشقا تەۋە ئەمەس.</translation>
    </message>
    <message numerus="yes">
        <source>The phone&apos;s storage is full: %n position fixes are waiting in memory and are saved as soon as there is space. Sync, or delete old files, to free some space.</source>
        <translation>
            <numerusform>تېلېفون ساقلىغۇچى توشتى: %n ئورۇن نۇقتىسى ئىچكى ساقلىغۇچتا ساقلاۋاتىدۇ، ئورۇن بوشىغاندا ساقلىنىدۇ. ئورۇن بوشىتىش ئۈچۈن ماس قەدەملەڭ ياكى كونا ھۆججەتلەرنى ئۆچۈرۈڭ.</numerusform>
            <numerusform>تېلېفون ساقلىغۇچى توشتى: %n ئورۇن نۇقتىسى ئىچكى ساقلىغۇچتا ساقلاۋاتىدۇ، ئورۇن بوشىغاندا ساقلىنىدۇ. ئورۇن بوشىتىش ئۈچۈن ماس قەدەملەڭ ياكى كونا ھۆججەتلەرنى ئۆچۈرۈڭ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full, so this could not be saved. Nothing you entered is lost: free some space and try again.</source>
        <translation>تېلېفون ساقلىغۇچى توشتى، شۇڭا ساقلانمىدى. كىرگۈزگەنلىرىڭىز يوقالمايدۇ: ئورۇن بوشىتىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation>ساقلىغىلى بولمىدى: %1</translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrol summary</source>
        <translation>چارلاش خۇلاسىسى</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>This patrol meets the local patrol rules.</source>
        <translation>بۇ چارلاش يەرلىك چارلاش تەلىپىگە ئۇيغۇن.</translation>
    </message>
    <message>
        <source>This patrol does not meet the local patrol rules:</source>
        <translation>بۇ چارلاش يەرلىك چارلاش تەلىپىگە ئۇيغۇن ئەمەس:</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>ئارىلىق</translation>
    </message>
    <message>
        <source>Time on the track</source>
        <translation>ئىزدىكى ۋاقىت</translation>
    </message>
    <message>
        <source>Track points kept</source>
        <translation>ساقلانغان ئىز نۇقتىلىرى</translation>
    </message>
    <message>
        <source>Poor fixes left out</source>
        <translation>چىقىرىۋېتىلگەن ناچار ئورۇنلار</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>بايقالغان مەسىلىلەر</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تامام</translation>
    </message>
</context>
<context>
    <name>PositionFeed</name>
    <message>
        <source>Looking for satellites…</source>
        <translation>سۈنئىي ھەمراھ ئىزدەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Signal lost: the last fix is more than 15 seconds old</source>
        <translation>سىگنال يوقالدى: ئاخىرقى ئورۇن 15 سېكۇنتتىن كونا</translation>
    </message>
    <message>
        <source>No fix yet: stay under open sky</source>
        <translation>تېخى ئورۇن يوق: ئوچۇق ئاسمان ئاستىدا تۇرۇڭ</translation>
    </message>
    <message>
        <source>Location permission refused: allow it in the phone&apos;s settings to record tracks and place records</source>
        <translation>ئورۇن ھوقۇقى رەت قىلىندى: ئىز ۋە خاتىرە ئورنىنى خاتىرىلەش ئۈچۈن تېلېفون تەڭشىكىدە رۇخسەت قىلىڭ</translation>
    </message>
    <message>
        <source>This device has no positioning: records are saved without a position</source>
        <translation>بۇ ئۈسكۈنىدە ئورۇن بېكىتىش يوق: خاتىرىلەر ئورۇنسىز ساقلىنىدۇ</translation>
    </message>
    <message>
        <source>Positioning stopped working: restart the app if it does not come back</source>
        <translation>ئورۇن بېكىتىش ئىشلىمەي قالدى: ئەسلىگە كەلمىسە ئەپنى قايتا قوزغىتىڭ</translation>
    </message>
    <message>
        <source>Good fix</source>
        <translation>ئورۇن ياخشى</translation>
    </message>
    <message>
        <source>Fair fix</source>
        <translation>ئورۇن ئوتتۇراھال</translation>
    </message>
    <message>
        <source>Poor fix: positions may be off by more than 30 m</source>
        <translation>ئورۇن ناچار: ئورۇن 30 مېتىردىن كۆپ خاتا بولۇشى مۇمكىن</translation>
    </message>
    <message>
        <source>No fix</source>
        <translation>ئورۇن يوق</translation>
    </message>
    <message>
        <source> ±%1 m</source>
        <translation> ±%1 مېتىر</translation>
    </message>
    <message>
        <source>Poor fix</source>
        <translation>ئورۇن ناچار</translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>River patrol</source>
        <translation>دەريا چارلاش</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation>يېشىل قالقان يىپ ئۇچى</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>تۈزىتىش ۋەزىپىسى</translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation>ئەرز ئىشى</translation>
    </message>
</context>
<context>
    <name>RecordPreviewPage</name>
    <message>
        <source>On-site record</source>
        <translation>نەق مەيدان خاتىرىسى</translation>
    </message>
    <message>
        <source>Signed. This record can no longer be changed.</source>
        <translation>ئىمزا قويۇلدى. بۇ خاتىرىنى ئەمدى ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Draft: read it through with the enterprise before signing.</source>
        <translation>لايىھە: ئىمزا قويۇشتىن بۇرۇن كارخانا بىلەن بىرلىكتە ئوقۇپ چىقىڭ.</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>All records</source>
        <translation>ھەممە خاتىرە</translation>
    </message>
    <message>
        <source>Search by name, place or status</source>
        <translation>نام، جاي ياكى ھالەت بويىچە ئىزدەش</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n خاتىرە</numerusform>
            <numerusform>%n خاتىرە</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, more while scrolling</source>
        <translation>
            <numerusform>%n خاتىرە يۈكلەندى، سىيرىلسا تېخىمۇ كۆپ</numerusform>
            <numerusform>%n خاتىرە يۈكلەندى، سىيرىلسا تېخىمۇ كۆپ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>The list of refused changes could not be read: %1</source>
        <translation>رەت قىلىنغان ئۆزگىرىشلەر تىزىملىكىنى ئوقۇغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>The change could not be queued again: %1</source>
        <translation>ئۆزگىرىشنى قايتا ئەۋەتىش ئۆچىرىتىگە قويغىلى بولمىدى: %1</translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the enterprise code</source>
        <translation>كارخانا كودىنى سكانېرلاش</translation>
    </message>
    <message>
        <source>Hold the enterprise&apos;s QR code inside the frame. It is read automatically.</source>
        <translation>كارخانىنىڭ QR كودىنى رامكا ئىچىدە تۇتۇڭ. ئاپتوماتىك ئوقۇلىدۇ.</translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo of the code instead.</source>
        <translation>بۇ ئۈسكۈنىدە كامېرا يوق: ئۇنىڭ ئورنىغا كودنىڭ سۈرىتىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Choose a photo of the code</source>
        <translation>كودنىڭ سۈرىتىنى تاللاش</translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation>كارخانا QR كودىنىڭ سۈرىتىنى تاللاڭ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>رەسىملەر (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>تەڭشەك</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>كوئوردىنات</translation>
    </message>
    <message>
        <source>WGS-84 (GNSS, as stored)</source>
        <translation>WGS-84 (GNSS، ساقلانغان بويىچە)</translation>
    </message>
    <message>
        <source>GCJ-02 (as Chinese web maps show them)</source>
        <translation>GCJ-02 (جۇڭگو تور خەرىتىلىرى كۆرسەتكەن بويىچە)</translation>
    </message>
    <message>
        <source>Records always keep WGS-84; only the display changes.</source>
        <translation>خاتىرىلەر ھەمىشە WGS-84 دا ساقلىنىدۇ؛ پەقەت كۆرسىتىلىشىلا ئۆزگىرىدۇ.</translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation>بۇ يەر: %1</translation>
    </message>
    <message>
        <source>Office ledger</source>
        <translation>ئىدارە دەپتىرى</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>مۇلازىمېتىر ئادرېسى</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ساقلىغۇچ</translation>
    </message>
    <message>
        <source>Records and evidence on this device: %1</source>
        <translation>بۇ ئۈسكۈنىدىكى خاتىرە ۋە ئىسپاتلار: %1</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>ئامبار قىسقۇچى: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>ئۈسكۈنە: %1</translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Signatures</source>
        <translation>ئىمزالار</translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation>ئىمزا قويمىغانلار</translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation>ھەممەيلەن ئىمزا قويدى.</translation>
    </message>
    <message>
        <source>Who signs now</source>
        <translation>ھازىر كىم ئىمزا قويىدۇ</translation>
    </message>
    <message>
        <source>Site representative</source>
        <translation>نەق مەيدان مەسئۇلى</translation>
    </message>
    <message>
        <source>Name of the site representative</source>
        <translation>نەق مەيدان مەسئۇلىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>Sign here with a finger or a pen</source>
        <translation>بارماق ياكى قەلەم بىلەن بۇ يەرگە ئىمزا قويۇڭ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>تازىلاش</translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation>ئىمزانى ساقلاش</translation>
    </message>
    <message>
        <source>If the site representative refuses to sign</source>
        <translation>نەق مەيدان مەسئۇلى ئىمزا قويۇشنى رەت قىلسا</translation>
    </message>
    <message>
        <source>Why they refuse, in their words</source>
        <translation>رەت قىلىش سەۋەبى (ئۆز سۆزى بىلەن)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>ئىمزا قويۇلدى</translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation>تەكشۈرگۈچى %1</translation>
    </message>
    <message>
        <source>Site representative %1</source>
        <translation>نەق مەيدان مەسئۇلى %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 of %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1 of %2 B</source>
        <translation>%1 / %2 B</translation>
    </message>
    <message>
        <source>Wait until the sync running now has finished, then enrol.</source>
        <translation>ھازىرقى ماس قەدەملەش تۈگىگۈچە ساقلاپ، ئاندىن تىزىملىتىڭ.</translation>
    </message>
    <message>
        <source>Type the ledger&apos;s address as the office gave it, like https://ledger.example.org.</source>
        <translation>دەپتەر ئادرېسىنى ئىدارە بەرگەن بويىچە يېزىڭ، مەسىلەن https://ledger.example.org.</translation>
    </message>
    <message>
        <source>Type the enrolment code from the office, like K7QX-M2PA-9RTD.</source>
        <translation>ئىدارە بەرگەن تىزىملىتىش كودىنى يېزىڭ، مەسىلەن K7QX-M2PA-9RTD.</translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation>%1 نىڭ تېلېفونى</translation>
    </message>
    <message>
        <source>The ledger at %1 could not be reached: check the address and that this phone has a network, then try again.</source>
        <translation>%1 دىكى دەپتەرگە ئۇلانغىلى بولمىدى: ئادرېسنى ۋە تېلېفوننىڭ تورىنى تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This is not a FieldLedger enrolment code. Scan the QR code the office printed for your enrolment, or type the server and code.</source>
        <translation>بۇ FieldLedger تىزىملىتىش كودى ئەمەس. ئىدارە بېسىپ بەرگەن تىزىملىتىش QR كودىنى سكانېرلاڭ ياكى مۇلازىمېتىر ۋە كودنى يېزىڭ.</translation>
    </message>
    <message>
        <source>%1 of %2 records, %3 of %4 photos and files, %5</source>
        <translation>خاتىرە %1 / %2، سۈرەت ۋە ھۆججەت %3 / %4، %5</translation>
    </message>
    <message>
        <source>%1 of %2 records, %3</source>
        <translation>خاتىرە %1 / %2، %3</translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the office ledger has all your records.</source>
        <translation>ئەۋەتىلىدىغان نەرسە يوق: ئىدارە دەپتىرىدە ھەممە خاتىرىلىرىڭىز بار.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes, %2 photos or files, %3 in all.</source>
        <translation>ئەۋەتىشنى ساقلاۋاتىدۇ: %1 ئۆزگىرىش، %2 سۈرەت ياكى ھۆججەت، جەمئىي %3.</translation>
    </message>
    <message>
        <source>This phone has not synced yet.</source>
        <translation>بۇ تېلېفون تېخى ماس قەدەملەنمىگەن.</translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received. Changes the office ledger refused: %3 (see below what to do).</source>
        <translation>ماس قەدەملەندى: %1 خاتىرە ئەۋەتىلدى، %2 تاپشۇرۇۋېلىندى. ئىدارە دەپتىرى رەت قىلغان ئۆزگىرىش: %3 (نېمە قىلىشنى تۆۋەندىن كۆرۈڭ).</translation>
    </message>
    <message>
        <source>Synced: nothing new to send or receive.</source>
        <translation>ماس قەدەملەندى: ئەۋەتىدىغان ياكى تاپشۇرۇۋالىدىغان يېڭى نەرسە يوق.</translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received</source>
        <translation>ماس قەدەملەندى: %1 خاتىرە ئەۋەتىلدى، %2 تاپشۇرۇۋېلىندى</translation>
    </message>
</context>
<context>
    <name>SyncEnrolForm</name>
    <message>
        <source>Ledger address</source>
        <translation>دەپتەر ئادرېسى</translation>
    </message>
    <message>
        <source>https://ledger.example.org</source>
        <translation>https://ledger.example.org</translation>
    </message>
    <message>
        <source>Enrolment code from the office</source>
        <translation>ئىدارە بەرگەن تىزىملىتىش كودى</translation>
    </message>
    <message>
        <source>K7QX-M2PA-9RTD</source>
        <translation>K7QX-M2PA-9RTD</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>تىزىملىتىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation>بۇ تېلېفوننى تىزىملىتىش</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Choose a photo of the enrolment QR code</source>
        <translation>تىزىملىتىش QR كودىنىڭ سۈرىتىنى تاللاڭ</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>رەسىملەر (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>This phone</source>
        <translation>بۇ تېلېفون</translation>
    </message>
    <message>
        <source>Enrolled as %1, %2</source>
        <translation>%1 سۈپىتىدە تىزىملاتقان، %2</translation>
    </message>
    <message>
        <source>Office ledger: %1</source>
        <translation>ئىدارە دەپتىرى: %1</translation>
    </message>
    <message>
        <source>Enrol this phone again</source>
        <translation>بۇ تېلېفوننى قايتا تىزىملىتىش</translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation>بۇ تېلېفوننى تىزىملىتىش</translation>
    </message>
    <message>
        <source>Scan the enrolment QR code the office gave you, or type the ledger&apos;s address and the code.</source>
        <translation>ئىدارە بەرگەن تىزىملىتىش QR كودىنى سكانېرلاڭ، ياكى دەپتەر ئادرېسى ۋە كودنى يېزىڭ.</translation>
    </message>
    <message>
        <source>Read the enrolment QR code from a photo</source>
        <translation>تىزىملىتىش QR كودىنى سۈرەتتىن ئوقۇش</translation>
    </message>
    <message>
        <source>Waiting on this phone</source>
        <translation>بۇ تېلېفوندا ساقلاۋاتقىنى</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>ئاخىرقى ماس قەدەملەش: %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>ماس قەدەملەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>ھازىر ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>ماس قەدەملەشنى توختىتىش</translation>
    </message>
    <message>
        <source>Sync by itself when a network appears</source>
        <translation>تور بولغاندا ئاپتوماتىك ماس قەدەملەش</translation>
    </message>
    <message>
        <source>Not accepted by the office ledger</source>
        <translation>ئىدارە دەپتىرى قوبۇل قىلمىغانلار</translation>
    </message>
</context>
<context>
    <name>SyncRefusalRow</name>
    <message>
        <source>Retry</source>
        <translation>قايتا سىناش</translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The ledger could not be reached; your records are safe on this phone and will be sent next time</source>
        <translation>دەپتەرگە ئۇلانغىلى بولمىدى؛ خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر، كېيىنكى قېتىم ئەۋەتىلىدۇ</translation>
    </message>
    <message>
        <source>The office ledger has a problem and could not take your records now; they are safe on this phone and will be sent next time.</source>
        <translation>ئىدارە دەپتىرىدە مەسىلە بار، ھازىر خاتىرىلىرىڭىزنى قوبۇل قىلالمىدى؛ ئۇلار بۇ تېلېفوندا بىخەتەر، كېيىنكى قېتىم ئەۋەتىلىدۇ.</translation>
    </message>
    <message>
        <source>Sync was stopped. What was not sent stays on this phone for next time.</source>
        <translation>ماس قەدەملەش توختىتىلدى. ئەۋەتىلمىگەنلەر كېيىنكى قېتىم ئۈچۈن بۇ تېلېفوندا قالىدۇ.</translation>
    </message>
    <message>
        <source>This phone is not enrolled yet: enter the code from the office or scan its QR code first.</source>
        <translation>بۇ تېلېفون تېخى تىزىملىتىلمىغان: ئالدى بىلەن ئىدارە بەرگەن كودنى كىرگۈزۈڭ ياكى QR كودىنى سكانېرلاڭ.</translation>
    </message>
    <message>
        <source>This phone&apos;s access to the ledger has expired: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation>بۇ تېلېفوننىڭ دەپتەرگە كىرىش ھوقۇقى ۋاقتى ئۆتتى: ئىدارىدىن يېڭى كود سوراپ قايتا تىزىملىتىڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>Your enrolment was revoked by the office: ask for a new code. Your records are safe on this phone.</source>
        <translation>تىزىملىتىشىڭىزنى ئىدارە بىكار قىلدى: يېڭى كود سوراڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>The ledger does not recognise this phone: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation>دەپتەر بۇ تېلېفوننى تونۇمايدۇ: ئىدارىدىن يېڭى كود سوراپ قايتا تىزىملىتىڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>The ledger does not know this enrolment code: check it and type it again, or ask the office for a new one.</source>
        <translation>دەپتەر بۇ تىزىملىتىش كودىنى تونۇمايدۇ: تەكشۈرۈپ قايتا يېزىڭ ياكى ئىدارىدىن يېڭىسىنى سوراڭ.</translation>
    </message>
    <message>
        <source>This enrolment code was already used on another phone: ask the office for a new one.</source>
        <translation>بۇ تىزىملىتىش كودى باشقا تېلېفوندا ئىشلىتىلگەن: ئىدارىدىن يېڭىسىنى سوراڭ.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask the office for a new one.</source>
        <translation>بۇ تىزىملىتىش كودىنىڭ ۋاقتى ئۆتتى: ئىدارىدىن يېڭىسىنى سوراڭ.</translation>
    </message>
    <message>
        <source>The ledger knows this phone with another key: ask the office to revoke the old enrolment of this phone, then enrol again.</source>
        <translation>دەپتەر بۇ تېلېفوننى باشقا ئاچقۇچ بىلەن تونۇيدۇ: ئىدارىدىن بۇ تېلېفوننىڭ كونا تىزىملىتىشىنى بىكار قىلىشنى سوراپ، ئاندىن قايتا تىزىملىتىڭ.</translation>
    </message>
    <message>
        <source>This phone is enrolled for another person: ask the office to revoke that enrolment first.</source>
        <translation>بۇ تېلېفون باشقا بىر كىشى ئۈچۈن تىزىملىتىلغان: ئىدارىدىن ئالدى بىلەن ئۇ تىزىملىتىشنى بىكار قىلىشنى سوراڭ.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask the office.</source>
        <translation>رولىڭىز بۇنىڭغا يول قويمايدۇ: ئىدارىدىن سوراڭ.</translation>
    </message>
    <message>
        <source>The ledger uses another version of the sync protocol: update this app. Your records are safe on this phone.</source>
        <translation>دەپتەر ماس قەدەملەش كېلىشىمىنىڭ باشقا نەشرىنى ئىشلىتىدۇ: بۇ ئەپنى يېڭىلاڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>The server at this address is not a FieldLedger ledger: check the server address. Your records are safe on this phone.</source>
        <translation>بۇ ئادرېستىكى مۇلازىمېتىر FieldLedger دەپتىرى ئەمەس: مۇلازىمېتىر ئادرېسىنى تەكشۈرۈڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>A file or a batch of records was too large for the ledger: tell the office. Your records are safe on this phone.</source>
        <translation>بىر ھۆججەت ياكى بىر تۈركۈم خاتىرە دەپتەر ئۈچۈن بەك چوڭ: ئىدارىگە ئېيتىڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>A photo or file did not arrive intact at the ledger; it will be sent again next time. Your records are safe on this phone.</source>
        <translation>بىر سۈرەت ياكى ھۆججەت دەپتەرگە تولۇق يېتىپ بارمىدى؛ كېيىنكى قېتىم قايتا ئەۋەتىلىدۇ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>The ledger did not understand this phone&apos;s request: update this app or tell the office. Your records are safe on this phone.</source>
        <translation>دەپتەر بۇ تېلېفوننىڭ تەلىپىنى چۈشەنمىدى: بۇ ئەپنى يېڭىلاڭ ياكى ئىدارىگە ئېيتىڭ. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>Sync stopped because of a problem on this phone: %1. Your records are kept.</source>
        <translation>بۇ تېلېفوندىكى مەسىلە سەۋەبىدىن ماس قەدەملەش توختىدى: %1. خاتىرىلىرىڭىز ساقلاندى.</translation>
    </message>
    <message>
        <source>Sync stopped (%1): %2. Your records are safe on this phone.</source>
        <translation>ماس قەدەملەش توختىدى (%1): %2. خاتىرىلىرىڭىز بۇ تېلېفوندا بىخەتەر.</translation>
    </message>
    <message>
        <source>The office ledger found a problem in this record: %1. Open the record, correct it and sync again.</source>
        <translation>ئىدارە دەپتىرى بۇ خاتىرىدە مەسىلە بايقىدى: %1. خاتىرىنى ئېچىپ تۈزىتىڭ ۋە قايتا ماس قەدەملەڭ.</translation>
    </message>
    <message>
        <source>An earlier change to this record did not reach the ledger, so this one cannot follow it (%1). Resolve the earlier problem in this list first, then tap Retry.</source>
        <translation>بۇ خاتىرىنىڭ ئىلگىرىكى بىر ئۆزگىرىشى دەپتەرگە يەتمىدى، شۇڭا بۇ ئۆزگىرىش ئۇنىڭغا ئۇلانمايدۇ (%1). ئالدى بىلەن بۇ تىزىملىكتىكى ئىلگىرىكى مەسىلىنى ھەل قىلىپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time (%1). Sync to get their version, check the record, then tap Retry.</source>
        <translation>باشقا بىرى بۇ خاتىرىنى بىرلا ۋاقىتتا ئۆزگەرتتى (%1). ئۇنىڭ نەشرىنى ئېلىش ئۈچۈن ماس قەدەملەڭ، خاتىرىنى تەكشۈرۈپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>Your role or your area does not cover this record, so the office ledger did not take it (%1). Check the record&apos;s area, or ask the office to extend yours, then tap Retry.</source>
        <translation>رولىڭىز ياكى رايونىڭىز بۇ خاتىرىنى ئۆز ئىچىگە ئالمايدۇ، شۇڭا ئىدارە دەپتىرى قوبۇل قىلمىدى (%1). خاتىرىنىڭ رايونىنى تەكشۈرۈڭ ياكى ئىدارىدىن رايونىڭىزنى كېڭەيتىشنى سوراپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>The photo or file of this evidence did not reach the ledger: %1. Check that the file is still on this phone, then tap Retry.</source>
        <translation>بۇ ئىسپاتنىڭ سۈرىتى ياكى ھۆججىتى دەپتەرگە يەتمىدى: %1. ھۆججەتنىڭ بۇ تېلېفوندا بارلىقىنى تەكشۈرۈپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>The ledger does not have the record this change belongs to yet (%1). Retry after the record itself was sent.</source>
        <translation>دەپتەردە بۇ ئۆزگىرىش تەۋە خاتىرە تېخى يوق (%1). خاتىرىنىڭ ئۆزى ئەۋەتىلگەندىن كېيىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The ledger could not confirm this change came from this phone (%1). Enrol again with a new code from the office, then tap Retry.</source>
        <translation>دەپتەر بۇ ئۆزگىرىشنىڭ بۇ تېلېفوندىن كەلگەنلىكىنى جەزملىيەلمىدى (%1). ئىدارە بەرگەن يېڭى كود بىلەن قايتا تىزىملىتىپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>The ledger already holds a different change under the same number (%1). Do not delete anything; tell the office.</source>
        <translation>دەپتەردە ئوخشاش نومۇر بىلەن باشقا بىر ئۆزگىرىش بار (%1). ھېچنېمىنى ئۆچۈرمەڭ؛ ئىدارىگە ئېيتىڭ.</translation>
    </message>
    <message>
        <source>The ledger could not read this change (%1). Update this app, then tap Retry.</source>
        <translation>دەپتەر بۇ ئۆزگىرىشنى ئوقۇيالمىدى (%1). بۇ ئەپنى يېڭىلاپ، ئاندىن «قايتا سىناش» نى بېسىڭ.</translation>
    </message>
    <message>
        <source>The office ledger did not accept this change: %1. Tap Retry to send it again, or ask the office.</source>
        <translation>ئىدارە دەپتىرى بۇ ئۆزگىرىشنى قوبۇل قىلمىدى: %1. قايتا ئەۋەتىش ئۈچۈن «قايتا سىناش» نى بېسىڭ ياكى ئىدارىدىن سوراڭ.</translation>
    </message>
    <message>
        <source>Connecting to the ledger</source>
        <translation>دەپتەرگە ئۇلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Sending photos and files</source>
        <translation>سۈرەت ۋە ھۆججەتلەر ئەۋەتىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Sending records</source>
        <translation>خاتىرىلەر ئەۋەتىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Receiving from the office</source>
        <translation>ئىدارىدىن تاپشۇرۇۋېلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>تاماملاندى</translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation>دەريا چارلاش</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>تەكشۈرۈش</translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation>يېشىل قالقان يىپ ئۇچى</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>ئىسپات</translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation>تۈزىتىش ۋەزىپىسى</translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation>ئەرز ئىشى</translation>
    </message>
    <message>
        <source>River chief</source>
        <translation>دەريا باشلىقى</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>تەكشۈرگۈچى</translation>
    </message>
    <message>
        <source>Green Shield supervisor</source>
        <translation>يېشىل قالقان نازارەتچىسى</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>ئىدارە</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>باشقۇرغۇچى</translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>The task cannot be shown: the record store is not open.</source>
        <translation>ۋەزىپىنى كۆرسەتكىلى بولمايدۇ: خاتىرە ئامبىرى ئېچىلمىغان.</translation>
    </message>
    <message>
        <source>This task is not on this device. Sync to receive it.</source>
        <translation>بۇ ۋەزىپە بۇ ئۈسكۈنىدە يوق. تاپشۇرۇۋېلىش ئۈچۈن ماس قەدەملەڭ.</translation>
    </message>
    <message>
        <source>This task was withdrawn by the office.</source>
        <translation>بۇ ۋەزىپىنى ئىدارە قايتۇرۇۋالدى.</translation>
    </message>
    <message>
        <source>This task cannot be read: %1</source>
        <translation>بۇ ۋەزىپىنى ئوقۇغىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>Open a task first.</source>
        <translation>ئالدى بىلەن ۋەزىپىنى ئېچىڭ.</translation>
    </message>
    <message>
        <source>The task is now in progress.</source>
        <translation>ۋەزىپە ئەمدى ئىجرا قىلىنىۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Describe the measures taken before submitting the task.</source>
        <translation>ۋەزىپىنى تاپشۇرۇشتىن بۇرۇن قوللانغان تەدبىرلەرنى يېزىڭ.</translation>
    </message>
    <message>
        <source>Add at least one photo of the rectified site before submitting the task.</source>
        <translation>ۋەزىپىنى تاپشۇرۇشتىن بۇرۇن تۈزىتىلگەن نەق مەيداننىڭ كەم دېگەندە بىر سۈرىتىنى قوشۇڭ.</translation>
    </message>
    <message>
        <source>The task was submitted for close-out.</source>
        <translation>ۋەزىپە تاقاشقا تاپشۇرۇلدى.</translation>
    </message>
    <message>
        <source>A follow-up check is for a closed-out task; this task was never closed out.</source>
        <translation>قايتا تەكشۈرۈش تاقالغان ۋەزىپە ئۈچۈن؛ بۇ ۋەزىپە تاقالمىغان.</translation>
    </message>
    <message>
        <source>Write what you found: the follow-up check failed.</source>
        <translation>بايقىغانلىرىڭىزنى يېزىڭ: قايتا تەكشۈرۈشتىن ئۆتمىدى.</translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every check records who made it.</source>
        <translation>ئالدى بىلەن «تەڭشەك» تە ئىسمىڭىزنى كىرگۈزۈڭ: ھەر بىر تەكشۈرۈشتە تەكشۈرگۈچى خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>The follow-up check passed and was saved.</source>
        <translation>قايتا تەكشۈرۈشتىن ئۆتتى ۋە ساقلاندى.</translation>
    </message>
    <message>
        <source>The follow-up check failed: the task is reopened.</source>
        <translation>قايتا تەكشۈرۈشتىن ئۆتمىدى: ۋەزىپە قايتا ئېچىلدى.</translation>
    </message>
    <message>
        <source>The task was not saved: the record store is not open.</source>
        <translation>ۋەزىپە ساقلانمىدى: خاتىرە ئامبىرى ئېچىلمىغان.</translation>
    </message>
    <message>
        <source>This task was withdrawn by the office; your change was not saved.</source>
        <translation>بۇ ۋەزىپىنى ئىدارە قايتۇرۇۋالدى؛ ئۆزگەرتىشىڭىز ساقلانمىدى.</translation>
    </message>
    <message>
        <source>This task changed since you opened it; reload it and enter your change again.</source>
        <translation>سىز ئاچقاندىن كېيىن بۇ ۋەزىپە ئۆزگەرگەن؛ قايتا يۈكلەپ ئۆزگەرتىشىڭىزنى قايتا كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the task was not saved. Free some space and try again.</source>
        <translation>تېلېفون ساقلىغۇچى توشتى: ۋەزىپە ساقلانمىدى. ئورۇن بوشىتىپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation>ۋەزىپە ساقلانمىدى: %1</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>ۋەزىپىلەرنى ئوقۇغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>تاپشۇرۇلدى</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>ئىجرا قىلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Submitted for close-out</source>
        <translation>تاقاشقا تاپشۇرۇلدى</translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation>تاقالدى</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>قايتا ئېچىلدى</translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Task</source>
        <translation>ۋەزىپە</translation>
    </message>
    <message>
        <source>Reload the task</source>
        <translation>ۋەزىپىنى قايتا يۈكلەش</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>مەسىلە</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>ۋاقتى ئۆتتى: مۆھلەت %1 ئىدى</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>مۆھلەت: %1</translation>
    </message>
    <message>
        <source>Responsible: %1 %2</source>
        <translation>مەسئۇل: %1 %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>تاپشۇرۇلغۇچى: %1</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>تۈزىتىش</translation>
    </message>
    <message>
        <source>Measures taken to fix the problem</source>
        <translation>مەسىلىنى تۈزىتىش ئۈچۈن قوللانغان تەدبىرلەر</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>ئىشنى باشلاش</translation>
    </message>
    <message>
        <source>Submit for close-out</source>
        <translation>تاقاشقا تاپشۇرۇش</translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation>قايتا تەكشۈرۈشلەر</translation>
    </message>
    <message>
        <source>%1, %2: passed</source>
        <translation>%1، %2: ئۆتتى</translation>
    </message>
    <message>
        <source>%1, %2: failed, the problem came back</source>
        <translation>%1، %2: ئۆتمىدى، مەسىلە قايتا كۆرۈلدى</translation>
    </message>
    <message>
        <source>The problem has not come back</source>
        <translation>مەسىلە قايتا كۆرۈلمىدى</translation>
    </message>
    <message>
        <source>The problem came back</source>
        <translation>مەسىلە قايتا كۆرۈلدى</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>ئىزاھات (ئىختىيارىي)</translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation>نېمە بايقىدىڭىز؟</translation>
    </message>
    <message>
        <source>Save the follow-up check</source>
        <translation>قايتا تەكشۈرۈشنى ساقلاش</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation>ۋەزىپىلەر</translation>
    </message>
    <message>
        <source>Show closed-out tasks</source>
        <translation>تاقالغان ۋەزىپىلەرنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Show tasks of other people on this device</source>
        <translation>بۇ ئۈسكۈنىدىكى باشقىلارنىڭ ۋەزىپىلىرىنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>No tasks assigned to you. New tasks arrive with the next sync.</source>
        <translation>سىزگە تاپشۇرۇلغان ۋەزىپە يوق. يېڭى ۋەزىپىلەر كېيىنكى ماس قەدەملەشتە كېلىدۇ.</translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation>ۋاقتى ئۆتتى: مۆھلەت %1 ئىدى</translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation>مۆھلەت: %1</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>مەسئۇل: %1</translation>
    </message>
    <message>
        <source>Follow-up checks: %1</source>
        <translation>قايتا تەكشۈرۈشلەر: %1</translation>
    </message>
</context>
</TS>
