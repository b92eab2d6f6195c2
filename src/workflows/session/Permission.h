#pragma once
// Permission: what an action needs. Each entry point of the application layer asks the Session
// to authorize its permission before it reads or changes anything, so no screen and no command
// can go around the check. Which role holds which permission: AccessPolicy.cpp (the matrix).
// Thread safety: plain values.

namespace reunite::workflows {

enum class Permission {
    ViewCases,         // open a case, its photos, relatives, runs and decisions (analysts: their cases)
    EditCases,         // create and edit cases, photos, relatives
    AssignCases,       // give a case to an account
    BrowseGallery,     // list gallery candidates and their photos
    ViewImports,       // import reports (volunteers: their own)
    ImportGallery,     // import gallery photos (folder or CSV)
    ImportFlyers,      // save flyers as cases or candidates
    EditGallery,       // remove gallery records
    SearchCases,       // run a case search
    ReviewCandidates,  // record review decisions
    RenderProgressions,
    Maintain,          // back up and check the database
    HandleDna,         // DNA requests, samples, custody, lab results, frequency tables, analyses
    ConcludeDna,       // close a DNA request: confirm the reunion, exclude the candidate, ask for more loci
    ManageAccounts,    // create accounts, change roles, reset passwords, unlock
    ViewAudit,         // read and verify the audit trail
    ManageRetention,   // set how long closed cases keep their photos and faces, and purge them
    ManageEncryption,  // encrypt the database and its photo store, change its passphrase
};

const char* permissionName(Permission permission);

}  // namespace reunite::workflows
