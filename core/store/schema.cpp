// SPDX-License-Identifier: Apache-2.0
// Numbered migrations of the project schema. Never edit a released migration: add one.
#include "core/store/schema.h"
#include "core/base/tr.h"

#include "core/store/database.h"

#include <QCoreApplication>

namespace assay::core::store::schema {

// Migration 1: the first released schema. State tables (people .. boxes) are projections of
// the event log and are rebuilt from it; `events` and `meta` are the only primary data.
static const char s_migration1[] = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE events (
    seq       INTEGER PRIMARY KEY,
    id        TEXT NOT NULL UNIQUE,
    time      TEXT NOT NULL,
    person_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    codec     TEXT NOT NULL,
    payload   BLOB NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TABLE people (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE person_roles (
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);
CREATE TABLE taxonomy_versions (
    version     INTEGER PRIMARY KEY,
    time        TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    change      TEXT NOT NULL,
    multi_label INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE classes (
    id          TEXT NOT NULL,
    valid_from  INTEGER NOT NULL,
    valid_to    INTEGER,
    name        TEXT NOT NULL,
    colour      TEXT NOT NULL,
    hotkey      TEXT,
    description TEXT,
    parent_id   TEXT,
    position    INTEGER NOT NULL,
    PRIMARY KEY (id, valid_from)
);
CREATE INDEX classes_current ON classes(valid_to, position);
CREATE TABLE items (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    path        TEXT NOT NULL,
    byte_size   INTEGER NOT NULL,
    width       INTEGER,
    height      INTEGER,
    duration_ms INTEGER,
    sample_rate INTEGER,
    channels    INTEGER,
    characters  INTEGER,
    text        TEXT,
    metadata    TEXT
);
CREATE TABLE batches (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    state     TEXT NOT NULL,
    overlap   INTEGER NOT NULL DEFAULT 1,
    gold_rate REAL NOT NULL DEFAULT 0,
    criteria  TEXT,
    time      TEXT NOT NULL
);
CREATE TABLE tasks (
    id        TEXT PRIMARY KEY,
    batch_id  TEXT NOT NULL REFERENCES batches(id),
    item_id   TEXT NOT NULL REFERENCES items(id),
    person_id TEXT REFERENCES people(id),
    kind      TEXT NOT NULL,
    state     TEXT NOT NULL,
    position  INTEGER NOT NULL
);
CREATE INDEX tasks_queue ON tasks(person_id, batch_id, position);
CREATE TABLE annotations (
    id                TEXT PRIMARY KEY,
    task_id           TEXT REFERENCES tasks(id),
    item_id           TEXT NOT NULL REFERENCES items(id),
    person_id         TEXT NOT NULL REFERENCES people(id),
    time_spent_ms     INTEGER NOT NULL DEFAULT 0,
    taxonomy_version  INTEGER NOT NULL,
    guideline_version INTEGER NOT NULL,
    time              TEXT NOT NULL
);
CREATE INDEX annotations_item ON annotations(item_id);
CREATE TABLE annotation_classes (
    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    class_id      TEXT NOT NULL,
    PRIMARY KEY (annotation_id, class_id)
);
CREATE TABLE boxes (
    id            TEXT PRIMARY KEY,
    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    class_id      TEXT,
    x             REAL NOT NULL,
    y             REAL NOT NULL,
    w             REAL NOT NULL,
    h             REAL NOT NULL,
    attributes    TEXT
);
CREATE INDEX boxes_annotation ON boxes(annotation_id);
)SQL";

// Migration 2: perceptual hashes for near-duplicate search, versioned guidelines, and task
// comments (flags) for guideline authors.
static const char s_migration2[] = R"SQL(
ALTER TABLE items ADD COLUMN phash TEXT;
CREATE INDEX items_kind ON items(kind, seq);
CREATE TABLE guidelines (
    version   INTEGER PRIMARY KEY,
    time      TEXT NOT NULL,
    person_id TEXT NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL
);
CREATE TABLE task_comments (
    event_id  TEXT PRIMARY KEY,
    task_id   TEXT NOT NULL REFERENCES tasks(id),
    person_id TEXT NOT NULL,
    reason    TEXT NOT NULL,
    comment   TEXT NOT NULL,
    time      TEXT NOT NULL
);
)SQL";

// Migration 3: gold reference answers, gold scores, each person's recalibration state, and
// batch decisions (accept, reject and the re-queue a rejection makes).
static const char s_migration3[] = R"SQL(
CREATE TABLE gold_answers (
    item_id   TEXT PRIMARY KEY REFERENCES items(id),
    classes   TEXT NOT NULL,
    boxes     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    time      TEXT NOT NULL
);
CREATE TABLE gold_scores (
    task_id   TEXT PRIMARY KEY REFERENCES tasks(id),
    event_seq INTEGER NOT NULL,
    person_id TEXT NOT NULL,
    item_id   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    score     REAL NOT NULL,
    passed    INTEGER NOT NULL
);
CREATE INDEX gold_scores_person ON gold_scores(person_id, event_seq);
CREATE TABLE person_quality (
    person_id TEXT PRIMARY KEY REFERENCES people(id),
    state     TEXT NOT NULL,
    accuracy  REAL,
    since_seq INTEGER NOT NULL DEFAULT 0,
    time      TEXT NOT NULL
);
CREATE TABLE batch_decisions (
    event_id     TEXT PRIMARY KEY,
    batch_id     TEXT NOT NULL REFERENCES batches(id),
    decision     TEXT NOT NULL,
    reason       TEXT NOT NULL,
    requeue_into TEXT,
    person_id    TEXT NOT NULL,
    time         TEXT NOT NULL
);
)SQL";

// Migration 4: labels brought in from other tools (annotations without a task, marked with the
// import they came from, their boxes packed into one row until edited) and model predictions
// kept as suggestions (pre-labels).
static const char s_migration4[] = R"SQL(
ALTER TABLE annotations ADD COLUMN origin TEXT NOT NULL DEFAULT 'task';
ALTER TABLE annotations ADD COLUMN import_id TEXT;
CREATE TABLE imports (
    event_id  TEXT PRIMARY KEY,
    event_seq INTEGER NOT NULL,
    mode      TEXT NOT NULL,
    format    TEXT NOT NULL,
    source    TEXT NOT NULL,
    model     TEXT,
    person_id TEXT NOT NULL,
    summary   TEXT,
    time      TEXT NOT NULL
);
CREATE TABLE prelabels (
    id        TEXT PRIMARY KEY,
    item_id   TEXT NOT NULL REFERENCES items(id),
    import_id TEXT NOT NULL,
    class_id  TEXT NOT NULL,
    x         REAL,
    y         REAL,
    w         REAL,
    h         REAL,
    score     REAL
);
CREATE INDEX prelabels_item ON prelabels(item_id);
CREATE TABLE packed_boxes (
    annotation_id TEXT PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
    count         INTEGER NOT NULL,
    data          BLOB NOT NULL
);
CREATE TABLE prelabel_decisions (
    annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
    prelabel_id   TEXT NOT NULL,
    decision      TEXT NOT NULL,
    box_id        TEXT,
    person_id     TEXT NOT NULL,
    event_seq     INTEGER NOT NULL,
    time          TEXT NOT NULL,
    PRIMARY KEY (annotation_id, prelabel_id)
);
CREATE INDEX prelabel_decisions_prelabel ON prelabel_decisions(prelabel_id);
)SQL";

// Migration 5: imported annotations are kept as chunks of their import's payload until edited
// (see importchunks.h) instead of one row each with packed boxes. The state tables are derived
// from the log, so ProjectStore::open rebuilds them after this step.
static const char s_migration5[] = R"SQL(
DROP TABLE packed_boxes;
ALTER TABLE imports ADD COLUMN taxonomy_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN guideline_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE imports ADD COLUMN classes TEXT NOT NULL DEFAULT '[]';
ALTER TABLE imports ADD COLUMN id_prefix TEXT;
CREATE INDEX imports_id_prefix ON imports(id_prefix);
CREATE TABLE import_chunks (
    import_id   TEXT NOT NULL REFERENCES imports(event_id),
    min_n       INTEGER NOT NULL,
    max_n       INTEGER NOT NULL,
    first_item  TEXT NOT NULL,
    last_item   TEXT NOT NULL,
    annotations INTEGER NOT NULL,
    boxes       INTEGER NOT NULL,
    data        BLOB NOT NULL
);
CREATE INDEX import_chunks_items ON import_chunks(first_item, last_item);
CREATE INDEX import_chunks_rows ON import_chunks(import_id, min_n, max_n);
)SQL";

// Migration 6: signed envelopes on one hash chain per device (workstation and project copy),
// ordered by Lamport counters. The events of earlier schemas become the chain of a first device,
// keeping their hashes; verify reports them as unsigned, from before schema 6.
static const char s_migration6[] = R"SQL(
ALTER TABLE events ADD COLUMN envelope INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN device TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN device_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN lamport INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN seen TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN action TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN audience TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN payload_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN signer TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN signature BLOB;
INSERT INTO meta (key, value) VALUES ('legacy_device', lower(hex(randomblob(16))));
UPDATE events SET device = (SELECT value FROM meta WHERE key = 'legacy_device'),
                  device_seq = seq, lamport = seq;
CREATE UNIQUE INDEX events_by_device ON events(device, device_seq);
CREATE INDEX events_by_hash ON events(hash);
CREATE INDEX events_in_order ON events(lamport, hash);
CREATE TABLE devices (
    id        TEXT PRIMARY KEY,
    head_seq  INTEGER NOT NULL,
    head_hash TEXT NOT NULL
);
INSERT INTO devices (id, head_seq, head_hash)
    SELECT (SELECT value FROM meta WHERE key = 'legacy_device'),
           CAST(substr(value, 1, instr(value, ':') - 1) AS INTEGER),
           substr(value, instr(value, ':') + 1)
    FROM meta WHERE key = 'log_head';
DELETE FROM meta WHERE key = 'log_head';
CREATE TABLE device_seen (
    device TEXT NOT NULL,
    other  TEXT NOT NULL,
    hash   TEXT NOT NULL,
    PRIMARY KEY (device, other)
);
)SQL";

// Migration 7: people's public keys. The current key of a person is the one not revoked; a
// revoked key stays listed, so that what it signed before its revocation can be checked.
static const char s_migration7[] = R"SQL(
CREATE TABLE person_keys (
    public_key     TEXT PRIMARY KEY,
    person_id      TEXT NOT NULL REFERENCES people(id),
    fingerprint    TEXT NOT NULL,
    registered_seq INTEGER NOT NULL,
    revoked_seq    INTEGER
);
CREATE UNIQUE INDEX person_keys_current ON person_keys(person_id) WHERE revoked_seq IS NULL;
)SQL";

// Migration 8: events refused by the authority check where they were applied (kept in the log,
// changing nothing), and offline decisions that contradicted another, with the rule that chose.
// Versions of the taxonomy and guidelines are named by the event that made them.
static const char s_migration8[] = R"SQL(
CREATE TABLE quarantine (
    event_id   TEXT PRIMARY KEY,
    device     TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    person_id  TEXT NOT NULL,
    kind       TEXT NOT NULL,
    reason     TEXT NOT NULL
);
CREATE TABLE conflicts (
    event_id       TEXT NOT NULL,
    subject        TEXT NOT NULL,
    kind           TEXT NOT NULL,
    other_event_id TEXT NOT NULL,
    rule           TEXT NOT NULL,
    detail         TEXT NOT NULL,
    PRIMARY KEY (event_id, subject)
);
ALTER TABLE taxonomy_versions ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
ALTER TABLE guidelines ADD COLUMN event_id TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN last_event TEXT NOT NULL DEFAULT '';
ALTER TABLE annotations ADD COLUMN last_device TEXT NOT NULL DEFAULT '';
CREATE TABLE person_role_history (
    event_id  TEXT PRIMARY KEY,
    person_id TEXT NOT NULL,
    roles     TEXT NOT NULL
);
CREATE INDEX person_role_history_of ON person_role_history(person_id);
ALTER TABLE gold_answers ADD COLUMN purpose TEXT NOT NULL DEFAULT 'gold';
)SQL";

// Sync: the keys of confidential payloads (state, from sync.key_granted events), and what this
// copy knows of each remote it syncs with (local bookkeeping, not state: never compared or
// digested, and a copy may forget it and read the remote again).
static const char s_migration9[] = R"SQL(
CREATE TABLE audience_keys (
    key_id   TEXT PRIMARY KEY,
    audience TEXT NOT NULL,
    author   TEXT NOT NULL DEFAULT '',
    period   TEXT NOT NULL DEFAULT '',
    event_id TEXT NOT NULL
);
CREATE TABLE audience_key_grants (
    key_id    TEXT NOT NULL REFERENCES audience_keys(key_id),
    person_id TEXT NOT NULL,
    sealed    BLOB NOT NULL,
    PRIMARY KEY (key_id, person_id)
);
CREATE TABLE sync_files (
    remote TEXT NOT NULL,
    name   TEXT NOT NULL,
    size   INTEGER NOT NULL,
    PRIMARY KEY (remote, name)
);
CREATE TABLE sync_heads (
    remote     TEXT NOT NULL,
    device     TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    PRIMARY KEY (remote, device)
);
)SQL";

// Migration 10: counts of the big state tables, kept by the appliers (core/store/statecounts.h),
// so that opening a project reads no whole table. Filled here once from the rows; a name with
// no rows has no count, as in a replay.
static const char s_migration10[] = R"SQL(
CREATE TABLE counts (
    name TEXT PRIMARY KEY,
    n    INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO counts (name, n) SELECT 'items.' || kind, COUNT(*) FROM items GROUP BY kind;
INSERT INTO counts (name, n) SELECT 'tasks', COUNT(*) FROM tasks HAVING COUNT(*) > 0;
INSERT INTO counts (name, n)
    SELECT 'annotations', n FROM (SELECT (SELECT COUNT(*) FROM annotations)
        + (SELECT COALESCE(SUM(annotations), 0) FROM import_chunks) AS n) WHERE n > 0;
INSERT INTO counts (name, n)
    SELECT 'boxes', n FROM (SELECT (SELECT COUNT(*) FROM boxes)
        + (SELECT COALESCE(SUM(boxes), 0) FROM import_chunks) AS n) WHERE n > 0;
)SQL";

// Migration 11: review and adjudication. The queue entries of each batch (why each answer is in
// it), reviewers' decisions (a fix kept beside the answer it corrects), the lead's list of
// reasons, and adjudications (the versions not chosen kept with the one chosen).
static const char s_migration11[] = R"SQL(
CREATE TABLE review_reasons (
    code     TEXT PRIMARY KEY,
    text     TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE review_rules (
    event_id  TEXT PRIMARY KEY,
    batch_id  TEXT NOT NULL,
    seed      TEXT NOT NULL,
    rules     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    time      TEXT NOT NULL
);
CREATE TABLE review_entries (
    id             TEXT PRIMARY KEY,
    batch_id       TEXT NOT NULL,
    task_id        TEXT NOT NULL,
    item_id        TEXT NOT NULL,
    annotator_id   TEXT NOT NULL,
    class_id       TEXT NOT NULL DEFAULT '',
    reasons        TEXT NOT NULL,
    agreement      REAL,
    confidence     REAL,
    position       INTEGER NOT NULL,
    rereview_of    TEXT NOT NULL DEFAULT '',
    exclude_person TEXT NOT NULL DEFAULT '',
    event_id       TEXT NOT NULL
);
CREATE INDEX review_entries_batch ON review_entries(batch_id, position);
CREATE INDEX review_entries_task ON review_entries(task_id);
CREATE TABLE review_decisions (
    event_id      TEXT PRIMARY KEY,
    entry_id      TEXT NOT NULL,
    task_id       TEXT NOT NULL,
    annotation_id TEXT NOT NULL,
    item_id       TEXT NOT NULL,
    annotator_id  TEXT NOT NULL,
    reviewer_id   TEXT NOT NULL,
    decision      TEXT NOT NULL,
    reason_code   TEXT NOT NULL DEFAULT '',
    reason_text   TEXT NOT NULL DEFAULT '',
    section       TEXT NOT NULL DEFAULT '',
    fix           TEXT,
    box_remarks   TEXT,
    time          TEXT NOT NULL,
    withdrawn_by  TEXT
);
CREATE INDEX review_decisions_entry ON review_decisions(entry_id);
CREATE INDEX review_decisions_task ON review_decisions(task_id);
CREATE TABLE adjudications (
    event_id       TEXT PRIMARY KEY,
    item_id        TEXT NOT NULL,
    batch_id       TEXT NOT NULL DEFAULT '',
    adjudicator_id TEXT NOT NULL,
    chosen         TEXT NOT NULL,
    answer         TEXT NOT NULL,
    not_chosen     TEXT NOT NULL,
    reason_code    TEXT NOT NULL,
    reason_text    TEXT NOT NULL,
    section        TEXT NOT NULL DEFAULT '',
    supersedes     TEXT NOT NULL DEFAULT '',
    time           TEXT NOT NULL
);
CREATE INDEX adjudications_item ON adjudications(item_id);
)SQL";

// Migration 12: taxonomy migrations. An archived class stays readable in every version it
// existed in; a merge or split records which class a label now reads as (the label keeps its
// class id); a split marks the gold answers that used the split class for the lead to redo.
static const char s_migration12[] = R"SQL(
ALTER TABLE classes ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
CREATE TABLE class_mappings (
    version INTEGER NOT NULL,
    from_id TEXT NOT NULL,
    into_id TEXT NOT NULL,
    change  TEXT NOT NULL,
    PRIMARY KEY (version, from_id)
);
CREATE TABLE gold_redo (
    item_id  TEXT NOT NULL,
    class_id TEXT NOT NULL,
    version  INTEGER NOT NULL,
    event_id TEXT NOT NULL,
    PRIMARY KEY (item_id, class_id, version)
);
)SQL";

// Migration 13: guidelines as authors write them. Drafts (readable by authors only until a
// publish makes them a version), published versions bound to the taxonomy version in force
// with the class each section defines, worked examples of classes, and the guideline section a
// flag cites.
static const char s_migration13[] = R"SQL(
ALTER TABLE guidelines ADD COLUMN taxonomy_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE guidelines ADD COLUMN classes TEXT NOT NULL DEFAULT '{}';
ALTER TABLE guidelines ADD COLUMN draft_event TEXT NOT NULL DEFAULT '';
CREATE TABLE guideline_drafts (
    event_id         TEXT PRIMARY KEY,
    n                INTEGER NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL,
    classes          TEXT NOT NULL,
    taxonomy_version INTEGER NOT NULL,
    person_id        TEXT NOT NULL,
    time             TEXT NOT NULL
);
CREATE TABLE guideline_examples (
    item_id   TEXT NOT NULL,
    class_id  TEXT NOT NULL,
    kind      TEXT NOT NULL,
    note      TEXT NOT NULL,
    boxes     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    time      TEXT NOT NULL,
    event_id  TEXT NOT NULL,
    PRIMARY KEY (item_id, class_id)
);
ALTER TABLE task_comments ADD COLUMN section TEXT NOT NULL DEFAULT '';
)SQL";

// Migration 14: calibration sets (reference answers with explanations and guideline sections),
// sessions for a cohort, which task belongs to which attempt, the judgement of each attempt
// and the debriefs released to members.
static const char s_migration14[] = R"SQL(
CREATE TABLE calibration_sets (
    id        TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    person_id TEXT NOT NULL,
    time      TEXT NOT NULL
);
CREATE TABLE calibration_references (
    set_id      TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    classes     TEXT NOT NULL,
    boxes       TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    section     TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    PRIMARY KEY (set_id, item_id)
);
CREATE INDEX calibration_references_item ON calibration_references(item_id);
CREATE TABLE calibration_sessions (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    set_id        TEXT NOT NULL,
    members       TEXT NOT NULL,
    pass_accuracy REAL NOT NULL,
    pass_box_f1   REAL NOT NULL,
    opens_at      TEXT NOT NULL DEFAULT '',
    closes_at     TEXT NOT NULL DEFAULT '',
    max_attempts  INTEGER NOT NULL,
    onboarding    INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL,
    person_id     TEXT NOT NULL,
    time          TEXT NOT NULL
);
CREATE TABLE calibration_tasks (
    task_id    TEXT PRIMARY KEY,
    session_id TEXT NOT NULL,
    person_id  TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    attempt    INTEGER NOT NULL
);
CREATE INDEX calibration_tasks_session ON calibration_tasks(session_id, person_id, attempt);
CREATE TABLE calibration_judgements (
    session_id TEXT NOT NULL,
    person_id  TEXT NOT NULL,
    attempt    INTEGER NOT NULL,
    passed     INTEGER NOT NULL,
    accuracy   REAL,
    box_f1     REAL,
    answered   INTEGER NOT NULL,
    items      INTEGER NOT NULL,
    hints      TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    time       TEXT NOT NULL,
    PRIMARY KEY (session_id, person_id, attempt)
);
CREATE TABLE calibration_debriefs (
    session_id  TEXT NOT NULL,
    person_id   TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    classes     TEXT NOT NULL,
    boxes       TEXT NOT NULL,
    explanation TEXT NOT NULL DEFAULT '',
    section     TEXT NOT NULL DEFAULT '',
    position    INTEGER NOT NULL,
    PRIMARY KEY (session_id, person_id, item_id)
);
)SQL";

// Migration 15: where a batch's rejected answers go (their annotator or another one), and the
// task a rejection sent to another annotator.
static const char s_migration15[] = R"SQL(
CREATE TABLE review_return (
    batch_id  TEXT PRIMARY KEY,
    mode      TEXT NOT NULL,
    person_id TEXT NOT NULL DEFAULT '',
    event_id  TEXT NOT NULL
);
ALTER TABLE review_decisions ADD COLUMN return_to TEXT NOT NULL DEFAULT '';
ALTER TABLE review_decisions ADD COLUMN return_task TEXT NOT NULL DEFAULT '';
)SQL";

// Migration 16: pooled batches (tasks leased from a PostgreSQL remote), with their lease length.
static const char s_migration16[] = R"SQL(
CREATE TABLE batch_pools (
    batch_id      TEXT PRIMARY KEY REFERENCES batches(id),
    lease_seconds INTEGER NOT NULL,
    event_id      TEXT NOT NULL
);
)SQL";

// Migration 17: the answers an annotator is told are under review (their copy holds no review
// queue), and the consensus figures stored per batch.
static const char s_migration17[] = R"SQL(
CREATE TABLE review_locks (
    task_id      TEXT PRIMARY KEY,
    batch_id     TEXT NOT NULL,
    annotator_id TEXT NOT NULL,
    event_id     TEXT NOT NULL
);
CREATE TABLE consensus_figures (
    batch_id   TEXT NOT NULL,
    item_id    TEXT NOT NULL,
    method     TEXT NOT NULL,
    label      TEXT NOT NULL,
    confidence REAL NOT NULL,
    answers    INTEGER NOT NULL,
    event_id   TEXT NOT NULL,
    PRIMARY KEY (batch_id, item_id)
);
CREATE INDEX consensus_figures_item ON consensus_figures(item_id);
-- The stage check of every edit of an answer looks up rejections sent elsewhere by their task.
CREATE INDEX review_decisions_return ON review_decisions(return_task);
)SQL";

// Migration 18: a payload of several zstd frames (an import's rows, compressed in chunks) is kept
// as its first frame in the events row and each later frame in event_parts; an import's chunks
// refer to their part instead of holding a copy (see EventLog::framesKeptApart).
static const char s_migration18[] = R"SQL(
CREATE TABLE event_parts (
    event_seq INTEGER NOT NULL REFERENCES events(seq) ON DELETE CASCADE,
    part      INTEGER NOT NULL,
    data      BLOB NOT NULL,
    PRIMARY KEY (event_seq, part)
);
ALTER TABLE events ADD COLUMN parts INTEGER NOT NULL DEFAULT 0;
-- The part of the import's event that holds the chunk's rows; NULL: they are in data.
ALTER TABLE import_chunks ADD COLUMN part INTEGER;
)SQL";

static const char *const s_migrations[] = {s_migration1,  s_migration2,  s_migration3,
                                           s_migration4,  s_migration5,  s_migration6,
                                           s_migration7,  s_migration8,  s_migration9,
                                           s_migration10, s_migration11, s_migration12,
                                           s_migration13, s_migration14, s_migration15,
                                           s_migration16, s_migration17, s_migration18};

bool upgradeRebuildsState(int from)
{
    // Schema 5 keeps imported annotations in chunks; schema 8 names versions by their events
    // and keeps refused events in quarantine.
    return from >= 1 && from < 8;
}

int currentVersion()
{
    return int(std::size(s_migrations));
}

static Status runMigrations(Database *db, int from, int to)
{
    Transaction tx(db);
    ASSAY_TRY(tx.begin());
    for (int v = from; v < to; ++v) {
        const Status st = db->exec(QString::fromUtf8(s_migrations[v]));
        if (!st) {
            // The kind is kept: a full disk is an I/O error, not a broken migration.
            return makeError(st.error().code,
                             Tr::tr("upgrade to schema %1 failed: %2")
                                     .arg(v + 1)
                                     .arg(st.error().message),
                             db->path());
        }
    }
    ASSAY_TRY(db->exec(QStringLiteral("PRAGMA user_version = %1").arg(to)));
    return tx.commit();
}

Status migrate(Database *db, int from)
{
    return runMigrations(db, from, currentVersion());
}

Status createAtVersion(Database *db, int version)
{
    return runMigrations(db, 0, version);
}

} // namespace assay::core::store::schema
