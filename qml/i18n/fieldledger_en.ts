<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AppSettings</name>
    <message>
        <source>no position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1° %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraCapturePage</name>
    <message>
        <source>Add a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera could not take the photo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the photo file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>no problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add items from a checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2 not checked yet, %3 with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, where, how much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueEditor</name>
    <message>
        <source>The clue cannot be opened: this device&apos;s storage is not ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clue is not on this device. Sync to receive it from the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is not a Green Shield clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no position fix yet. Wait in the open until the fix shows, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a clue before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this clue after you opened it, so it was not saved. Your entries are still here: choose &quot;Keep my entries&quot; to save them on top of the newer version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device storage is full, so the clue was not saved. Free some space (sync, or delete other files) and save again; your entries are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo attached to this clue is missing from the device, so it was not saved. Remove it or take it again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clue was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site before closing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter who approved the close-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline must be a date written like 2026-12-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name is not set on this device. Enter it in Settings before verifying a clue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification position is not a valid place. Take the position again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueFacts</name>
    <message>
        <source>Remote-sensing clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clue location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueListModel</name>
    <message>
        <source>The clues could not be read from this device&apos;s storage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n clue(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n clue could not be read and is not shown.</numerusform>
            <numerusform>%n clues could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClueListPage</name>
    <message>
        <source>Green Shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a position fix the clues are listed by code. Distances appear as soon as there is a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed-out clues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clues on this device yet. Clues come from the office when you sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every clue here is closed out. Switch on &quot;Show closed-out clues&quot; to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueListRow</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CluePage</name>
    <message>
        <source>Clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (version %1). It will be sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction %1 from here (north up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clue has no location, so no direction can be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my entries on the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n verification evidence file(s) attached.</source>
        <translation>
            <numerusform>%n verification evidence file attached.</numerusform>
            <numerusform>%n verification evidence files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification evidence: add photos of what you found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueRectificationSection</name>
    <message>
        <source>Rectification and close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (year-month-day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-12-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-out approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n close-out evidence file(s) attached.</source>
        <translation>
            <numerusform>%n close-out evidence file attached.</numerusform>
            <numerusform>%n close-out evidence files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close-out evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A close-out needs evidence: add at least one photo or document of the rectified site below before closing out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rectification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueVerificationForm</name>
    <message>
        <source>On-site verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility or activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale (area, buildings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1200 m², 3 buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built when (as known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2019 or 2019-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken yet: the zone is derived from the clue&apos;s point until you take your position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional zone (derived from the reserve&apos;s zones, not typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClueWords</name>
    <message>
        <source>Residential site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other artificial facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other human activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming or aquaculture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote sensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: a real problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buffer zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experimental zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core protection zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General control zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (no position or no zone data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomous region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeScanner</name>
    <message>
        <source>The picture %1 does not exist (any more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read as a picture: it is not an image or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code found in the picture. Take the photo closer, straight on and without glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was read, but it holds no enterprise credit code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the enterprise&apos;s 18-character credit code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCaptureButton</name>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceModel</name>
    <message>
        <source>The evidence could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence is never changed. To correct or explain a photo, open it and add an annotation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet. Photos taken on patrols, inspections and tasks appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceRecorder</name>
    <message>
        <source>The photo was not saved: the record store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a file on this device can be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file is gone: %1 was moved or deleted before it could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every photo records who took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was saved without a position: there is no GNSS fix right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera gave no picture: take the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be written to %1: the phone&apos;s storage may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation was not saved: the record store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the annotation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation was not saved: that evidence is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the annotation was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotation was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the photo was not saved and is still at %1. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not saved: the record it belongs to is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceStrip</name>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceThumbnail</name>
    <message>
        <source>The file is not on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceViewPage</name>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not on this device; its record is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position: there was no GNSS fix when this was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached to a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should readers of this evidence know?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeoJsonLayer</name>
    <message>
        <source>The map file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>FieldLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app was not closed properly last time. The store was checked and nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n record(s)</source>
        <translation>
            <numerusform>Today: %n record</numerusform>
            <numerusform>Today: %n records</numerusform>
        </translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track, problems, photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the enterprise code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Shield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify clues on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification and follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the office ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search this device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeSyncCard</name>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), %1</source>
        <translation>
            <numerusform>%n record, %1</numerusform>
            <numerusform>%n records, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionDraft</name>
    <message>
        <source>inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site representative (or the reason they refuse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again: the record changed after they signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the enterprise&apos;s code or type its 18-character credit code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline enterprise directory cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code fails its check: %1. Continue only if you can say why it is accepted (for example an early pilot code), and write the reason down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not a readable inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This on-site record is signed and can no longer be changed. Record a supplementary inspection instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record cannot be signed yet. Still missing or wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft cannot be saved yet. Still missing or wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: the record changed after %1 signed; ask them to sign again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The on-site record is signed. It can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who is signing: an inspector or the site representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the person signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not signed on the pad yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed as an inspector of this inspection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the site representative %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be linked to the checklist item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-permit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random draw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from &quot;%1&quot; added to the checklist.</source>
        <translation>
            <numerusform>%n item from &quot;%1&quot; added to the checklist.</numerusform>
            <numerusform>%n items from &quot;%1&quot; added to the checklist.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no checklist template called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (noted; it does not stop the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-site inspection record (现场检查笔录)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code (USCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code accepted despite its check because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (within %3 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certificate %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no items)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) as evidence</source>
        <translation>
            <numerusform>%n photo as evidence</numerusform>
            <numerusform>%n photos as evidence</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector %1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site representative %1, signed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site representative refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody has signed yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionEnterpriseCard</name>
    <message>
        <source>Credit code %1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code %1 fails its check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this code is accepted anyway (required to continue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: early pilot code, checked against the licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enterprise is not in the offline directory: type its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionForm</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (draw id or complaint case number, required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code (6 digits, e.g. 650109)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use current position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist: %1 items, %2 open, %3 with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found overall, and what the enterprise was told to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the on-site record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionInspectors</name>
    <message>
        <source>An inspection needs at least two inspectors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an inspector</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a QR image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type the 18-character credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another inspection?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection of %1 is not signed. Changes since its last save are lost if you start the inspection of %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>FieldLedger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPane</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre the map on my position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPaneScaleBar</name>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MbtilesLayer</name>
    <message>
        <source>The basemap file %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap file %1 is not a usable MBTiles file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basemap file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationArrow</name>
    <message>
        <source>Clue direction %1°, distance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction to the clue unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a position fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolNames</name>
    <message>
        <source>Illegal occupation of river land</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal sand mining or digging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal dumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal construction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water smells or looks wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating debris, oil or dead fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fish farming nets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sewage outfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garbage on the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illegal fishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged river chief sign board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village chief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolPage</name>
    <message>
        <source>River patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s patrol was not finished, so it is back here, paused. Resume it or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River or lake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Urumqi River</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Hongyanchi bridge to Liudaowan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Division code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your level as river chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the track is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n track point(s) recorded</source>
        <translation>
            <numerusform>%n track point recorded</numerusform>
            <numerusform>%n track points recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poor fix(es) left out</source>
        <translation>
            <numerusform>%n poor fix left out</numerusform>
            <numerusform>%n poor fixes left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the patrol summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap again to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolProblemDelegate</name>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n photo(s)</source>
        <translation>
            <numerusform>%1 · %n photo</numerusform>
            <numerusform>%1 · %n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolProblemPage</name>
    <message>
        <source>Update the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount cleared as a number, for example 1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what you see, where exactly, and how big it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was it handled?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount cleared (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to (unit or department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position yet: stay under open sky until there is a fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current fix: the problem is placed at the last track point, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolSession</name>
    <message>
        <source>A patrol is already running: finish it before starting another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the river or lake you are patrolling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The division code must be six digits, for example 650102.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every patrol is signed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a patrol first: problems are reported on a patrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem: &quot;Other problem&quot; needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit of the amount cleared, for example t or m³.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which unit the problem was referred to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No position yet, so the problem cannot be placed. Stay under open sky until there is a fix and save again: nothing you entered is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That problem is not on this patrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The phone&apos;s storage is full: %n position fixes are waiting in memory and are saved as soon as there is space. Sync, or delete old files, to free some space.</source>
        <translation>
            <numerusform>The phone&apos;s storage is full: %n position fix is waiting in memory and is saved as soon as there is space. Sync, or delete old files, to free some space.</numerusform>
            <numerusform>The phone&apos;s storage is full: %n position fixes are waiting in memory and are saved as soon as there is space. Sync, or delete old files, to free some space.</numerusform>
        </translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full, so this could not be saved. Nothing you entered is lost: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrol summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patrol meets the local patrol rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patrol does not meet the local patrol rules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track points kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor fixes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionFeed</name>
    <message>
        <source>Looking for satellites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal lost: the last fix is more than 15 seconds old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix yet: stay under open sky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location permission refused: allow it in the phone&apos;s settings to record tracks and place records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no positioning: records are saved without a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positioning stopped working: restart the app if it does not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor fix: positions may be off by more than 30 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ±%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListModel</name>
    <message>
        <source>River patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPreviewPage</name>
    <message>
        <source>On-site record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed. This record can no longer be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: read it through with the enterprise before signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>All records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, place or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded, more while scrolling</source>
        <translation>
            <numerusform>%n record loaded, more while scrolling</numerusform>
            <numerusform>%n records loaded, more while scrolling</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusalModel</name>
    <message>
        <source>The list of refused changes could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be queued again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanPage</name>
    <message>
        <source>Scan the enterprise code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the enterprise&apos;s QR code inside the frame. It is read automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera on this device: choose a photo of the code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo of the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo of the enterprise&apos;s QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WGS-84 (GNSS, as stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GCJ-02 (as Chinese web maps show them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records always keep WGS-84; only the display changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records and evidence on this device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturePage</name>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone has signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the site representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign here with a finger or a pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the site representative refuses to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why they refuse, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site representative %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the sync running now has finished, then enrol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the ledger&apos;s address as the office gave it, like https://ledger.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the enrolment code from the office, like K7QX-M2PA-9RTD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger at %1 could not be reached: check the address and that this phone has a network, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a FieldLedger enrolment code. Scan the QR code the office printed for your enrolment, or type the server and code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records, %3 of %4 photos and files, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 records, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits to be sent: the office ledger has all your records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1 changes, %2 photos or files, %3 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone has not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received. Changes the office ledger refused: %3 (see below what to do).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: nothing new to send or receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1 records sent, %2 received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEnrolForm</name>
    <message>
        <source>Ledger address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://ledger.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K7QX-M2PA-9RTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo of the enrolment QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled as %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office ledger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this phone again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the enrolment QR code the office gave you, or type the ledger&apos;s address and the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the enrolment QR code from a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on this phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync by itself when a network appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the office ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRefusalRow</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncWords</name>
    <message>
        <source>The ledger could not be reached; your records are safe on this phone and will be sent next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office ledger has a problem and could not take your records now; they are safe on this phone and will be sent next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync was stopped. What was not sent stays on this phone for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone is not enrolled yet: enter the code from the office or scan its QR code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone&apos;s access to the ledger has expired: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your enrolment was revoked by the office: ask for a new code. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not recognise this phone: ask the office for a new code and enrol again. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not know this enrolment code: check it and type it again, or ask the office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code was already used on another phone: ask the office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask the office for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger knows this phone with another key: ask the office to revoke the old enrolment of this phone, then enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone is enrolled for another person: ask the office to revoke that enrolment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this: ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger uses another version of the sync protocol: update this app. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at this address is not a FieldLedger ledger: check the server address. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file or a batch of records was too large for the ledger: tell the office. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo or file did not arrive intact at the ledger; it will be sent again next time. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger did not understand this phone&apos;s request: update this app or tell the office. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped because of a problem on this phone: %1. Your records are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped (%1): %2. Your records are safe on this phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office ledger found a problem in this record: %1. Open the record, correct it and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier change to this record did not reach the ledger, so this one cannot follow it (%1). Resolve the earlier problem in this list first, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this record at the same time (%1). Sync to get their version, check the record, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role or your area does not cover this record, so the office ledger did not take it (%1). Check the record&apos;s area, or ask the office to extend yours, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo or file of this evidence did not reach the ledger: %1. Check that the file is still on this phone, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger does not have the record this change belongs to yet (%1). Retry after the record itself was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not confirm this change came from this phone (%1). Enrol again with a new code from the office, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger already holds a different change under the same number (%1). Do not delete anything; tell the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger could not read this change (%1). Update this app, then tap Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office ledger did not accept this change: %1. Tap Retry to send it again, or ask the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending photos and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River patrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Shield clue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River chief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green Shield supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditor</name>
    <message>
        <source>The task cannot be shown: the record store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task is not on this device. Sync to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was withdrawn by the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a task first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is now in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the measures taken before submitting the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one photo of the rectified site before submitting the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was submitted for close-out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up check is for a closed-out task; this task was never closed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you found: the follow-up check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name in Settings first: every check records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up check passed and was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up check failed: the task is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not saved: the record store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task was withdrawn by the office; your change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This task changed since you opened it; reload it and enter your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s storage is full: the task was not saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPage</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken to fix the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for close-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: failed, the problem came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem has not come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem came back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you find?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the follow-up check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed-out tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show tasks of other people on this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks assigned to you. New tasks arrive with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
