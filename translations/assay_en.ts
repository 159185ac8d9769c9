<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>assay</name>
    <message>
        <source>Add images, texts and audio (files and folders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of items, classes, people, batches, tasks, events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versioned label set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event log, verify its hash chain, rebuild state from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement, Cohen&apos;s kappa, Scott&apos;s pi, Fleiss&apos; kappa, Krippendorff&apos;s alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box matching (Hungarian, by IoU) between every pair of raters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus labels with confidence; Dawid-Skene rater accuracies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no input file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one input file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay agreement RATINGS.csv [--json] [--pairwise]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of raters on nominal labels. RATINGS.csv has the header item,rater,label and one row per rating; a missing rating is an absent row, and a second row for the same item and rater is an error. Metrics the data do not define are reported as undefined with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cohen&apos;s kappa for every pair of raters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scott&apos;s pi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 raters, %4 labels, %5 ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undefined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa by pair of raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rater B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay box-agreement BOXES.csv [--iou 0.5] [--class-agnostic] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of raters&apos; boxes. BOXES.csv has the header image,rater,x,y,w,h,label in absolute pixels. For every pair of raters A, B (sorted, A the reference) boxes are matched one-to-one by IoU (Hungarian), per image: precision = matched/|B|, recall = matched/|A|.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest IoU at which two boxes match (default 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match boxes whatever their labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iou takes a number greater than 0 and at most 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 boxes; IoU threshold %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same class only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean IoU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than two raters: no pair to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay consensus RATINGS.csv --method majority|dawid-skene [--max-iterations N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus label of every item from RATINGS.csv (header item,rater,label). Majority vote reports ties instead of breaking them; Dawid-Skene (1979) also estimates each rater&apos;s accuracy and the class priors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority or dawid-skene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dawid-Skene: stop after this many EM iterations (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method is required (majority or dawid-skene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot; (majority or dawid-skene)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-iterations takes a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 raters; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dawid-Skene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>majority vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tie: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) tied; ties are not broken</source>
        <translation>
            <numerusform>%n item tied; ties are not broken</numerusform>
            <numerusform>%n items tied; ties are not broken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>converged after %n iteration(s)</source>
        <translation>
            <numerusform>converged after %n iteration</numerusform>
            <numerusform>converged after %n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped at the cap of %n iteration(s) without converging</source>
        <translation>
            <numerusform>stopped at the cap of %n iteration without converging</numerusform>
            <numerusform>stopped at the cap of %n iterations without converging</numerusform>
        </translation>
    </message>
    <message>
        <source>rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimated prior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images without annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes clipped to the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rating has the same label, so chance agreement is 1 and the coefficient is 0/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item has two or more ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such rater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rater compared with themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two raters have no item in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 compares exactly two raters; the data have %n</source>
        <translation>
            <numerusform>%1 compares exactly two raters; the data have %n</numerusform>
            <numerusform>%1 compares exactly two raters; the data have %n</numerusform>
        </translation>
    </message>
    <message>
        <source>the two raters&apos; label lists differ in length (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of the count table differ in length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items have unequal numbers of ratings; Fleiss&apos; kappa needs the same number on every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items have fewer than two ratings each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every pairable rating has the same label, so expected disagreement is 0 and alpha is 0/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IoU threshold %1 is not in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dawid-Skene needs at least one iteration and a positive tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is rated more than once by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept or reject batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent class does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box needs a finite position and a size that is not negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade to schema %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item rows lack id, kind, sha256 or path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assay %1 — labeling workstation with quality control built in.

usage: assay [PROJECT.assay]        open the workstation
       assay COMMAND [ARGS...]      run a command

commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;assay COMMAND --help&quot; for a command&apos;s options. Exit status: 0 on success, 1 on failure, 64 on a usage error; &quot;add&quot; returns 2 when it skipped unreadable files and 3 when it skipped only duplicates.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay: unknown command &quot;%1&quot;; see &quot;assay --help&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON (stable fields, see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgraded from schema %2 to %3 (the old file is kept as %1.schema%2.bak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay: unknown role &quot;%1&quot; (roles: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay: give at least one role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now has the roles %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour, #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the class means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy version to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taxonomy version %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, multi-label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (in %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added class %1 (hotkey %2, colour %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-label is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First event number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include each event&apos;s payload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log was tampered with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [event id %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current state rebuilt from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the media paths are relative to (default: the project&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;normal&quot; (default): edits survive a crash at once and a power cut after 100 ms; &quot;full&quot;: every edit is fsynced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .assay file to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1 (&quot;%2&quot;), owner %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images, %2 texts, %3 audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taxonomy version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was added; the project is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 items (%2 images, %3 texts, %4 audio); %5 duplicates, %6 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported file type (no extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported file type (.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same content as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG marker expected at byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the JPEG data ends before its end marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the PNG data ends before its IEND chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an image: the content is not JPEG, PNG, TIFF, WebP or BMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JPEG has no frame header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the WebP data is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the BMP data is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded as an image (damaged or unsupported variant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the WAV data chunk is shorter than its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the WAV file has no data chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be decoded as audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio header is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio decoding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio holds no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: %1 of %2 audio frames could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds only white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text (first bad byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds NUL bytes: a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (first bad byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: no text (expected a string, or an object with &quot;text&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readable document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported file type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch needs at least one annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap %1 needs at least %1 annotators (%2 given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gold rate must be in [0, 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gold rate needs gold items; mark some with &quot;assay gold&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class answers in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items with two or more answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold task was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: compressed payload is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: unknown payload encoding &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: payload is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) was altered: its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s head does not match event #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several items; give the path or the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold answers given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: a gold answer needs classes or boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gold window and minimum must be at least 1 and the threshold in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not marked for recalibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several batches are named &quot;%1&quot;; give the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a batch needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot annotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no items to put in the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 was already %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (re-queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear a recalibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durability is &quot;full&quot; or &quot;normal&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of that name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay project (an SQLite file of another program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Assay (schema %1; this version reads up to %2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay project (no schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay project (no project record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name (letters, digits, . _ @ -; at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no person named &quot;%1&quot; in the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no taxonomy version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such class in the current taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; remove or move them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class to merge into does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class to merge does not exist or is the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlap must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change another person&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this task belongs to another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not change another person&apos;s annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no box %1 in this annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items with reference answers; people&apos;s rolling gold accuracy and recalibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches with overlap and gold mixed in; accept or reject (rejected work is re-queued).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all, image, text, audio, or a file of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators per item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of gold tasks in each queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the gold positions (random when not given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the batch is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>batch %1 (%2): %n task(s)</source>
        <translation>
            <numerusform>batch %1 (%2): %n task</numerusform>
            <numerusform>batch %1 (%2): %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 rejected; its tasks are re-queued in batch %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1 (%2): %3 items, %4 answers, %5 raters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  percent agreement %1, Krippendorff&apos;s alpha %2, Fleiss&apos; kappa %3, Cohen&apos;s kappa %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  gold accuracy %1 (%2 gold answers), items below agreement threshold %3 (%4), box F1 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  per class:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  per pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  anomalies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus: majority or dawid-skene.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers faster than this (ms) are anomalies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no class &quot;%1&quot; in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: expected item,label or image,x,y,w,h,label (%2 fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a box cannot have a negative size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold answers in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference class (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference boxes: a CSV of x,y,w,h,label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling accuracy over the last N gold answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark of a gold answer and of the rolling accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers needed before a person can be sent to recalibrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gold item(s) set</source>
        <translation>
            <numerusform>%n gold item set</numerusform>
            <numerusform>%n gold items set</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back in the production queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window %1, threshold %2, minimum %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row without an item and a label; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confidence &quot;%1&quot; is not a number; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes not written: the classification CSV has no place for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the file ends early: truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each line must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line without an item and a label; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes not written: classification JSON Lines have no place for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;images&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed image entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an image entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &quot;id&quot; must be an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;file_name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image size must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image without &quot;id&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;categories&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed category entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;id&quot; must be an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category &quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category without &quot;id&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;annotations&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed annotation entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an annotation entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;bbox&quot; must be a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;image_id&quot; must be an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;category_id&quot; must be an integer or a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;iscrowd&quot; must be 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed &quot;segmentation&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;score&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed &quot;attributes&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation without &quot;bbox&quot; of 4 numbers, &quot;image_id&quot; or &quot;category_id&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image id %1 appears more than once; the first one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category id %1 appears more than once; the first one is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation refers to an image id that is not in &quot;images&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation refers to a category id that is not in &quot;categories&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO file is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a COCO instances file: no &quot;images&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a COCO results file is a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed result entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result entry must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result without &quot;bbox&quot;, &quot;image_id&quot; or &quot;category_id&quot;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result refers to an image id that is not in the reference; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result refers to a category id that is not in the reference; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO instances JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder holds no single COCO instances file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classification labels not written: COCO instances have no place for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotator of %1 boxes is not written: COCO has no field for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO results JSON (predictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes without a score were written with score 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &quot;%1&quot; is not declared in &lt;meta&gt;; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;box&gt; without numeric xtl, ytl, xbr, ybr; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVAT for images XML 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty XML file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CVAT for images file: the root element is &lt;%1&gt;, not &lt;annotations&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CVAT format version %1 is not supported (1.1 is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classification labels of items that are not images of the dataset were not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file or folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format: it could be %1 or %2; name the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder has no data.yaml or classes.txt (YOLO), no Pascal VOC .xml files and no annotations.xml (CVAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JSON file that is neither COCO (an object with &quot;images&quot;), COCO results (a list of {image_id, bbox, score}) nor a Label Studio export (a list of tasks with &quot;data&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML file whose root is neither &lt;annotations&gt; (CVAT) nor &lt;annotation&gt; (Pascal VOC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no importer reads .%1 files (formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot; (formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for reading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open for writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 has no positive size; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 crosses the border of %5 (%6x%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 %2 %3 %4 crosses the border of %5 (%6x%7); clipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media file %1 not found under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangle without original_width and original_height: its percentages cannot become pixels; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectangle without a label; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task without data (image, text or audio); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Studio JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Label Studio export is a list of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is Label Studio&apos;s JSON-MIN export; export as JSON (the full format) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes on images of unknown size were not written: Label Studio stores percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pascal VOC XML (labelImg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Pascal VOC file: the root element is &lt;%1&gt;, not &lt;annotation&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;object&gt; without a &lt;name&gt; and four numeric &lt;bndbox&gt; corners; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Pascal VOC XML files found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two images share the annotation file %1; the second is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 images of unknown size were written with size 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classification labels not written: Pascal VOC detection files have no place for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YOLO text labels (Ultralytics, labelImg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class in &quot;names&quot; must be &quot;- name&quot; or &quot;index: name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;names&quot; must be a list or a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;names&quot; is not closed by &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class in &quot;names&quot; must be &quot;index: name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;class cx cy w h&quot; with a class index and four numbers; line skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is not in the class names (%2 classes); box skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of %1 cannot be read (not an image, or truncated); its boxes are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label file without an image; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two images share the label file %1; the second is not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes on images of unknown size were not written: YOLO needs the size to normalise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 classification labels not written: YOLO detection labels have no place for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the image: it is corrupted, truncated or not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated: the lower part of the image is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to show the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory for the full image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: assay %1
%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>a gold answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pre-label(s)</source>
        <translation>
            <numerusform>%n pre-label</numerusform>
            <numerusform>%n pre-labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1</source>
        <translation>
            <numerusform>%n row of %1</numerusform>
            <numerusform>%n rows of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no items to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was removed: items with tasks, annotations or gold answers are kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of near-duplicate images (perceptual hash); keep one of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay: %1 has no near-duplicates at a threshold of %2 bits; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>kept %1; removed %n item(s) from the project (their files stay on disk):</source>
        <translation>
            <numerusform>kept %1; removed %n item from the project (its file stays on disk):</numerusform>
            <numerusform>kept %1; removed %n items from the project (their files stay on disk):</numerusform>
        </translation>
    </message>
    <message>
        <source>Bits (of 64) two perceptual hashes may differ in and count as one picture (default %1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this item (id, path or file name) and remove the other items of its group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the others are removed (recorded in the log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay dupes: --threshold is a whole number of bits from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no near-duplicates among %1 images (threshold %2 of 64 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of near-duplicates among %1 images (threshold %2 of 64 bits)</source>
        <translation>
            <numerusform>%n group of near-duplicates among %1 images (threshold %2 of 64 bits)</numerusform>
            <numerusform>%n groups of near-duplicates among %1 images (threshold %2 of 64 bits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group %1: %n image(s)</source>
        <translation>
            <numerusform>group %1: %n image</numerusform>
            <numerusform>group %1: %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import labels (or model predictions as pre-labels) from another tool, in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export final labels (or --all) with a manifest: versions, batches, SHA-256 of every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What annotators did with each model&apos;s suggestions: accepted as is, adjusted, rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pre-labels in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjusted: accepted boxes moved, resized or given another class since; overridden: accepted, then deleted or replaced by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue order by the pre-labels&apos; uncertainty: confidence (least confident first) or margin (smallest top-two margin first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format (default: auto, recognised from the file or folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the dataset&apos;s media are (default: the folder of the dataset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add classes the taxonomy lacks (otherwise the import stops before writing anything).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip boxes that cross the image border (they are reported either way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import COCO crowd regions as boxes (skipped and counted otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model predictions: keep them as suggestions for annotators, with their scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s name for pre-labels (default: the file&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO results: the instances file whose image and category ids they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/JSONL: the kind of every item (default: from each file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, match and report; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay import: unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay import: unknown kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported; the project is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: %1 (recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (COCO, Label Studio, CVAT, CSV, JSONL) or folder (YOLO, VOC) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation and every image, not only final labels of accepted batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay export: unknown format &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture to make a preview of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoded picture (%1 × %2) does not have the image&apos;s shape (%3 × %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preview could not be encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown order &quot;%1&quot; (confidence or margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordering by uncertainty needs pre-labels with scores (assay import --prelabels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: import payload: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pre-label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-label %1 is not one of this item&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-label %1 was decided already (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-label %1 is a class, not a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting pre-label %1 must set its class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-label %1 has no decision to take back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 labels): %3 images, %4 labelled items, %5 boxes, %6 class labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations left out: not yet final (not done, batch not accepted, or imported); --all exports them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items without a class label: their annotators tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files written; manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not export datasets (reviewers and leads may)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import was cancelled; the project is as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 images, %4 items matched, %5 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pre-labels (suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations: %2 boxes, %3 class labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes not in the taxonomy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files missing (their %2 boxes and %3 labels were not imported):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotators who are not people of the project (recorded for the importing person): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ... %1 more warnings (--json lists up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes not in the taxonomy: %1; nothing was imported (add them with --add-classes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported annotations of import %1 are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot compress imported annotations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported annotation(s)</source>
        <translation>
            <numerusform>%n imported annotation</numerusform>
            <numerusform>%n imported annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>box %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 event without &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown batch decision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s key pairs on this machine: make one (prints the public key), list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log is intact (%2 events), but the state tables were changed outside it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the file, not in the log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: in the log, not in the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not rebuild the state (admins only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log does not verify (%1); nothing was rebuilt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing key of that name (the old one is lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a key for %1 (--replace makes a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s new key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key (fingerprint %2) is in %3; give the public key above to a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(damaged: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keys in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>warning: %1 has %n admin(s); a project should have two, so that a lost key can be replaced</source>
        <translation>
            <numerusform>warning: %1 has %n admin; a project should have two, so that a lost key can be replaced</numerusform>
            <numerusform>warning: %1 has %n admins; a project should have two, so that a lost key can be replaced</numerusform>
        </translation>
    </message>
    <message>
        <source>see gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see which tasks are gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see gold scores and accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see other people&apos;s queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see other people&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read other people&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cryptography library could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay public key (it starts with &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is damaged (wrong length or characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key&apos;s receiving half is not signed by its signing half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secret key is 64 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gold pool is too small: a gold rate of %1 needs %2 different gold items for %3&apos;s queue, and %4 are available to them; mark more gold items or lower the rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for a temporary copy to replay the log into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the project to replay its log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase is needed: run on a terminal, or name a file holding it in ASSAY_PASSPHRASE_FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once more: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field longer than %1; not a CSV file of this kind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record longer than %1; not a CSV file of this kind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields in a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed (the file ends early: truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL byte: not a text file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough memory to derive the key from the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key file needs a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a key for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key for %1 here; make one with &quot;assay keys new %1&quot;, or ask a lead to register a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file (too large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file (damaged JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file of this version of Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a key file (damaged fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase for %1&apos;s key (or the key file was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file&apos;s public key is not its secret key&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file; expected the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is &quot;%1&quot;; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item &quot;%1&quot; was already rated by &quot;%2&quot; on line %3; each rater rates an item at most once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box has a negative width or height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a project file; the owner&apos;s key is made (or the one in the key store used) and registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List or add people, set their roles, register their public keys (a new key revokes the old), revoke a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Acting as someone needs their key: --as NAME (or ASSAY_USER=NAME) unlocks NAME&apos;s key from the keyring, or from $XDG_CONFIG_HOME/assay/keys/NAME.key with its passphrase, typed on the terminal or read from the file named by ASSAY_PASSPHRASE_FILE. Commands that record something fail without it; info, log verify and keys need no key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this person (default: $ASSAY_USER), signed in with their key: from the keyring, or their key file with its passphrase (typed, or in $ASSAY_PASSPHRASE_FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the key in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1&apos;s key (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command records a decision, so it must know who you are: add --as NAME (or set ASSAY_USER=NAME); NAME&apos;s key is then unlocked from the keyring, or from %1 with its passphrase (typed on the terminal, or read from the file named by ASSAY_PASSPHRASE_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s public key (from &quot;assay keys new&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key is now %2; any earlier key is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key is revoked; %1 cannot act until a new key is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2) with their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 (%2); they cannot act until their key is registered (set-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first person, an admin (default: $USER); their key is made in the key store unless there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using %1&apos;s key %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made %1&apos;s key %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register or revoke people&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 was %2&apos;s and is revoked; a revoked key is never registered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is already %2&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no registered key to revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s key %2 has been revoked; a lead or an admin must register a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no registered key in this project; a lead or an admin must register one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is not %2&apos;s registered key (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is signed in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify: check every signature, not only the last of each run of one signer&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking signatures and chains: %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the chains are intact, but these events were made without the right or the key to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a flag is resolved: open (back to the queue) or done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the resolution, kept with the task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: flag resolved, done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: flag resolved, back in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) names the action &quot;%3&quot; in clear, but its kind needs &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who was not a person of the project then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who could not %4 at that point of the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is not signed, though %3 had a registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is signed with %3&apos;s key, revoked before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is signed with a key that was not %3&apos;s registered key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 is not the first of its device: the events before it were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 does not follow the event before it on its device: an event between them was removed or altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) claims to be from before schema 6, but is not on that schema&apos;s chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) was altered: its payload does not match the hash in its envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) carries a signature that is not its signer&apos;s: the event or the events before it on its device were rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the events of device %1 were removed (it had %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events after #%1 were removed (its device had %2 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s head record of device %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event that another device had seen (%1) is missing: a device&apos;s events were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag is resolved to open or done, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task is flagged: its flag stays until a lead resolves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flag is resolved by re-queueing the task or by marking it done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the log is intact and the state is its replay (events: %2, devices: %3, signatures checked: %4, unsigned from before schema 6: %5, unsigned by people without a key: %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 forks the chain of device %2 at its event %3: this copy holds another event there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 cannot come from another copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was altered: it does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 carries a signature that is not its signer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 does not extend the chain of device %2 here (it is its event %3; this copy has %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions made apart that contradicted each other, with both sides and the rule that settled them; events refused where they arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(payload for %1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 (device %3, event %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quarantined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must recalibrate: rolling accuracy %2 over %3 gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed calibration: accuracy %2 over %3 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gate to set or lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>occluded must be 0 or 1, not &quot;%1&quot;; read as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read leniently: %1 flags written as true/false instead of 1/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read leniently: %1 flags written as text (&quot;false&quot;, &quot;1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read leniently: %1 numbers written as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read leniently: %1 image sizes missing, taken from the image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read leniently: %1 fields the format does not define, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the annotation file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with leading folders removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the subset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the upload prefix removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by their unique file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; must be 0 or 1, not &quot;%2&quot;; read as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images found in the YOLO dataset folder; give the folder of its images as the media root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no images found in the YOLO dataset folder nor under the media root %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) could not be applied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media names match more than one file (not imported; name the file with its folder or give --media-root):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a task row without its id or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown task kind &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer active: their key is revoked, and they may not act or read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n event(s) are held here without their payload (meant for other readers): their chains, hashes, signatures and authors&apos; roles were checked, their contents could not be</source>
        <translation>
            <numerusform>%1: %n event is held here without their payload (meant for other readers): their chains, hashes, signatures and authors&apos; roles were checked, their contents could not be</numerusform>
            <numerusform>%1: %n events are held here without their payload (meant for other readers): their chains, hashes, signatures and authors&apos; roles were checked, their contents could not be</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is the last admin of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gold items have no model suggestions, and this batch&apos;s items do: gold would stand out (import suggestions for the gold items too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event #%1 (%2) is by %3, who could not %4 in what their device had seen: the role was given apart from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a calibration reference, not production gold (an item is one or the other).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(calibration reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a gold item; it cannot also be a calibration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a calibration reference; it cannot also be a gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a calibration reference (assay gold add ITEM --calibration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the project for one person: every envelope, the payloads they may read, the media of their tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull what the remote has and push what it lacks; confidential payloads travel encrypted to their readers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay out a PostgreSQL server for sync (or bring it up to date); map a person to the PostgreSQL role they connect as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review queues filled by a lead&apos;s rules (spot audit, low agreement, flags); accept, fix, reject with a reason, escalate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item&apos;s versions and reviews; decide it with a justification (the versions not chosen are kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open read-only (%2): it can be read, nothing can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance criteria, e.g. alpha&gt;=0.8,gold&gt;=0.9,low&lt;=0.05,audit&gt;=0.95.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  audit accuracy %1 (%2 audited answers), reviewer agreement %3 (%4 second reviews)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a number, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not x,y,w,h,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es) of %1</source>
        <translation>
            <numerusform>%n box of %1</numerusform>
            <numerusform>%n boxes of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot-audit share (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many answers of each annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose agreement is below this (default: the batch&apos;s item threshold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No low-agreement rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose consensus confidence is below this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample&apos;s seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of reviewed answers reviewed again, blind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement (lowest first), annotator, class or random.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this annotator&apos;s answer on the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason from the lead&apos;s list (assay review PROJECT reasons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, in words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline section cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class of the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix&apos;s boxes: a CSV of x,y,w,h,label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers new in the review queue (of %2 done; %3); seed %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flagged task(s) sent to review</source>
        <translation>
            <numerusform>%n flagged task sent to review</numerusform>
            <numerusform>%n flagged tasks sent to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed answer(s) back in the queue for a blind second review</source>
        <translation>
            <numerusform>%n reviewed answer back in the queue for a blind second review</numerusform>
            <numerusform>%n reviewed answers back in the queue for a blind second review</numerusform>
        </translation>
    </message>
    <message>
        <source>assay review: a reason is CODE=TEXT, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay review: unknown order &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (second review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of &quot;%1&quot; is in your review queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2&apos;s answer on %3 (decision %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no batch has a review queue yet (assay review PROJECT rules --batch B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejections by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of your answers has been reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version chosen (its number, as listed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class of a new answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new answer&apos;s boxes: a CSV of x,y,w,h,label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason from the lead&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The justification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline section followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items escalated and not adjudicated yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to adjudicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assay adjudicate: --choose wants a version number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated %1 (decision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>versions of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n supporter(s): %1</source>
        <translation>
            <numerusform>%n supporter: %1</numerusform>
            <numerusform>%n supporters: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, a reviewer&apos;s fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 by %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  adjudicated by %1%2: %3 (%4: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person the copy is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a copy for %2 with %3 events (%4 of them as envelopes alone: not for this person) and %5 media files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  media not found, not copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no remote: name one with --remote folder:PATH (or postgres:URL); it is remembered for the next sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where copies meet: folder:PATH, or postgres:URL (a libpq connection string or URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 event(s) in, %3 out; media %4 in, %5 out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  media on neither side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL role the person connects as (made by the server&apos;s admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: laid out, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 connects as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each item&apos;s final label with the annotations, reviews and adjudications that produced it (JSON Lines, beside the export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provenance of %1 final labels (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds an invisible text-direction control (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a control character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in QA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share the keys of confidential payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicate contested items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted payload is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encrypted payload does not open with its key (changed, or another key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a receiving key is not signed by its person&apos;s signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed key is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sealed key is not for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string longer than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels of lists and objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>class &quot;%1&quot;: %n control or text-direction character(s) replaced by U+FFFD</source>
        <translation>
            <numerusform>class &quot;%1&quot;: %n control or text-direction character replaced by U+FFFD</numerusform>
            <numerusform>class &quot;%1&quot;: %n control or text-direction characters replaced by U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 &quot;%2&quot;: control or text-direction characters written as U+FFFD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB: larger than the %2 MiB a text file may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declares %1 x %2 pixels (%3 gigapixels), more than the limit of %4 gigapixels (ASSAY_MAX_IMAGE_PIXELS): not decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated: the WAV data chunk is shorter than its header says (it holds %1 s of the %2 s it claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a setting of a copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [event id %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state table %1 was changed outside the log: a row in the file, not in the log: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state table %1 was changed outside the log: a row of the log is missing from the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot; is not one of alpha&gt;=X, gold&gt;=X, low&lt;=X, item&gt;=X, audit&gt;=X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audited answer was decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry without an id or a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown review decision &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit rate must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum per annotator may not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1 is not flagged: only flagged tasks are routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share must be in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box too loose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box too tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box on no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>against the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclear case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reason needs a code without commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not review their own work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second review goes to another reviewer than the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this answer was decided already (%1); undo that decision first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this task has no answer to review yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the reasons the lead keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fix needs the corrected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rejection needs a reason from the list and a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an escalation needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no review decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this decision was undone already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not undo another reviewer&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this answer is under review: it cannot change until it is decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this answer was accepted in review: it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this answer is escalated to adjudication: it cannot change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one version or give a new answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication needs a reason from the lead&apos;s list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication needs a justification text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an adjudication cites the guideline section it follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no version %1 of this item (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new answer needs a class or a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: nothing more could be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project may only be read here: the file or its folder is read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read-only project needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot turn read-only inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only (%1): nothing can be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): not an Assay project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and its schema %2 must be upgraded to %3 before this version can read it; open a writable copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 was altered: its payload does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is signed in: syncing needs a person&apos;s keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s content does not match its SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared folder is not there, nor its parent (a drive not mounted?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an Assay shared folder, or of a newer format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this shared folder is for another project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is not empty and is not an Assay shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make the folder&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file of this format (left by another tool or an interrupted write): ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2): ignored this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cut short (still arriving, or torn): ignored until it is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the server&apos;s layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s layout is of a newer version (%1) than this build knows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lay out the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the policy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map the person to a PostgreSQL role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the server&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the server&apos;s project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this server holds another project (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read events from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot check the events against the server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 forked at its event %2: the server holds another event there; nothing was pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read media from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send media to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s media does not match its SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown remote &quot;%1&quot;: folder:PATH or postgres:URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote names no folder: folder:PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote names no server: postgres:URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not make copies of the project for others (leads and admins do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key: register one first (assay people PROJECT set-key %1 --key PUBLIC_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events from before schema 6 hold what %1 may not read, and their hashes cover it: a copy for %1 cannot leave it out. Make a new project for the team (assay export, then import) to work apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync cancelled; what was done so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in to sync: the person&apos;s keys open and seal what travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is open read-only (%1): it cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what the remote has…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 of device %2 does not match its hash or signature: refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 forked at its event %2 (two different events there): both refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 forks the chain of device %2 at its event %3: this copy holds another event there; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n event(s)…</source>
        <translation>
            <numerusform>Adding %n event…</numerusform>
            <numerusform>Adding %n events…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n event(s)…</source>
        <translation>
            <numerusform>Sending %n event…</numerusform>
            <numerusform>Sending %n events…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchanging media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an event line (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event line without its envelope&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid export manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;assay_manifest&quot; version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export manifest version %1 is newer than this build reads (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;files&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1: the path must be relative and stay inside the manifest&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1: listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1: no size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1: no SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a time such as 2026-12-07T09:00:00Z, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set create wants a NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration set &quot;%1&quot; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set add wants SET ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to calibration set &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalibration gate lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recalibration gate set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no finished attempt to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1 wants the session&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>session &quot;%1&quot; started for %n member(s)</source>
        <translation>
            <numerusform>session &quot;%1&quot; started for %n member</numerusform>
            <numerusform>session &quot;%1&quot; started for %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>attempt %1: %2/%3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people (pass mark: accuracy %1, box F1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box F1 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort: Krippendorff&apos;s alpha %1, mean pairwise kappa %2, pairwise box F1 %3; with the reference: accuracy %4, kappa %5, box F1 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items most people got wrong:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session &quot;%1&quot; closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown session verb &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in &quot;%2&quot;, attempt %3: %4; accuracy %5, box F1 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours: %1; reference: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reference class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the reference is what it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline section the explanation cites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session&apos;s calibration set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort, by name, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A,B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: accuracy against the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass mark: box F1 against the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session opens (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it closes (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members get no production task until they pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose debrief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versioned guidelines: drafts only authors see, published versions bound to the taxonomy, the diff by section, worked examples, the sections flags and rejections cite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sets with reference answers and explanations; sessions for a cohort with a pass mark and retries; results, hints and debriefs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement, gold accuracy, verdicts, consensus labels and anomalies per batch; quality over time and drift alerts with their evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audit report (HTML, PDF) stating its snapshot; verify recomputes every figure from the log and says whether the report matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move: the class to place it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: the new class existing labels read as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split: send existing labels back for re-labeling, as tasks in a new batch of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how many annotations, gold answers and pre-labels per batch the change touches, and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  split class %2 (taxonomy version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no gold answers to redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--assign names none of the new classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) for re-labeling in batch %1</source>
        <translation>
            <numerusform>%n task for re-labeling in batch %1</numerusform>
            <numerusform>%n tasks for re-labeling in batch %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gold answer(s) to redo (assay taxonomy PROJECT gold-redo)</source>
        <translation>
            <numerusform>%n gold answer to redo (assay taxonomy PROJECT gold-redo)</numerusform>
            <numerusform>%n gold answers to redo (assay taxonomy PROJECT gold-redo)</numerusform>
        </translation>
    </message>
    <message>
        <source>archived class %1: labels use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: not x,y,w,h with a positive size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unpublished draft (authors).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One section, by anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Markdown file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive, negative or edge-case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV of the example&apos;s boxes: x,y,w,h per row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unpublished draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section #%1 in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft saved: &quot;%1&quot;, %2 sections (not visible to annotators until published)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classes without a section (publishing needs one each): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline version %1 published (taxonomy version %2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no section changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no flag or rejection cites a section
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2: %3 cited (%4 flags, %5 rejections) — %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no such section now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an example of %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is positive, negative or edge-case, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 example of %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality over time, per person and class, with drift alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the drift alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points per day, or per this many tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day|N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report matches the log (every figure and the visible text recomputed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report does NOT match the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootstrap resamples of the intervals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the bootstrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drawing the report&apos;s charts needs the workstation program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audit report written (%2 charts); check it with: assay report verify %3 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accuracy drop, %2 to %3: gold accuracy %4 over the last %5 answers against %6 over %7 before; z = %8 &gt;= %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: class shift, %2 to %3: %4 is %5 of the last %6 answers against %7 of the cohort&apos;s %8; Jensen-Shannon divergence %9 &gt;= %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bucket is &quot;day&quot; or a number of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person (value and answers per %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit accuracy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds per task (median): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs (Cohen&apos;s kappa, items both labeled, disagreed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold references most people miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reference %2): missed by %3 of %4; answered %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 event(s) of kinds this version of Assay does not know (%2): kept and passed on; update Assay to apply them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name classes as taxonomy version N does, labels mapped through its merges and splits (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>confused %1 and %2 (%n time(s))</source>
        <translation>
            <numerusform>confused %1 and %2 (%n time)</numerusform>
            <numerusform>confused %1 and %2 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed objects of class %1 (%n time(s))</source>
        <translation>
            <numerusform>missed objects of class %1 (%n time)</numerusform>
            <numerusform>missed objects of class %1 (%n times)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>marked class %1 where the references have none (%n time(s))</source>
        <translation>
            <numerusform>marked class %1 where the references have none (%n time)</numerusform>
            <numerusform>marked class %1 where the references have none (%n times)</numerusform>
        </translation>
    </message>
    <message>
        <source>a calibration set needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the set name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a calibration set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration set &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reference items given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a reference answer needs classes or boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a gold item; it cannot also be a calibration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session name &quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is already a calibration session &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs at least one attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pass mark must be in [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session must close after it opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calibration set &quot;%1&quot; has no reference items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session needs members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already worked on %2 outside calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration session &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a member of session &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy %1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box F1 %1 below %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 of %2: %3 of %4 items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passes; not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 finished: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>failed after %n attempt: %1</numerusform>
            <numerusform>failed after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the calibration session &quot;%1&quot; is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a member of session &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no debrief yet in &quot;%2&quot;: it comes after the last attempt or once passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read guideline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see calibration reference answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a worked example of the guideline; it cannot also be a calibration reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a worked example of the guideline; it cannot also be a gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is in a calibration set; it cannot also be a gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no guideline version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guideline has been published yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the guideline is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the draft was not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no unpublished draft: save one first (assay guideline PROJECT edit --from FILE.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every class needs a section (a heading with its name): %1 has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an image example has boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is kept for quality checks; it cannot be a worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a calibration reference; it cannot also be a worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is a gold item; it cannot also be a worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not a worked example of that class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the anchor {#%1} is used by two headings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Definition.** %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Use it when** …

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Do not use it when** …

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: every answer in the project (%1 answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2 (%3 answers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the log at these heads, one per device; state digest %1. Check it with: assay report verify PROJECT FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy and guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 (%2 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy in force: %1; current version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidelines in force: %1; current version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha [95% CI]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch&apos;s figures are over all its answers, as assay quality reports them; its interval is over the period&apos;s answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha (nominal) of the period&apos;s production answers: %1 over %2 items. The interval is the 2.5th to 97.5th percentile of %3 bootstrap resamples of items (std::mt19937_64, seed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disagreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gold and audit accuracy by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy by day (answers): %1; threshold %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy %1 over the last %2 answers against %3 over %4 before; z = %5 (alert at %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1: %2 of the last %3 answers against %4 of the cohort&apos;s %5; Jensen-Shannon divergence %6 (alert at %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1, reference %2: missed by %3 of %4 (answered %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no assay-snapshot block: not an Assay report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the assay-snapshot block is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visible text differs from the text the report was made with (SHA-256 of the body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is not in this copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 is at event %2 here, at %3 in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 has events the report did not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s state digest differs from the report&apos;s although every head is the same: run assay log verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the figures of &quot;%1&quot; differ from the log&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a figure of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visible text differs from the log&apos;s at line %1: &quot;%2&quot; where the log gives &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class needs a name: annotators pick it by its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has spaces at its start or end; they would not show in lists but make two names differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hotkey is one key or a chord of two such as &quot;0, 3&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour &quot;%1&quot; is not of the form #rrggbb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another class is already named &quot;%1&quot;: annotators could not tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotkey %1 is already used by &quot;%2&quot; (%3): one key would pick two classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people with deuteranopia (green-blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people with protanopia (red-blind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colour is too close to that of &quot;%1&quot; for %2 (ΔE %3 &lt; %4): their boxes would be confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class cannot be placed inside its own sub-class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; move them before merging it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; archive or move them first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class to place it before does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a split makes at least two classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels can only be assigned to one of the new classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has sub-classes; move them before splitting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels sent back for re-labeling need a batch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would touch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is in a calibration set, never gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tasks of a pooled batch from a PostgreSQL server into your queue, for as long as the lease lasts; done tasks end their leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned queues: annotators lease the tasks from a PostgreSQL server (assay lease), gold mixed in at the rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a pooled batch&apos;s lease lasts (60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers made under this taxonomy version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers made under this guideline version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no taxonomy version %1 (the latest is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no guideline version %1 (the latest is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers made under taxonomy version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only answers made under guideline version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has moved on since the report (%2); verified against its state at the report&apos;s snapshot, rebuilt from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected answers go back to their annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected answers go to the least-loaded other annotator of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected answers go to %1 (back to their annotator when %1 has the item already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  calibration &quot;%1&quot;: %2, attempt %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server that hands out the tasks: postgres:URL (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tasks to take (10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from this pooled batch (name or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) leased</source>
        <translation>
            <numerusform>%n task leased</numerusform>
            <numerusform>%n tasks leased</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1, until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n lease(s) of done tasks ended</source>
        <translation>
            <numerusform>; %n lease of done tasks ended</numerusform>
            <numerusform>; %n leases of done tasks ended</numerusform>
        </translation>
    </message>
    <message>
        <source>the file does not exist, and its folder %1 is empty: a disk or network folder that is not mounted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is not there: a disk or network folder that is not mounted, or a folder that was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media folder %1 is not there: a disk or network folder that is not mounted, or a folder that was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media folder %1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media folder %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media folder %1 is empty: a disk or network folder that is not mounted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this copy&apos;s log does not hold event %1 of device %2 as it was (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy rebuilt at the report&apos;s snapshot is not at it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room for a temporary copy at the report&apos;s snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is not at the report&apos;s snapshot (%1), and its state there cannot be rebuilt: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the report&apos;s snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not annotate: rejected answers cannot go to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s folder is read-only, and its last changes are still in %1, which can only be read with a -shm file beside it: copy the project file with its -wal file to a writable folder and open the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file is no longer there (%1): nothing more was saved; what was saved before is kept in the file. Open the project again once its folder is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is on read-only media (a disk or folder mounted read-only): a project cannot be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder is read-only (no permission to write in it): a project cannot be made there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project is on read-only media (a disk or folder mounted read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s folder is read-only: SQLite cannot make its -wal and -shm files beside the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 forked at its event %2: the push holds two events there; nothing was pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot send the pool to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server hands out no tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot end leases on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this remote hands out no task leases: pooled batches need a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask for at least one task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open pooled batch: a lead marks a batch as pooled and syncs with the server first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no open pooled batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a lease lasts at least a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a task without id or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lease lasts at least a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gold rate needs gold items (assay gold add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored the consensus of %n item(s) (Dawid-Skene, %1)</source>
        <translation>
            <numerusform>Stored the consensus of %n item (Dawid-Skene, %1)</numerusform>
            <numerusform>Stored the consensus of %n items (Dawid-Skene, %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>converged in %n iteration(s)</source>
        <translation>
            <numerusform>converged in %n iteration</numerusform>
            <numerusform>converged in %n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not converged after %n iteration(s)</source>
        <translation>
            <numerusform>not converged after %n iteration</numerusform>
            <numerusform>not converged after %n iterations</numerusform>
        </translation>
    </message>
    <message>
        <source>(tied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consensus figures are stored for this batch (assay review PROJECT consensus --batch B store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANSWERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONFIDENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSENSUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an item without an id or with a confidence outside [0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer of task %1 is in review (%2): its annotator may not change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable TIFF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TIFF image is not tiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no level %1 in the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region is outside the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tile %1 of level %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tile of level %1 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole-slide image this build can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide has no readable level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build cannot read whole-slide images (no OpenSlide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a tiled image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event line whose counters are not whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event line whose envelope&apos;s fields hold line breaks or text that is not Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is read by region: it is never decoded whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not make the tile pyramids of huge images now; the window makes each when its image is first shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tile pyramid for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>made the tile pyramids of %n huge image(s) in %1 s</source>
        <translation>
            <numerusform>made the tile pyramid of %n huge image in %1 s</numerusform>
            <numerusform>made the tile pyramids of %n huge images in %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>slides&apos; label, macro and thumbnail images: shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slides&apos; label, macro and thumbnail images: never shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged tile pyramid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is %1 x %2 pixels, the image %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its levels end at %1 x %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pyramid maker %1 cannot be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pyramid maker stopped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tile pyramid cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown libvips error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvips could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 x %2 pixels now, the project&apos;s item %3 x %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tile pyramid cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file carries no image &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: not every directory of the file can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image &quot;%1&quot; declares %2 x %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) taken as parts of multi-file slides (MRXS data, VMS pieces and macro images), not as items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>its tiles of %1 x %2 pixels are too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tiles of level %1 do not have the size they say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s media settings: whether slides&apos; label and macro images may be shown, and travel with the slides to other copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the label, macro and thumbnail images of whole-slide files may be shown and travel with the slides to other copies (on), or not (off, the default: checkouts and sync send slides without them): a label can show a patient&apos;s name. A lead&apos;s setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  slide withheld, not copied (its label and macro images are not allowed, and cannot be taken out of this kind of file): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  slide withheld, neither pushed nor pulled (its label and macro images are not allowed, and cannot be taken out of this kind of file): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the slide&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory %1 of the slide cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide&apos;s %1 image has no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a directory lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide&apos;s %1 image lies outside the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide&apos;s images overlap its directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide without its label does not match its SHA-256 %1: the file changed since it was taken in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make a folder for the slide&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::BatchDialog</name>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. week 12 — street scenes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All production items of &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These &amp;items (an id, path or file name a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people who will label (Work ▸ People)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different people label each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of gold tasks mixed into each queue, unseen by the annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project order (shuffled per queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>least confident pre-label first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smallest margin between the top two first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering by uncertainty needs imported pre-labels with scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance criteria: Krippendorff&apos;s alpha, gold accuracy, the share of items below the item threshold; empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the queues without recording anything (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Preview Queues to see each person&apos;s queue before the batch is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue (G: gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance &amp;criteria:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (required to reject; kept in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance criteria and this batch&apos;s figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the project is an annotator yet: add the people who will label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who works this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the batch a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tick at least one annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the items, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the batch exactly as previewed (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the queues first: the batch made is the one previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n production item(s), each to %1 person(s); %2 gold item(s) to draw from. Nothing is recorded until Create Batch.</source>
        <translation>
            <numerusform>%n production item, each to %1 person(s); %2 gold item(s) to draw from. Nothing is recorded until Create Batch.</numerusform>
            <numerusform>%n production items, each to %1 person(s); %2 gold item(s) to draw from. Nothing is recorded until Create Batch.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the batch: its answers count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the batch: its tasks are re-queued as a new batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why in the field above: a rejection needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batches yet: make the first one on the New Batch tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on %n item(s)</source>
        <translation>
            <numerusform>on %n item</numerusform>
            <numerusform>on %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>over %n gold task(s)</source>
        <translation>
            <numerusform>over %n gold task</numerusform>
            <numerusform>over %n gold tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>no gold task of this batch is done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alpha –: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy –: no gold task of this batch is done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is outside the bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch has no acceptance criteria: decide on the figures above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every criterion passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the batch is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poo&amp;led: annotators lease tasks from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned queues: each annotator takes tasks from a PostgreSQL server (assay lease) for a while; gold is mixed into what each person leases at the gold rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a lease lasts before its task returns to the pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease &amp;lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handing out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an answer rejected in review goes to be done again; the reviewer&apos;s reason goes with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;jected in review, redone by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the least-loaded other annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another annotator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the pool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A pool of %n production item(s), each for %1 person(s), and %2 gold item(s) mixed in at the rate as people lease; leases last %3 min. Nothing is recorded until Create Batch.</source>
        <translation>
            <numerusform>A pool of %n production item, each for %1 person(s), and %2 gold item(s) mixed in at the rate as people lease; leases last %3 min. Nothing is recorded until Create Batch.</numerusform>
            <numerusform>A pool of %n production items, each for %1 person(s), and %2 gold item(s) mixed in at the rate as people lease; leases last %3 min. Nothing is recorded until Create Batch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::CalibrationDebriefDialog</name>
    <message>
        <source>Calibration Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no calibration debrief yet: it comes after the last attempt of a session, or once passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration Debrief — %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at attempt %3 — accuracy %4 (pass mark %5), box F1 %6 (pass mark %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no explanation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline section: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::CalibrationResultsView</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the cohort answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the Session&apos;s &amp;Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief of Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every finished attempt: record passes (lifting the recalibration gate), queue retries with hints, release debriefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration session yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 ready — pass mark: accuracy %3, box F1 %4; %n attempt(s) allowed</source>
        <translation>
            <numerusform>%1 of %2 ready — pass mark: accuracy %3, box F1 %4; %n attempt allowed</numerusform>
            <numerusform>%1 of %2 ready — pass mark: accuracy %3, box F1 %4; %n attempts allowed</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to judge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort with each other:&lt;/b&gt; Krippendorff&apos;s α %1, mean pairwise Cohen&apos;s κ %2 (%3 pairs), pairwise box F1 %4 &amp;nbsp;&amp;nbsp; &lt;b&gt;with the reference:&lt;/b&gt; accuracy %5, mean κ %6, box F1 %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 wrong) → guideline %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item was missed by most of the cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most missed — guideline sections to look at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::CitationsDialog</name>
    <message>
        <source>Guideline Citations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a section for the items whose flags or rejections cite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections annotators&apos; flags and reviewers&apos; rejections cite, most cited first: the places where the guideline confuses people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items citing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer in the guideline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag or rejection cites a section yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::ClassListEditor</name>
    <message>
        <source>&amp;Add Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a class name, e.g. cat; Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (key %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the class named on the left (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected class (answers keep it; a new taxonomy version)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::ClassSpreadChart</name>
    <message numerus="yes">
        <source>How the %n member(s) answered</source>
        <translation>
            <numerusform>How the %n member answered</numerusform>
            <numerusform>How the %n members answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Classes drawn by the %n member(s)</source>
        <translation>
            <numerusform>Classes drawn by the %n member</numerusform>
            <numerusform>Classes drawn by the %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 box(es) drawn; the reference has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>green: the reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::CohortOverlay</name>
    <message>
        <source>Select an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labelled by class: the spread of answers is beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <translation>
            <numerusform>%1 (%n)</numerusform>
            <numerusform>%1 (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::DebriefCanvas</name>
    <message>
        <source>No boxes on this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid green: reference   dashed orange: yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final labels only (done tasks of accepted batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything: every annotation, imported ones too, and every image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indent JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format the other tool reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One answer per item: the consensus of its annotators, from batches a lead accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation with its annotator, and images without labels too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readable, larger files; off writes one line, as most training tools expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels only: media files are not copied. A manifest beside the output records the project&apos;s state, the versions and the SHA-256 of every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the files and the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into: one label file per image, and manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; the manifest is written beside it (…manifest.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Into Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (*.%2);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; this format writes into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Files of the same names will be replaced. Export into it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; this format writes one file. Add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: removing the files written so far…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; the files written so far were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset could not be exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 images with %2 boxes to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 items with %2 class labels to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 images with %2 boxes and %3 class labels to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything: every annotation and every image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final labels of accepted batches only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 annotations were left out: not final yet (not done, batch not accepted, or imported). “Everything” exports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items without a class label: their annotators tied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::FirstRunWizard</name>
    <message>
        <source>Set Up the Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Batch and Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who labels, reviews and leads. Each person signs in with their own key; what they may do follows from their roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: cannot sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person with their roles and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels people choose from. Each gets a colour and a hotkey; renaming or removing one later makes a new taxonomy version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images, text documents and audio clips. Files stay where they are; the project keeps their hashes, so a changed file is noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media F&amp;iles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every media file in a folder and its subfolders (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen media files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items yet: add a folder or files above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has %1 item(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch hands the items out: each goes to as many annotators as the overlap says. Work ▸ Batches has every option and a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many different people label each item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold needs gold items: mark some while labeling (Ctrl+M) and set the rate in a later batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gold rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you can label so far: go Back to add people, or label yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who works this batch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one annotator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add at least one class: people label with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::FlagsDialog</name>
    <message>
        <source>Back to the annotator&apos;s &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotator labels it again, with your note beside the flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annotator&apos;s answer stands as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note for the annotator and the guideline authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flagged tasks. Annotators flag an unclear item with F while labeling; it waits here for a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the selected flag as chosen above (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flag is selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::GoldDialog</name>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person&apos;s rolling accuracy is over this many latest gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer passes, and a person stays in production, at this accuracy or above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verdict on a person before this many gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people answered the selected item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minimum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gold rate is set per batch (Work ▸ Batches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n box(es)</source>
        <translation>
            <numerusform>%n box</numerusform>
            <numerusform>%n boxes</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold items yet. While labeling, Work ▸ Mark as Gold (Ctrl+M) makes the item gold with your answer as its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gold item(s). Gold tasks are mixed into queues at each batch&apos;s gold rate, looking like any other task.</source>
        <translation>
            <numerusform>%n gold item. Gold tasks are mixed into queues at each batch&apos;s gold rate, looking like any other task.</numerusform>
            <numerusform>%n gold items. Gold tasks are mixed into queues at each batch&apos;s gold rate, looking like any other task.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody has answered it yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the gold gate&apos;s settings for the whole project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gold answer cannot be taken back in this version: edit its reference instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the reference classes of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored: answered before the item was gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference Classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The reference&apos;s %n box(es) stay as they are.</source>
        <translation>
            <numerusform>The reference&apos;s %n box stays as they are.</numerusform>
            <numerusform>The reference&apos;s %n boxes stay as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::ImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind of items:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add missing classes to the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip bo&amp;xes to the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep COCO crowd re&amp;gions as boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as &amp;pre-labels (model predictions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A labels file, or a YOLO or VOC folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO, Label Studio, CVAT, CSV or JSON Lines file; YOLO or Pascal VOC folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a labels file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fol&amp;der…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a dataset folder (YOLO, Pascal VOC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto (recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto reads the file or folder to tell its format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dataset&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the dataset&apos;s images and documents are; relative paths in the file are read from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the media folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The COCO instances file the results refer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO results name images and categories by id: the instances file gives their names and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the COCO instances file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From each file&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and JSON Lines: the kind of every item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes the taxonomy lacks become new classes. Off: a file that names unknown classes is not imported at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes that cross the image border are cut at the border (they are reported either way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO regions marked iscrowd=1 are skipped and counted unless this is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions are kept as suggestions for annotators, with their scores, not as anyone&apos;s labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name (default: the file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the suggestions are shown under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (dry run) reads the file, matches its media and classes, and reports what an import would do, without changing the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check (dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, match and report; write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in one step: everything or, on an error or Cancel, nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Dataset Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Labels File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels (*.json *.xml *.csv *.jsonl *.yaml *.yml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Media Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the COCO Instances File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COCO JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising the format…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: %1. Choose the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import would stop: tick “Add missing classes to the taxonomy” to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the project is being rolled back to how it was…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled and rolled back: nothing was imported, the project is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “Add missing classes to the taxonomy” to add them and import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1; the project is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 pre-labels from %2 as suggestions for annotators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 boxes from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 class labels from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 boxes and %2 class labels from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (recognised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 already in the project, %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes added to the taxonomy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files were not found; their %2 boxes and %3 labels were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 media files could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries skipped (shapes without a box, crowd regions, invalid boxes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings; see the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes were clipped to their image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators who are not people of the project, recorded for you: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::ItemsDialog</name>
    <message>
        <source>%1: no items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s).</source>
        <translation>
            <numerusform>%1: %n item.</numerusform>
            <numerusform>%1: %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::app::LabelingPanel</name>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this task and show the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag this task for the guideline authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no tasks in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That was the last task of your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guideline unclear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the guideline authors know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image class (one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image classes (any number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected suggestion of the model, or the best-scored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggestion of the model on this item (one undo step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggestion of the model, or the best-scored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestions left on this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s).</source>
        <translation>
            <numerusform>Accepted %n suggestion.</numerusform>
            <numerusform>Accepted %n suggestions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The class of the next box you draw: a class&apos;s hotkey changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next box: no class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next box: %1 &lt;b&gt;%2&lt;/b&gt;%3</source>
        <extracomment>%1: a coloured square, %2: the class&apos;s name, %3: its hotkey in parentheses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this skipped task is left in your queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is labeled on this image. Press N again to submit it as having no objects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class is chosen. Press N again to submit it without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work ▸ Batches (Ctrl+Shift+B): hand items out to annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this item gold, with your current answer as its reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put people, yourself included, in a batch to give them tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead puts you in a batch; your tasks appear here then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this item gold, with your current answer as its reference (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the item first: your answer becomes its gold reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is gold now, with your answer as its reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline section this flag is about; the authors see which sections are cited most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::MainWindow</name>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Media Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema %1; the old file is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open — File ▸ Open Project (Ctrl+O) or New Project (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assay projects (*.assay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assay projects (*.assay);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and adding media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media could not be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding media was cancelled; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>Added %n item.</numerusform>
            <numerusform>Added %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were skipped or already in the project.</source>
        <translation>
            <numerusform>%n file was skipped or already in the project.</numerusform>
            <numerusform>%n files were skipped or already in the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>About Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Assay %1&lt;/h3&gt;&lt;p&gt;A labeling workstation with quality control built in: gold tasks, agreement, review and a tamper-evident decision log.&lt;/p&gt;&lt;p&gt;Qt %2 · OpenCV %3 · SQLite&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project before adding media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom and the cursor&apos;s position in image pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks done of your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;Labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labeling could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag on the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>middle-drag, or Space + drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mouse wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrow keys (Shift: 10 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quality Panel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Near-Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-Duplicates — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not import: it needs the lead role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels or predictions from COCO, YOLO, Pascal VOC, Label Studio, CVAT, CSV or JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not export: it needs the reviewer or lead role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s labels in an interchange format, with a manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Labels — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n pre-label(s).</source>
        <translation>
            <numerusform>Imported %n pre-label.</numerusform>
            <numerusform>Imported %n pre-labels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n box(es) and %1 class label(s).</source>
        <translation>
            <numerusform>Imported %n box and %1 class label(s).</numerusform>
            <numerusform>Imported %n boxes and %1 class label(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Dataset — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported; manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a suggested box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click its dashed line or its tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a suggested box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected suggested box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own the new project as %1. Choose a passphrase for your key (kept in %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase once more:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in: Work ▸ Sign In first (Ctrl+Shift+P).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a box (also inside another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag its line, or Ctrl + drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag a handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class 10 to 19 (the 13th: 0 then 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0, then its number&apos;s last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/, type, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit with nothing labeled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N, then N again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Media Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Up Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;old Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fl&amp;agged Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Up Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on the project: roles, keys, queues, accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create batches with a preview of the queues; accept or reject them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items, how people answered them, the gold gate&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks annotators flagged, each with its item; resolve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch&apos;s agreement, gold accuracy and verdicts; a click on a figure opens the items behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, classes, media and a first batch, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no items yet. Add a folder of images, texts or audio clips, or set the project up step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every media file in a folder and its subfolders (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen media files (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People, classes, media and a first batch, step by step (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold Items — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged Tasks — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be made read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log of this project does not verify; it is now open read-only. Run assay log verify for the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be recorded in this project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only) — Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers in review side by side: accept, fix, reject, escalate (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project could not be signed in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calibration Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Calibration &amp;Debrief…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calibration session&apos;s results: who is ready and why not, how the cohort answered each item, agreement with each other and with the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your debrief after a calibration session: your answers beside the reference, with the explanations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes in a tree; renames, merges and splits previewed per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items cannot be shown: %1. The project itself is fine; they show again once the folder is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calibration: %n attempt(s) judged on your behalf</source>
        <translation>
            <numerusform>Calibration: %n attempt judged on your behalf</numerusform>
            <numerusform>Calibration: %n attempts judged on your behalf</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 to try again, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline C&amp;itations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline sections flags and review rejections cite most, with their items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile pyramid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide &amp;Label and Macro…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Slide &amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide Label and Macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A slide&apos;s label and macro images can show a patient&apos;s name: a lead allows them per project (Work ▸ Allow Slide Labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image shown is not a slide with a label or macro image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label, macro and thumbnail images of the slide shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether slides&apos; label and macro images may be shown in this project; they are never exported or synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were taken as parts of multi-file slides.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Let the label and macro images of whole-slide files be shown and travel with the slides to other copies (otherwise checkouts and sync send slides without them): a label can show a patient&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::MigrationPreviewDialog</name>
    <message>
        <source>Preview of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels keep their class ids: the change is recorded as a new taxonomy version, and earlier versions still read as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold answers are not counted: you may not see them. Labels keep their class ids; earlier versions still read as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::PeopleDialog</name>
    <message>
        <source>&amp;Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Re&amp;calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every role from %1 and revoke their key? Their work stays in the project; they can no longer sign in or act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No roles: this person cannot act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key registered: %1 cannot sign in until a lead registers one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet: put %1 in a batch (Work ▸ Batches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n flagged</source>
        <translation>
            <numerusform>, %n flagged</numerusform>
            <numerusform>, %n flagged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pending, %2 skipped, %3 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time spent on a done task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No done task has time recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%n answer(s))</source>
        <translation>
            <numerusform>%1 % (%n answer)</numerusform>
            <numerusform>%1 % (%n answers)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling accuracy over the latest gold answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold answer scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the gold threshold: works calibration tasks only until recalibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you are in this project. Add the people who will label, review or lead with Add Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people. Double-click a person to change their roles.</source>
        <translation>
            <numerusform>%n person. Double-click a person to change their roles.</numerusform>
            <numerusform>%n people. Double-click a person to change their roles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a person with their roles and key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected person&apos;s roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every role from the selected person and revoke their key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare that the selected person passed calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person is not held for recalibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % (%n audit(s))</source>
        <translation>
            <numerusform>%1 % (%n audit)</numerusform>
            <numerusform>%1 % (%n audits)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audited answers a reviewer accepted unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer of theirs audited yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::PermissionHint</name>
    <message>
        <source>nobody is signed in: Work ▸ Sign In (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 (%3)</source>
        <extracomment>%1: a person, %2: what they may not do (&quot;manage people&quot;), %3: their roles, or why none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::PersonDialog</name>
    <message>
        <source>&amp;Make a new key on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a public key the person sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key &amp;yet (they cannot sign in until one is registered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short name to sign in with, e.g. alice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as shown in the window, e.g. Alice Martin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protects the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same passphrase once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text `assay keys new NAME` printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key stays on this computer (%1): whoever signs in here as the person needs its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person made their key on their own computer and sent you its public half; the secret half never leaves their computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the person&apos;s public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a passphrase for the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a key file (letters, digits, . _ -)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::PyramidBuilder</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop making tile pyramids. An image without one still shows from its reduced copy; its pyramid is made again when it is next shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tile pyramid lets a huge image be zoomed without decoding it whole. It is made once and kept beside the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile pyramid of %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::QueueStrip</name>
    <message>
        <source>Your queue: open, done, skipped and flagged tasks; click one to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done · %2 skipped · %3 flagged · %4 open</source>
        <extracomment>The states of a person&apos;s queue, as shown above the labeling view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::RoleChecks</name>
    <message>
        <source>Works a queue of tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews other people&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages people, batches and gold; accepts or rejects batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs calibration; clears recalibrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits the taxonomy and the guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May do everything, including project settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decides escalated and contested items, with a justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your work is recorded under your name and your key: choose who you are and unlock your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of %1&apos;s key file, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key file for %1 on this machine (%2); the keyring is tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the key in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of %1&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::SlideImagesDialog</name>
    <message>
        <source>These images are not part of the slide: a label can show a patient&apos;s name. A lead allowed them for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide Label and Macro — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slide file carries no label, macro or thumbnail image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::SyncController</name>
    <message>
        <source>Reaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what was done so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to sync it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project is open read-only (%1): it cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sync: your keys open and seal what travels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where copies meet first: Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your new work and fetch what others sent, in the background (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy has no remote yet: Work ▸ Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Came in: %n event(s)</source>
        <translation>
            <numerusform>Came in: %n event</numerusform>
            <numerusform>Came in: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n media file(s)</source>
        <translation>
            <numerusform>%n media file</numerusform>
            <numerusform>%n media files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Went out: %n event(s)</source>
        <translation>
            <numerusform>Went out: %n event</numerusform>
            <numerusform>Went out: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to go out: %n event(s)</source>
        <translation>
            <numerusform>Waiting to go out: %n event</numerusform>
            <numerusform>Waiting to go out: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts to decide: %n</source>
        <translation>
            <numerusform>Conflicts to decide: %n</numerusform>
            <numerusform>Conflicts to decide: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused (not added): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored in the remote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done before cancelling is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote was not reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update Assay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) of kinds this version does not know (%1): kept and passed on, applied once Assay is updated</source>
        <translation>
            <numerusform>%n event of kinds this version does not know (%1): kept and passed on, applied once Assay is updated</numerusform>
            <numerusform>%n events of kinds this version does not know (%1): kept and passed on, applied once Assay is updated</numerusform>
        </translation>
    </message>
    <message>
        <source>Slides kept back (their label and macro images are not allowed in this project, and cannot be taken out of these files): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::SyncSettingsDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network drive or a folder a file-sync tool keeps in step, or a server the team&apos;s lead set up with &quot;assay server init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync by itself this often while the project is open; a remote that cannot be reached is only noted in the status bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copies meet in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person syncs their own copy. What a person may not read is never written to a shared folder in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/mnt/team/assay-shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql://host/dbname?sslmode=require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder every copy of the project syncs through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it in the system &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the keyring&apos;s, ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keyring for this server, port, user and database; never in the project or its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync looks it up there when the settings name no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring answers on this machine: put the password in ~/.pgpass instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libpq connection string or URI; the password comes from the keyring, ~/.pgpass or PGPASSWORD, never from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password out of the settings: type it below (the keyring) or put it in ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is only kept in the keyring: tick the box, or clear it and use ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring could keep the password on this machine: put it in ~/.pgpass (host:port:database:user:password) instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::TaxonomyEditor</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as New Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb; empty: a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the next free key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotkey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames, merges and splits are recorded as migrations: you see how many labels each touches, per batch, before it applies. Drag a class to re-order it or onto another to make it a sub-class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a class first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;. Every label of the class shows the new name from the new version on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the class to merge and the class to merge it into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;. &quot;%1&quot; is archived and its labels read as &quot;%2&quot; from the new version on (their class ids stay):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its labels read as &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its labels are sent back for re-labeling in the batch &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &quot;%1&quot; into %2; %3, and its gold answers are listed for the lead to redo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;: it is no longer offered; its labels keep its name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; &amp;into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new class names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing labels read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them back for re-labeling, in a new batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-label %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes can only honestly be sent back: nobody knows which part an old box belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::TaxonomyModel</name>
    <message>
        <source>Archived: no longer offered; its labels keep their name in every version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::app::TransferSummaryDialog</name>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the full report to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::AddBoxCommand</name>
    <message>
        <source>Add box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::AdjudicationDialog</name>
    <message>
        <source>Adjudicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions (the chosen one stands; the others are kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer&apos;s fix (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new answer (classes below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (section %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjudicated by %1%2: %3 — %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers&apos; remarks and earlier adjudications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class names, comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No class &quot;%1&quot; in the taxonomy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    pin %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::AnnotationSession</name>
    <message>
        <source>no project to save the edit in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::AudioItemView</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed (%1 slower, %2 faster, %3 normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be played (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stereo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n channels</source>
        <translation>
            <numerusform>%n channel</numerusform>
            <numerusform>%n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 kHz · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output: playing silently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output: playback will be silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::BoxListModel</name>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2  —  %3 × %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels at (%4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::BoxListWidget</name>
    <message>
        <source>Boxes of this item; click one to select it on the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ChangeBoxClassCommand</name>
    <message>
        <source>Change box class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ClassBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No classes in the taxonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes (any number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class (one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a class… (/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to show the classes whose name contains it; Enter chooses the first one shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ClassSuggestions</name>
    <message>
        <source>Suggested by %1%2. %3 accepts and %4 rejects suggestions in turn, best-scored first, boxes before classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::DuplicatesDialog</name>
    <message>
        <source>&amp;Keep This One</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 px · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1 and remove the other images of this group from the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 64 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bits of the perceptual hash may differ between two images of one group. Resized, re-compressed or slightly brightened copies differ in a few; unrelated pictures in about 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose a group · ← → choose a picture · Enter keeps the highlighted picture · Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not remove items: a lead or an admin can keep one image of a group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping %1 images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) among %1 images</source>
        <translation>
            <numerusform>%n group among %1 images</numerusform>
            <numerusform>%n groups among %1 images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n image(s)</source>
        <translation>
            <numerusform>%1 · %n image</numerusform>
            <numerusform>%1 · %n images</numerusform>
        </translation>
    </message>
    <message>
        <source>The project has no images with a perceptual hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No near-duplicates at this threshold: no two images differ in %n bit(s) or fewer.</source>
        <translation>
            <numerusform>No near-duplicates at this threshold: no two images differ in %n bit or fewer.</numerusform>
            <numerusform>No near-duplicates at this threshold: no two images differ in %n bits or fewer.</numerusform>
        </translation>
    </message>
    <message>
        <source>added first; the others are compared with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>differs in %n bit(s) from the first</source>
        <translation>
            <numerusform>differs in %n bit from the first</numerusform>
            <numerusform>differs in %n bits from the first</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 may not remove items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep One Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 and remove the %n other image(s) of this group from the project?</source>
        <translation>
            <numerusform>Keep %1 and remove the %n other image of this group from the project?</numerusform>
            <numerusform>Keep %1 and remove the %n other images of this group from the project?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their files stay on disk. The removal is recorded in the project&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %1; removed %n other image(s) from the project. Their files are still on disk.</source>
        <translation>
            <numerusform>Kept %1; removed %n other image from the project. Its file is still on disk.</numerusform>
            <numerusform>Kept %1; removed %n other images from the project. Their files are still on disk.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>assay::widgets::ExampleDialog</name>
    <message>
        <source>%1 example of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::GuidelinePanel</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the guideline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guideline changed since your last task (version %1 → %2). Sections changed: %3. Read what changed before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Before:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*Now:*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No draft&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No guideline yet&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no draft to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guideline has been published for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · draft, as annotators will see it once published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked examples: select a class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worked examples of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked examples of %1 (open one to see it large)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ImageCanvas</name>
    <message>
        <source>Zoom In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual Size (100 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1, y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box not added: it must be at least %1 × %1 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show this image.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag anywhere to draw a box, also inside another box; click a box to select it.
Drag a box&apos;s line, or Ctrl+drag inside it, to move it; drag its handles to resize it.
Wheel: zoom. Middle-drag or Space+drag: pan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ItemPreview</name>
    <message>
        <source>Select an item to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio clip

%1 s · %2 Hz · %3 channel(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be shown (damaged or not an image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::MemoryAnnotationEditor</name>
    <message>
        <source>no annotation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edit could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a box needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>box %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no box %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggestions are kept in a project only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::MoveBoxCommand</name>
    <message>
        <source>Resize box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::PairHeatMap</name>
    <message>
        <source>No pairs of people yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: kappa %3. Click for the items both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2: – (no kappa: they have no items in common, or one of them gave a single class to all). Click for the items both answered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::QualityPanel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch figures and verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise agreement (Cohen&apos;s kappa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 items, %3 answers, %4 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anomalies: %1 too fast, %2 class over-use, %3 duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items below agreement threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion %1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a figure for the items behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 and %2 both answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gold task of this batch is done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item has two answers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two people drew boxes on the same item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value to judge yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click for the items behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a person&apos;s bar for the items they answered; a missing bar is a person with no gold answer scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a class&apos;s bar for the items given that class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items given %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with two answers or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold items answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items below the agreement threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items with boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time and drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taxonomy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guidelines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the answers made under this taxonomy version, to compare agreement before and after a change of classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count only the answers made under this guideline version, to see whether agreement changed after the guidelines did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::QualityTimelineView</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a reference to open the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold and audit accuracy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairwise agreement (click: the items they disagreed on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold references most people miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items %1 and %2 disagreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold reference most people miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold accuracy %1 over the last %2 answers against %3 over %4 before; z = %5 ≥ %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 of the last %3 answers against %4 of the cohort&apos;s %5; Jensen-Shannon %6 ≥ %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: accuracy over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::RemoveBoxCommand</name>
    <message>
        <source>Delete box</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::ReviewView</name>
    <message>
        <source>Next Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay All Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guideline &amp;section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose annotator 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix (again: save the fix)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay all answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the queue: every item was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes: %1

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 of %2: %3 · in review for: %4 · agreement %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. a reviewer&apos;s fix, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no box matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoU %1, matched %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, unmatched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, other class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in your queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixing: Alt+F saves, Esc cancels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalate to Adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PgDn/PgUp next/previous item · Alt+1..4 annotator · Alt+A accept · Alt+F fix (Alt+F again saves, Esc cancels) · Alt+R reject · Alt+E escalate · Alt+M remark on a region · Alt+O overlay · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark on a Region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark on a Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is wrong here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarks on a region are for images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle on %1&apos;s answer for the remark (Esc cancels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a larger rectangle for a remark (Alt+M to try again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remark needs a reason or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark on a region (drag it, then type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason from the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s)</source>
        <translation>
            <numerusform>%n remark</numerusform>
            <numerusform>%n remarks</numerusform>
        </translation>
    </message>
    <message>
        <source>Consensus (Dawid–Skene): tied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus (Dawid–Skene): %1, confidence %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::SetClassesCommand</name>
    <message>
        <source>Set classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::SuggestionLayer</name>
    <message>
        <source>%1 accept, %2 reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested box: %1, score %2, by %3.
%4 or a double click accepts it as a box you can then adjust;
%5 or Delete rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept suggested box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject suggestion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::TextItemView</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is not valid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not UTF-8 text (invalid byte 0x%2 at offset %3); convert it to UTF-8 to label it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Find Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Text Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters · %2 lines · %3 pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::WaveformCache</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable audio file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audio file holds no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the audio (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is truncated; only the first %1 s can be shown and played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the waveform cache (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a waveform cache file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waveform cache is stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the waveform cache is cut short</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>assay::widgets::WaveformView</name>
    <message>
        <source>Click to play from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the waveform… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>%1: could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
