// SPDX-License-Identifier: Apache-2.0
#include "core/sync/serverschema.h"

namespace assay::core::sync {

const QList<QString> &serverMigrations()
{
    static const QList<QString> migrations{
            // 1: events, media and what the server is for.
            QStringLiteral(
                    "CREATE SCHEMA IF NOT EXISTS assay;"
                    "CREATE TABLE IF NOT EXISTS assay.meta (key text PRIMARY KEY, value text NOT"
                    " NULL);"
                    "CREATE TABLE assay.events ("
                    " position bigserial PRIMARY KEY,"
                    " device text NOT NULL,"
                    " device_seq bigint NOT NULL,"
                    " hash text NOT NULL,"
                    " person text NOT NULL,"
                    " action text NOT NULL,"
                    " audience text NOT NULL,"
                    " line text NOT NULL,"
                    " UNIQUE (device, device_seq));"
                    "CREATE TABLE assay.media (sha256 text PRIMARY KEY, bytes bytea NOT NULL);"),
            // 2: people and their PostgreSQL roles, the policy table, and row-level security:
            // anyone mapped may read every line (confidential payloads are encrypted), and a
            // line goes in only when its author is the connecting person and that person's
            // roles allow its action. Forced: the tables' owner is held to it too.
            QStringLiteral(
                    "CREATE TABLE assay.people (person text PRIMARY KEY, role_name text UNIQUE"
                    " NOT NULL, roles text[] NOT NULL DEFAULT '{}');"
                    "CREATE TABLE assay.actions (role text NOT NULL, action text NOT NULL,"
                    " PRIMARY KEY (role, action));"
                    "CREATE FUNCTION assay.may_push(author text, act text) RETURNS boolean"
                    " LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM assay.people p"
                    " JOIN assay.actions a ON a.role = ANY (p.roles) WHERE p.role_name ="
                    " current_user AND p.person = author AND a.action = act) $$;"
                    "CREATE FUNCTION assay.is_mapped() RETURNS boolean LANGUAGE sql STABLE AS"
                    " $$ SELECT EXISTS (SELECT 1 FROM assay.people WHERE role_name ="
                    " current_user) $$;"
                    "ALTER TABLE assay.events ENABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.events FORCE ROW LEVEL SECURITY;"
                    "CREATE POLICY events_read ON assay.events FOR SELECT USING"
                    " (assay.is_mapped());"
                    "CREATE POLICY events_push ON assay.events FOR INSERT WITH CHECK"
                    " (assay.may_push(person, action));"
                    "ALTER TABLE assay.media ENABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.media FORCE ROW LEVEL SECURITY;"
                    "CREATE POLICY media_read ON assay.media FOR SELECT USING (assay.is_mapped());"
                    "CREATE POLICY media_put ON assay.media FOR INSERT WITH CHECK"
                    " (assay.is_mapped());"
                    "GRANT USAGE ON SCHEMA assay TO PUBLIC;"
                    "GRANT SELECT ON assay.meta, assay.people, assay.actions TO PUBLIC;"
                    "GRANT SELECT, INSERT ON assay.events, assay.media TO PUBLIC;"
                    "GRANT USAGE ON SEQUENCE assay.events_position_seq TO PUBLIC;"),
            // 3: task leases of pooled batches. The pool (which task is gold) is the leads';
            // an annotator reads only their own leases, which say nothing of gold, and takes
            // tasks through assay.lease (run as the tables' owner, which gets a policy of its
            // own since the security is forced on it too).
            QStringLiteral(
                    "CREATE FUNCTION assay.may_act(act text) RETURNS boolean LANGUAGE sql STABLE"
                    " AS $$ SELECT EXISTS (SELECT 1 FROM assay.people p JOIN assay.actions a ON"
                    " a.role = ANY (p.roles) WHERE p.role_name = current_user AND a.action ="
                    " act) $$;"
                    "CREATE FUNCTION assay.me() RETURNS text LANGUAGE sql STABLE AS $$ SELECT"
                    " person FROM assay.people WHERE role_name = current_user $$;"
                    "CREATE TABLE assay.pools (batch text PRIMARY KEY, gold_rate double precision"
                    " NOT NULL, lease_seconds integer NOT NULL CHECK (lease_seconds > 0));"
                    "CREATE TABLE assay.pool (task text PRIMARY KEY, batch text NOT NULL"
                    " REFERENCES assay.pools, item text NOT NULL, position integer NOT NULL, gold"
                    " boolean NOT NULL, leased_to text, expires timestamptz, finished boolean NOT"
                    " NULL DEFAULT false);"
                    "CREATE INDEX pool_open ON assay.pool (batch, gold, position) WHERE NOT"
                    " finished;"
                    "CREATE TABLE assay.leases (id bigserial PRIMARY KEY, task text NOT NULL, batch"
                    " text NOT NULL, item text NOT NULL, person text NOT NULL, leased_at"
                    " timestamptz NOT NULL DEFAULT clock_timestamp(), expires timestamptz NOT"
                    " NULL, ended boolean NOT NULL DEFAULT false);"
                    "CREATE INDEX leases_person ON assay.leases (person, batch, item);"
                    "CREATE INDEX leases_task ON assay.leases (task) WHERE NOT ended;"
                    "ALTER TABLE assay.pools ENABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.pools FORCE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.pool ENABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.pool FORCE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.leases ENABLE ROW LEVEL SECURITY;"
                    "ALTER TABLE assay.leases FORCE ROW LEVEL SECURITY;"
                    "CREATE POLICY pools_read ON assay.pools FOR SELECT USING (assay.is_mapped());"
                    "CREATE POLICY pools_lead ON assay.pools FOR ALL USING"
                    " (assay.may_act('manage-batches')) WITH CHECK"
                    " (assay.may_act('manage-batches'));"
                    "CREATE POLICY pool_lead ON assay.pool FOR ALL USING"
                    " (assay.may_act('manage-batches')) WITH CHECK"
                    " (assay.may_act('manage-batches'));"
                    "CREATE POLICY leases_read ON assay.leases FOR SELECT USING (person ="
                    " assay.me() OR assay.may_act('manage-batches'));"
                    "DO $$ BEGIN"
                    " EXECUTE format('CREATE POLICY pools_owner ON assay.pools TO %I USING (true)"
                    " WITH CHECK (true)', current_user);"
                    " EXECUTE format('CREATE POLICY pool_owner ON assay.pool TO %I USING (true)"
                    " WITH CHECK (true)', current_user);"
                    " EXECUTE format('CREATE POLICY leases_owner ON assay.leases TO %I USING"
                    " (true) WITH CHECK (true)', current_user);"
                    " END $$;"
                    // Hands out up to n tasks of batch b to the connecting person: per task,
                    // gold with the batch's rate, never an item they had before, never a task
                    // another holds unexpired. SKIP LOCKED: two people leasing at once take
                    // different rows and neither waits. When production runs out nothing more
                    // is handed out: a run of gold alone would show what it is.
                    "CREATE FUNCTION assay.lease(b text, n integer) RETURNS TABLE (task text,"
                    " item text, expires timestamptz) LANGUAGE plpgsql VOLATILE SECURITY DEFINER"
                    " SET search_path = pg_catalog, pg_temp AS $$"
                    " DECLARE who text; rate double precision; span integer; ends timestamptz;"
                    " want boolean; t text; it text; k integer;"
                    " BEGIN"
                    " SELECT p.person INTO who FROM assay.people p JOIN assay.actions a ON a.role"
                    " = ANY (p.roles) WHERE p.role_name = session_user AND a.action = 'annotate'"
                    " LIMIT 1;"
                    " IF who IS NULL THEN RAISE EXCEPTION 'the role % may not annotate here',"
                    " session_user USING ERRCODE = '42501'; END IF;"
                    " SELECT l.gold_rate, l.lease_seconds INTO rate, span FROM assay.pools l"
                    " WHERE l.batch = b;"
                    " IF NOT FOUND THEN RAISE EXCEPTION 'batch % has no pool on this server', b"
                    " USING ERRCODE = 'P0002'; END IF;"
                    " ends := clock_timestamp() + make_interval(secs => span);"
                    " FOR k IN 1 .. greatest(n, 0) LOOP"
                    " want := random() < rate;"
                    " t := NULL;"
                    " SELECT p.task, p.item INTO t, it FROM assay.pool p WHERE p.batch = b AND"
                    " p.gold = want AND NOT p.finished AND (p.leased_to IS NULL OR p.expires <"
                    " clock_timestamp()) AND NOT EXISTS (SELECT 1 FROM assay.leases l WHERE"
                    " l.person = who AND l.batch = b AND l.item = p.item) ORDER BY p.position"
                    " LIMIT 1 FOR UPDATE OF p SKIP LOCKED;"
                    " IF t IS NULL AND want THEN"
                    " SELECT p.task, p.item INTO t, it FROM assay.pool p WHERE p.batch = b AND"
                    " NOT p.gold AND NOT p.finished AND (p.leased_to IS NULL OR p.expires <"
                    " clock_timestamp()) AND NOT EXISTS (SELECT 1 FROM assay.leases l WHERE"
                    " l.person = who AND l.batch = b AND l.item = p.item) ORDER BY p.position"
                    " LIMIT 1 FOR UPDATE OF p SKIP LOCKED;"
                    " END IF;"
                    " EXIT WHEN t IS NULL;"
                    " UPDATE assay.leases l SET ended = true WHERE l.task = t AND NOT l.ended;"
                    " UPDATE assay.pool p SET leased_to = who, expires = ends WHERE p.task = t;"
                    " INSERT INTO assay.leases (task, batch, item, person, expires) VALUES (t, b,"
                    " it, who, ends);"
                    " task := t; item := it; expires := ends; RETURN NEXT;"
                    " END LOOP;"
                    " END $$;"
                    // Ends the connecting person's leases of finished tasks.
                    "CREATE FUNCTION assay.finish(tasks text[]) RETURNS integer LANGUAGE plpgsql"
                    " VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$"
                    " DECLARE who text; n integer;"
                    " BEGIN"
                    " SELECT p.person INTO who FROM assay.people p WHERE p.role_name ="
                    " session_user;"
                    " IF who IS NULL THEN RAISE EXCEPTION 'the role % is not mapped to a person',"
                    " session_user USING ERRCODE = '42501'; END IF;"
                    " UPDATE assay.pool p SET finished = true WHERE p.task = ANY (tasks) AND"
                    " p.leased_to = who;"
                    " UPDATE assay.leases l SET ended = true WHERE l.task = ANY (tasks) AND"
                    " l.person = who AND NOT l.ended;"
                    " GET DIAGNOSTICS n = ROW_COUNT;"
                    " RETURN n;"
                    " END $$;"
                    "GRANT EXECUTE ON FUNCTION assay.lease(text, integer), assay.finish(text[]) TO"
                    " PUBLIC;"
                    "GRANT SELECT, INSERT, UPDATE ON assay.pools, assay.pool TO PUBLIC;"
                    "GRANT SELECT ON assay.leases TO PUBLIC;"),
    };
    return migrations;
}

int serverSchemaVersion()
{
    return int(serverMigrations().size());
}

} // namespace assay::core::sync
