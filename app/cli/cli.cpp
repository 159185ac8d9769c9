// SPDX-License-Identifier: Apache-2.0
// Subcommand table, --help and --version.
#include "app/cli/cli.h"
#include "core/base/tr.h"

#include "app/cli/duplicatecommands.h"
#include "app/cli/guidelinecommands.h"
#include "app/cli/keycommands.h"
#include "app/cli/prelabelcommands.h"
#include "app/cli/projectcommands.h"
#include "app/cli/synccommands.h"
#include "app/cli/calibrationcommands.h"
#include "app/cli/reviewcommands.h"
#include "app/cli/transfercommands.h"
#include "app/cli/quality/projectquality.h"
#include "app/cli/quality/qualitycommands.h"

#include <QCoreApplication>

namespace assay::app::cli {

struct Command
{
    const char *name;
    CommandFn run;
    const char *synopsis;
    const char *summary; // translated at use
};

static const Command s_commands[] = {
        {"init", runInit, "init PROJECT [--name N] [--owner PERSON] [--media-root DIR]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Create a project file; the owner's key is made (or the one in the key store used) and registered.")},
        {"add", runAdd, "add PROJECT PATH... [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP("assay", "Add images, texts and audio (files and folders).")},
        {"media", runMedia,
         "media PROJECT [--slide-associated-images on|off] [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "The project's media settings: whether slides' label and macro images may be shown,"
                 " and travel with the slides to other copies.")},
        {"info", runInfo, "info PROJECT [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP("assay", "Counts of items, classes, people, batches, tasks, events.")},
        {"dupes", runDupes,
         "dupes PROJECT [--threshold N] [--json] | PROJECT --keep ITEM [--reason R]",
         QT_TRANSLATE_NOOP("assay",
                           "Groups of near-duplicate images (perceptual hash); keep one of a group.")},
        {"import", runImport,
         "import PROJECT [--format auto|coco|coco-results|yolo|voc|labelstudio|cvat|csv|jsonl] PATH [--media-root DIR] [--as PERSON] [--add-classes] [--clip] [--prelabels] [--dry-run] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Import labels (or model predictions as pre-labels) from another tool, in one transaction.")},
        {"export", runExport,
         "export PROJECT --format coco|yolo|voc|labelstudio|cvat|csv|jsonl --out PATH [--all] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Export final labels (or --all) with a manifest: versions, batches, SHA-256 of every file.")},
        {"prelabels", runPrelabels, "prelabels PROJECT [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "What annotators did with each model's suggestions: accepted as is, adjusted, rejected.")},
        {"keys", runKeys, "keys new NAME [--replace] | list [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "People's key pairs on this machine: make one (prints the public key), list them.")},
        {"people", runPeople,
         "people PROJECT list [--json] | add NAME --role ROLE [--key PUBLIC_KEY] | roles NAME ROLE | set-key NAME --key PUBLIC_KEY | revoke-key NAME | deactivate NAME",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "List or add people, set their roles, register their public keys (a new key revokes the old), revoke a key.")},
        {"taxonomy", runTaxonomy,
         "taxonomy PROJECT list|add|edit|rename|remove|merge|multi-label ...",
         QT_TRANSLATE_NOOP("assay", "The versioned label set.")},
        {"guideline", runGuideline,
         "guideline PROJECT show [--version N | --draft] [--section ANCHOR] | edit --from FILE.md | publish | diff V1 V2|draft | examples list|add|remove ... | export --out FILE.md | citations [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Versioned guidelines: drafts only authors see, published versions bound to the taxonomy, the diff by section, worked examples, the sections flags and rejections cite.")},
        {"log", runLog, "log show|verify|rebuild PROJECT",
         QT_TRANSLATE_NOOP("assay",
                           "Show the event log, verify its hash chain, rebuild state from it.")},
        {"conflicts", runConflicts, "conflicts PROJECT [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Decisions made apart that contradicted each other, with both sides and the rule that settled them; events refused where they arrived.")},
        {"checkout", runCheckout, "checkout PROJECT --for NAME --out COPY [--as LEAD] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "A copy of the project for one person: every envelope, the payloads they may read, the media of their tasks.")},
        {"sync", runSync, "sync COPY [--remote folder:PATH|postgres:URL] [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Pull what the remote has and push what it lacks; confidential payloads travel encrypted to their readers.")},
        {"lease", runLease,
         "lease COPY [--remote postgres:URL] [--count N] [--batch B] [--as PERSON] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Take tasks of a pooled batch from a PostgreSQL server into your queue, for as long as the lease lasts; done tasks end their leases.")},
        {"server", runServer, "server init|add-person URL ...",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Lay out a PostgreSQL server for sync (or bring it up to date); map a person to the PostgreSQL role they connect as.")},
        {"agreement", runAgreement, "agreement RATINGS.csv [--json] [--pairwise]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Percent agreement, Cohen's kappa, Scott's pi, Fleiss' kappa, Krippendorff's alpha.")},
        {"box-agreement", runBoxAgreement,
         "box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]",
         QT_TRANSLATE_NOOP("assay",
                           "Box matching (Hungarian, by IoU) between every pair of raters.")},
        {"consensus", runConsensus, "consensus RATINGS.csv --method majority|dawid-skene [--json]",
         QT_TRANSLATE_NOOP("assay",
                           "Consensus labels with confidence; Dawid-Skene rater accuracies.")},
        {"gold", runGold,
         "gold PROJECT add ITEM (--class NAME... | --boxes FILE) | import FILE.csv | list | status | gates | recalibrated PERSON | settings",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Gold items with reference answers; people's rolling gold accuracy and recalibration.")},
        {"batch", runBatch,
         "batch PROJECT create NAME (--annotators A,B | --pooled [--lease-minutes M]) --overlap K --gold-rate R [--criteria ...] [--order confidence|margin] | list | queue PERSON | accept B | reject B [--reason R]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Batches with overlap and gold mixed in; accept or reject (rejected work is re-queued).")},
        {"review", runReview,
         "review PROJECT rules --batch B [--rate 0.05] [--min-per-annotator N] [--seed S] | queue [--batch B] [--order agreement|annotator|class|random] | decide ITEM accept|fix|reject|escalate [--annotator NAME] [--reason CODE --text T] [--section S] [--class NAME...] | undo DECISION | status | reasons [set CODE=TEXT...] | route TASK... | rereview --batch B --share S | mine",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Review queues filled by a lead's rules (spot audit, low agreement, flags); accept, fix, reject with a reason, escalate.")},
        {"adjudicate", runAdjudicate,
         "adjudicate PROJECT ITEM [--choose VERSION | --class NAME...] --reason CODE --text T [--section S] | PROJECT --queue",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "An item's versions and reviews; decide it with a justification (the versions not chosen are kept).")},
        {"calibration", runCalibration,
         "calibration PROJECT set create NAME | set add SET ITEM (--class NAME... | --boxes FILE) [--explanation T] [--section S] | set list [SET] | session start NAME --set SET --members A,B [--pass 0.8] [--pass-box-f1 0.8] [--attempts 2] [--opens T] [--closes T] [--onboarding] | session list|status|results|judge|close NAME | debrief SESSION [--person NAME] [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Calibration sets with reference answers and explanations; sessions for a cohort with a pass mark and retries; results, hints and debriefs.")},
        {"quality", runQuality,
         "quality PROJECT [--batch B] [--method majority|dawid-skene] [--json] | PROJECT --over-time [--bucket day|N] [--from DATE] [--to DATE] [--json] | PROJECT --drift [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "Agreement, gold accuracy, verdicts, consensus labels and anomalies per batch; quality over time and drift alerts with their evidence.")},
        {"report", runReport,
         "report PROJECT --out report.html [--pdf report.pdf] [--from DATE] [--to DATE] | verify PROJECT report.html [--json]",
         QT_TRANSLATE_NOOP(
                 "assay",
                 "An audit report (HTML, PDF) stating its snapshot; verify recomputes every figure from the log and says whether the report matches.")},
};

QString helpText()
{
    QString text = Tr::tr("Assay %1 — labeling workstation with quality control built in.\n\n"
                          "usage: assay [PROJECT.assay]        open the workstation\n"
                          "       assay COMMAND [ARGS...]      run a command\n\ncommands:\n")
                           .arg(QStringLiteral(ASSAY_VERSION));
    for (const Command &c : s_commands) {
        text += QStringLiteral("  %1\n      %2\n").arg(QLatin1String(c.synopsis), Tr::tr(c.summary));
    }
    text += Tr::tr("\nActing as someone needs their key: --as NAME (or ASSAY_USER=NAME) unlocks"
                   " NAME's key from the keyring, or from $XDG_CONFIG_HOME/assay/keys/NAME.key with"
                   " its passphrase, typed on the terminal or read from the file named by"
                   " ASSAY_PASSPHRASE_FILE. Commands that record something fail without it; info,"
                   " log verify and keys need no key.\n");
    text += Tr::tr("\nRun \"assay COMMAND --help\" for a command's options. Exit status: 0 on"
                   " success, 1 on failure, 64 on a usage error; \"add\" returns 2 when it skipped"
                   " unreadable files and 3 when it skipped only duplicates.\n");
    return text;
}

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString first = arguments.first();
    if (first.startsWith(QLatin1Char('-')))
        return first != QLatin1String("-platform") && first != QLatin1String("--platform")
               && first != QLatin1String("-style") && first != QLatin1String("--style");
    for (const Command &c : s_commands) {
        if (first == QLatin1String(c.name))
            return true;
    }
    return !first.endsWith(QLatin1String(".assay")); // an unknown word: say so on the terminal
}

bool needsGuiApplication(const QStringList &arguments)
{
    // The audit report draws its charts with Qt Charts (widgets, offscreen); verifying one
    // draws nothing.
    return arguments.size() >= 2 && arguments.first() == QLatin1String("report")
           && !arguments.contains(QStringLiteral("verify"))
           && !arguments.contains(QStringLiteral("--help"))
           && !arguments.contains(QStringLiteral("-h"));
}

int run(const QStringList &arguments, CliIo &io)
{
    const QString first = arguments.value(0);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QStringLiteral("assay %1").arg(QStringLiteral(ASSAY_VERSION)) << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        io.out << helpText();
        io.out.flush();
        return ExitOk;
    }
    for (const Command &c : s_commands) {
        if (first != QLatin1String(c.name))
            continue;
        const QStringList rest = arguments.mid(1);
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            io.out << Tr::tr("usage: assay %1\n%2\n")
                              .arg(QLatin1String(c.synopsis), Tr::tr(c.summary));
            io.out.flush();
            return ExitOk;
        }
        return c.run(rest, io);
    }
    io.err << Tr::tr("assay: unknown command \"%1\"; see \"assay --help\"").arg(first) << Qt::endl;
    return ExitUsage;
}

} // namespace assay::app::cli
