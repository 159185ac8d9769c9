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
    };
    return migrations;
}

int serverSchemaVersion()
{
    return int(serverMigrations().size());
}

} // namespace assay::core::sync
