// reunite-cli: command-line front end of the Reunite face engine.
#include <iostream>
#include <map>
#include <string>

#include "cli/CliCommon.h"
#include "cli/Commands.h"

namespace {

const char* const kHelp = R"(reunite-cli: face engine of the Reunite investigator workstation

Every score is an investigative lead, never an identification.

Commands:
  faces [--embedding] [--no-landmarks] [--threads N] IMAGE...
        Detect faces; JSON with boxes, landmarks, quality (and embeddings).
  compare A B
        Distance between the main faces of two photos, verdict at the model's
        threshold, warnings for child faces and poor quality.
  chip IMAGE --out FILE.ppm
        Write the aligned 150x150 chip of the main face.
  eval cross-age [--method direct|progressed|invariant|fused] [--folds 5]
                 [--model FILE] [--distractors DIR2] [--threads N] [--json] DIR
                 [--augment none|mirror] [--cohort N] [--cohort-weight W]
                 [--probe-fusion closest|mean] [--direct-weight W] [--shrinkage S]
        Identification rates of young photos (probes) against adult photos
        (gallery) of a folder with index.csv (file,subject,age_group[,age]), per
        photo and per person, with and without the distractors; learned methods
        are scored by k-fold cross-validation by subject, or --model FILE is
        evaluated as shipped (no fitting).
  build-cross-age-model [--lag DIR] [--out FILE]
        Fit the shipped age-invariant comparison (numbers only) on a cross-age set.

Kinship and likelihood ratios (leads, never identifications):
  eval kinship [--model FILE] [--folds 5] [--own-folds] [--lag DIR]
               [--threads N] [--json] DIR
        Parent-child verification (accuracy, AUC, TAR at FAR 1 %, Cllr) and
        ranking of a family set with index.csv (file,family,role[,relation,
        generation]); k-fold cross-validation by family, or a shipped model
        with --model. A set with its own pair lists (KinFaceW meta_data/
        *_pairs.mat) is tested on its folds and pairs unless --own-folds.
        --lag adds a synthetic childhood photo + parent ranking.
  eval calibration [--kinfacew DIR] [--lag DIR] [--plot FILE.png]
                   [--no-progressed] [--json]
        Cllr, Cllr-min, ECE and reliability tables of every comparison's LR
        (direct, age-invariant, progressed, fused, kinship), cross-validated.
  build-kinship-model [--kinfacew DIR] [--lag DIR] [--out FILE] [--plot FILE]
        Rebuild resources/kinship/kinship_model.json (numbers only).

Age progression (an investigative aid, never a photograph of the person):
  progress IMAGE --age YEARS --target YEARS --out FILE.png [--sex f|m|u]
        Age-progressed image of the main face, marked, parameters in metadata.
  build-age-model [--aaf DIR] [--utkface DIR] [--out DIR]
        Rebuild the per-age, per-sex mean shapes and textures (averages only).
  contact-sheet [--lag DIR] [--out FILE.png] [--age YEARS] [--count N]
        Progressions of several young photos at +5, +10, +20, +30 years.
  eval age [--model FILE] [--json] DIR
        Mean absolute error of the estimated ages, overall and per age band, on
        a folder with index.csv (file,age[,person_id]); the shipped estimator
        or --model FILE, no fitting. `faces` gives every face its estimate.
  eval progression [--folds 5] [--json] DIR
        On a cross-age set (index file,subject,age_group[,age]; missing ages
        estimated): the estimated age of progressed faces against the target,
        their distance to the real adult, and rank-1/10/30 of progressed probes
        alone and fused (weight by cross-validation by subject).
  build-age-estimator [--aaf DIR] [--utkface DIR] [--out FILE] [--folds 5]
        Rebuild resources/age/age_estimator.json (numbers only) and print its
        cross-validation by person.
  demo [DIR]
        Run the engine on the sample photos fetched by setup.

Photo database (every command takes --db PATH, default the workstation's, and
signs in as --user NAME, default $REUNITE_USER, $USER or the system account; the
password comes from the file named by $REUNITE_PASSWORD_FILE, a prompt, or the
first line of standard input, never from an argument; an encrypted database's
passphrase likewise from $REUNITE_PASSPHRASE_FILE (a file only you may read:
chmod 600), a prompt or standard input, read before the password):
  account init
        On a database without accounts: create the first supervisor (--user).
  account list | create NAME --role volunteer|analyst|supervisor |
          role NAME ROLE | password NAME | unlock NAME | deactivate NAME |
          activate NAME | change-password   [--new-password-file FILE]
        Supervisors manage accounts; anyone may change their own password.
  audit verify [--expect-head N:HASH] | audit show [--case N] [--account NAME]
          [--since ISO8601] [--limit N]                     (supervisors)
        The hash-chained audit trail of every action on personal data;
        verify names the first edited, deleted, inserted or reordered entry
        (exit 7), and checks entry N against a head printed in a report.
        Volunteers import; analysts work the cases assigned to them;
        supervisors do everything (see docs/security.md).
  retention show | set --days N | set --keep | purge [--dry-run]  (supervisors)
        How long closed cases keep their photos and faces; purge deletes
        those of cases closed longer than that (logged in the audit trail).
  encrypt [--new-passphrase-file FILE] [--kdf-memory MIB]      (supervisors)
        Encrypt the database's key and its photo store under a new passphrase
        (Argon2id, default 256 MiB): a verified copy replaces the database,
        then the plain photo files are deleted. Close the workstation first.
  rekey [--new-passphrase-file FILE] [--kdf-memory MIB]        (supervisors)
        Change the passphrase of an encrypted database.
  import [--source national_db|self_registered|flyer|tip_off] [--threads N]
         [--no-copy] [--allow-outside-paths]
         MANIFEST.csv|FOLDER
        Import gallery photos; resumable, per-row errors in the import report.
        A manifest's files must lie in its folder tree unless
        --allow-outside-paths is given.
        CSV columns: file,record_id,names,sex,birth_date|birth_year,region,
        source,photo_date,face. A record holds one person's face: "face"
        says which face of a group photo it is (1, 2, ... from the left, a
        box x,y,width,height, or largest). Faces no row names are stored as
        unnamed candidates; with several faces and no choice the record
        gets none.
  case create --number N [--given-names ..] [--family-name ..] [--sex F|M|U]
         [--birth-date YYYY-MM-DD] [--last-seen-date ..] [--last-seen-place ..]
         [--description ..] [--marks ..] [--contact ..]
  case edit --case N [any field of create] [--number NEW] [--status open|found|closed]
  case add-photo --case N [--age YEARS] [--relative ID] FILE...
  case add-relative --case N --relation mother|father|sibling|other ...
  case list | case show --case N
  case assign --case N --to ACCOUNT|none      (supervisors)
  search --case N [--top 30] [--regions a,b] [--sources a,b] [--any-sex]
         [--year-tolerance 2] [--known-birth-year-only] [--no-estimated-birth-years]
         [--format json|csv] [--direct-only]
        Rank gallery candidates for a case (direct and age-invariant
        comparison, fused); the run is stored. Records without a birth year
        are judged by the age their face looks unless --no-estimated-birth-years.
  review --case N --candidate ID --decision rejected|kept|dna_requested
         --note TEXT [--search-run ID]
  review --case N --candidate ID --history
  report --case N --out FILE.pdf [--lang en|zh_CN] [--timestamp ISO8601]
         [--classification TEXT] [--no-progressions] [--dna-result FILE.json]
        Case report as PDF: case, photos, relatives, age progressions, every
        search run with its leads, decisions, method and error rates; the DNA
        part from a `dna kinship --json` result given with --dna-result. The
        same database and --timestamp give a byte-identical file.
  poster --case N --out FILE.pdf [--lang en|zh_CN] [--contact TEXT]
         [--timestamp ISO8601]
        A4 missing-child alert poster (English and Chinese) with a QR code.
        Both: exit 2 for an unknown case, 3 when FILE cannot be written (no
        partial file is ever left).
  backup DESTINATION
        Online backup of the database (SQLite backup API).
  check
        Full integrity check of the models (sha256 of every file) and of the
        database (large databases skip the quick check when they are opened),
        and of every stored face embedding against its check value; damaged
        faces are named by id (exit 7).
  check-models
        Hash every model file in full; refreshes the checksum cache that
        lets other commands start without hashing unchanged models.
  build-box-transform [--aaf DIR] [--out FILE]
        Fit the CNN-to-HOG face box mapping on faces both detectors find.

DNA kinship (STR likelihood ratios against "unrelated"; see docs/dna.md):
  dna kinship --frequencies FILE --profiles FILE
         --hypothesis duo|trio|both-parents|full-sibling|half-sibling
         --candidate SAMPLE [--mother SAMPLE] [--father SAMPLE]
         [--sibling SAMPLE] [--half-sibling SAMPLE] [--theta 0] [--prior 0.5]
         [--mutation-rate 0.002] [--mutation-model stepwise|aabb]
         [--mutation-rates FILE] [--sample-size N | --min-frequency F] [--json]
        Per-locus and combined LR, probability with its prior, inconsistent
        loci, power of exclusion and the conclusion (SF/Z JD0105001-2016 /
        GB/T 37223-2018 rule). A duo takes exactly one of --mother/--father;
        trio: undisputed mother + alleged father; both-parents: both alleged.
        Frequencies: Familias text (resources/str/); profiles: CSV
        sample,marker,allele1,allele2 or a GeneMapper export. Unusable files,
        unknown samples and per-row errors (with line numbers) exit 3.

DNA confirmation of a case (database; --db, --user as above; --json for JSON):
  dna request --case N --candidate ID --reason TEXT
        Open a DNA request (review --decision dna_requested opens one too).
  dna sample --case N [--request ID] --sample-id CODE
         --donor candidate|mother|father|full-sibling|half-sibling|other-relative
         --type buccal-swab|blood-card|blood|hair|other --collected-at WHEN
         --collected-by NAME [--collected-place ..] [--donor-name ..]
         [--relative ID] [--note ..]
        Register a sample (its "collected" custody event is recorded too).
  dna custody --case N --sample-id CODE
         --event sealed|sent|received-by-lab|analysed|collected --at WHEN
         --person NAME [--note ..]
  dna import --case N [--request ID] [--kit ..] [--lab ..] [--report-id ..] FILE
        Import a lab file into the request's samples, all or nothing; per-row
        report on stderr; errors exit 3.
  dna import-table [--name ..] FILE
        Store a Familias allele-frequency table (errors exit 3).
  dna analyse --case N [--request ID] [--hypothesis ..] [--table ID]
         [--theta T] [--prior P] [--mutation-rate MU] [--mutation-model ..]
        Kinship analysis of the latest profiles (default table: East Asia);
        every input and result is stored.
  dna close --case N [--request ID] --outcome confirmed|excluded|more-loci
         --note TEXT
        confirmed closes the case (reunited), excluded rejects the candidate
        with the DNA reason, more-loci asks for more markers.
  dna status --case N

Exit codes: 0 ok, 2 usage, 3 unusable input file, 4 no face, 5 model missing
or corrupt (run setup), 6 cancelled, 7 database, 8 storage full, 9 not allowed
(no account, wrong passphrase or password, locked account, or the role may
not), 10 internal error.
)";

// `eval kinship`, `eval calibration`, `eval age` and `eval progression` have their own commands; `eval cross-age` the original one.
int runEvalSubcommand(const reunite::cli::CommandArgs& args) {
    using namespace reunite::cli;
    if (!args.empty() && args[0] == "kinship") return runEvalKinshipCommand(args);
    if (!args.empty() && args[0] == "calibration") return runEvalCalibrationCommand(args);
    if (!args.empty() && args[0] == "age") return runEvalAgeCommand(args);
    if (!args.empty() && args[0] == "progression") return runEvalProgressionCommand(args);
    return runEvalCommand(args);
}

}  // namespace

int main(int argc, char** argv) {
    using namespace reunite::cli;
    const std::map<std::string, int (*)(const CommandArgs&)> commands{
        {"faces", runFacesCommand}, {"compare", runCompareCommand}, {"chip", runChipCommand},
        {"eval", runEvalSubcommand},   {"demo", runDemoCommand},       {"import", runImportCommand},
        {"backup", runBackupCommand}, {"account", runAccountCommand}, {"audit", runAuditCommand}, {"case", runCaseCommand},     {"search", runSearchCommand},
        {"review", runReviewCommand}, {"check", runCheckCommand},
        {"build-cross-age-model", runBuildCrossAgeModelCommand},
        {"build-age-model", runBuildAgeModelCommand}, {"progress", runProgressCommand},
        {"contact-sheet", runContactSheetCommand}, {"dna", runDnaCommand},
        {"check-models", runCheckModelsCommand}, {"build-box-transform", runBuildBoxTransformCommand},
        {"report", runReportCommand}, {"poster", runPosterCommand}, {"retention", runRetentionCommand},
        {"encrypt", runEncryptCommand}, {"rekey", runRekeyCommand},
        {"build-kinship-model", runBuildKinshipModelCommand}, {"build-age-estimator", runBuildAgeEstimatorCommand},
    };
    if (argc < 2 || std::string(argv[1]) == "--help" || std::string(argv[1]) == "-h" ||
        std::string(argv[1]) == "help") {
        std::cout << kHelp;
        return argc < 2 ? ExitUsage : ExitOk;
    }
    const auto command = commands.find(argv[1]);
    if (command == commands.end()) return usageError(std::string("unknown command '") + argv[1] + "'");
    try {
        return command->second(CommandArgs(argv + 2, argv + argc));
    } catch (const std::exception& e) {
        std::cerr << "reunite-cli: internal error: " << e.what() << "\n";
        return ExitInternal;
    }
}
