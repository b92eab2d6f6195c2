<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>reunite::gui::AuditLogDialog</name>
    <message numerus="yes">
        <source>The chain is intact: %n entries, head %1.</source>
        <translation>
            <numerusform>The chain is intact: %n entry, head %1.</numerusform>
            <numerusform>The chain is intact: %n entries, head %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityWarnings</name>
    <message numerus="yes">
        <source>%n faces in this photo: pick the child&apos;s face, or every face is searched</source>
        <translation>
            <numerusform>%n face in this photo</numerusform>
            <numerusform>%n faces in this photo: pick the child&apos;s face, or every face is searched</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::CandidateSearchPanel</name>
    <message numerus="yes">
        <source>%n photo(s) without a face are not searched.</source>
        <translation>
            <numerusform>%n photo without a face is not searched.</numerusform>
            <numerusform>%n photos without a face are not searched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) show several faces: every face is searched until you keep only the child&apos;s (Photos tab).</source>
        <translation>
            <numerusform>%n photo shows several faces: every face is searched until you keep only the child&apos;s (Photos tab).</numerusform>
            <numerusform>%n photos show several faces: every face is searched until you keep only the child&apos;s (Photos tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s).</source>
        <translation>
            <numerusform>%n lead.</numerusform>
            <numerusform>%n leads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n gallery face(s) (%2) passed the filters.</source>
        <translation>
            <numerusform>%1 of the %n gallery face (%2) passed the filters.</numerusform>
            <numerusform>%1 of the %n gallery faces (%2) passed the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::ComparePanel</name>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n face</numerusform>
            <numerusform>%n faces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerImportPage</name>
    <message numerus="yes">
        <source>%n field(s) read uncertainly are marked: compare them with the flyer first.</source>
        <translation>
            <numerusform>%n field read uncertainly is marked: compare it with the flyer first.</numerusform>
            <numerusform>%n fields read uncertainly are marked: compare them with the flyer first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flyer(s) imported</source>
        <translation>
            <numerusform>%n flyer imported</numerusform>
            <numerusform>%n flyers imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Click the child&apos;s face on the flyer (%n face(s) found). Reading the text…</source>
        <translation>
            <numerusform>Click the child&apos;s face on the flyer (%n face found). Reading the text…</numerusform>
            <numerusform>Click the child&apos;s face on the flyer (%n faces found). Reading the text…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::GalleryBrowserPage</name>
    <message numerus="yes">
        <source>Remove %1 with %n photo(s) and their faces?</source>
        <translation>
            <numerusform>Remove %1 with %n photo and its faces?</numerusform>
            <numerusform>Remove %1 with %n photos and their faces?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n unnamed face(s) of its group photos go with it.</source>
        <translation>
            <numerusform>The %n unnamed face of its group photos goes with it.</numerusform>
            <numerusform>The %n unnamed faces of its group photos go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n face</numerusform>
            <numerusform>%n faces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) in memory for searching</source>
        <translation>
            <numerusform>%n face in memory for searching</numerusform>
            <numerusform>%n faces in memory for searching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gallery face(s)</source>
        <translation>
            <numerusform>%n gallery face</numerusform>
            <numerusform>%n gallery faces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n import run(s)</source>
        <translation>
            <numerusform>%n import run</numerusform>
            <numerusform>%n import runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::GalleryImportPanel</name>
    <message numerus="yes">
        <source>%n group photo(s): faces not named by the manifest&apos;s face column were stored as unnamed candidates.</source>
        <translation>
            <numerusform>%n group photo: faces not named by the manifest&apos;s face column were stored as unnamed candidates.</numerusform>
            <numerusform>%n group photos: faces not named by the manifest&apos;s face column were stored as unnamed candidates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) got no face because their group photo does not say which face is the person.</source>
        <translation>
            <numerusform>%n record got no face because its group photo does not say which face is the person.</numerusform>
            <numerusform>%n records got no face because their group photo does not say which face is the person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::PhotoListModel</name>
    <message numerus="yes">
        <source>%n face(s)</source>
        <translation>
            <numerusform>%n face</numerusform>
            <numerusform>%n faces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::PhotoPanel</name>
    <message numerus="yes">
        <source>%n stored search result(s) show one of its faces: they keep their rank and score, without this face.</source>
        <translation>
            <numerusform>%n stored search result shows one of its faces: it keeps its rank and score, without this face.</numerusform>
            <numerusform>%n stored search results show one of its faces: they keep their rank and score, without this face.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove this photo and its %n face(s)?</source>
        <translation>
            <numerusform>Remove this photo and its %n face?</numerusform>
            <numerusform>Remove this photo and its %n faces?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) added.</source>
        <translation>
            <numerusform>%n photo added.</numerusform>
            <numerusform>%n photos added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be added:</source>
        <translation>
            <numerusform>%n could not be added:</numerusform>
            <numerusform>%n could not be added:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n face(s) found again.</source>
        <translation>
            <numerusform>%n face found again.</numerusform>
            <numerusform>%n faces found again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::Workstation</name>
    <message numerus="yes">
        <source>%n face(s) with a damaged stored embedding left out: run reunite-cli check.</source>
        <translation>
            <numerusform>%n face with a damaged stored embedding left out: run reunite-cli check.</numerusform>
            <numerusform>%n faces with a damaged stored embedding left out: run reunite-cli check.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n gallery face(s) searchable.</source>
        <translation>
            <numerusform>Ready: %n gallery face searchable.</numerusform>
            <numerusform>Ready: %n gallery faces searchable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::DnaPanel</name>
    <message numerus="yes">
        <source>%1 (%n marker(s))</source>
        <translation>
            <numerusform>%1 (%n marker)</numerusform>
            <numerusform>%1 (%n markers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marker(s), %1</source>
        <translation>
            <numerusform>%n marker, %1</numerusform>
            <numerusform>%n markers, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) imported from %1.</source>
        <translation>
            <numerusform>%n profile imported from %1.</numerusform>
            <numerusform>%n profiles imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n error(s), listed below.</source>
        <translation>
            <numerusform>Nothing was imported from %1: %n error, listed below.</numerusform>
            <numerusform>Nothing was imported from %1: %n errors, listed below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>reunite::gui::FlyerBatchJob</name>
    <message numerus="yes">
        <source>%n value(s) read uncertainly were put in the notes, not in the fields: check them against the flyer</source>
        <translation>
            <numerusform>%n value read uncertainly was put in the notes, not in the fields: check it against the flyer</numerusform>
            <numerusform>%n values read uncertainly were put in the notes, not in the fields: check them against the flyer</numerusform>
        </translation>
    </message>
</context>
</TS>
