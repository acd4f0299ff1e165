#pragma once

// Each file registers its group of commands into cli::commands().

namespace fl::cli {

void registerStoreCommands();       // init, info, list, show, outbox, check, record ...
void registerEvidenceCommands();    // evidence add/show
void registerPatrolCommands();      // patrol start/track/problem/finish
void registerEnterpriseCommands();  // enterprise import/show (offline directory)
void registerInspectionCommands();  // code check/scan, inspection start/check/sign/finish
void registerGreenShieldCommands(); // area import, clue add/verify/rectify/close
void registerOfficeCommands();      // task and complaint records
void registerExportCommands();      // export
void registerSyncCommands();        // enrol, sync

inline void registerCommands()
{
    registerStoreCommands();
    registerEvidenceCommands();
    registerPatrolCommands();
    registerEnterpriseCommands();
    registerInspectionCommands();
    registerGreenShieldCommands();
    registerOfficeCommands();
    registerExportCommands();
    registerSyncCommands();
}

} // namespace fl::cli

using fl::cli::registerCommands;
