// SPDX-License-Identifier: Apache-2.0
// The state of guideline.draft_saved, guideline.published and guideline.example_* events.
#include "core/guidelines/guidelineservice.h"

#include "core/events/payload.h"
#include "core/store/applierregistry.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace assay::core {

using store::Database;
using store::Event;

QString guidelineClassesText(const QHash<QString, Id> &classes); // guidelineservice.cpp

static Status draftSaved(Database *db, const Event &e, const GuidelineDraftSaved &p)
{
    auto n = db->queryInt(QStringLiteral("SELECT COALESCE(MAX(n), 0) + 1 FROM guideline_drafts"));
    if (!n)
        return n.error();
    ASSAY_STMT(s, "INSERT INTO guideline_drafts (event_id, n, title, body, classes,"
                  " taxonomy_version, person_id, time) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, e.id).bind(2, *n).bind(3, p.title).bind(4, p.body);
    s.bind(5, guidelineClassesText(p.classes)).bind(6, p.taxonomyVersion);
    s.bind(7, e.personId).bind(8, e.time);
    return s.exec();
}

static Status versionPublished(Database *db, const Event &e, const GuidelinePublished &p)
{
    // Numbered in the order of application, like guideline.added: two authors who published
    // apart both expected the same number, and every copy must still number them alike.
    auto version = db->queryInt(
            QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM guidelines"));
    if (!version)
        return version.error();
    int taxonomyVersion = p.taxonomyVersion;
    if (!p.taxonomyEvent.isEmpty()) {
        ASSAY_STMT(t, "SELECT version FROM taxonomy_versions WHERE event_id = ?1");
        t.bind(1, p.taxonomyEvent);
        if (t.step())
            taxonomyVersion = t.int32(0);
        t.reset();
    }
    ASSAY_STMT(s, "INSERT INTO guidelines (version, time, person_id, title, body, event_id,"
                  " taxonomy_version, classes, draft_event)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    s.bind(1, *version).bind(2, e.time).bind(3, e.personId).bind(4, p.title).bind(5, p.body);
    s.bind(6, e.id).bind(7, taxonomyVersion).bind(8, guidelineClassesText(p.classes));
    s.bind(9, p.draftEvent);
    return s.exec();
}

static Status exampleSet(Database *db, const Event &e, const GuidelineExampleSet &p)
{
    QJsonArray boxes;
    for (const Box &b : p.boxes)
        boxes.append(events::boxToJson(b));
    ASSAY_STMT(s, "INSERT OR REPLACE INTO guideline_examples (item_id, class_id, kind, note,"
                  " boxes, person_id, time, event_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    s.bind(1, p.itemId).bind(2, p.classId).bind(3, exampleKindName(p.exampleKind));
    s.bind(4, p.note);
    s.bind(5, QString::fromUtf8(QJsonDocument(boxes).toJson(QJsonDocument::Compact)));
    s.bind(6, e.personId).bind(7, e.time).bind(8, e.id);
    return s.exec();
}

static Status exampleRemoved(Database *db, const Event &, const GuidelineExampleRemoved &p)
{
    ASSAY_STMT(s, "DELETE FROM guideline_examples WHERE item_id = ?1 AND class_id = ?2");
    s.bind(1, p.itemId).bind(2, p.classId);
    return s.exec();
}

void GuidelineService::registerAppliers(store::ApplierRegistry &registry)
{
    registry.add<GuidelineDraftSaved>(draftSaved);
    registry.add<GuidelinePublished>(versionPublished);
    registry.add<GuidelineExampleSet>(exampleSet);
    registry.add<GuidelineExampleRemoved>(exampleRemoved);
    // The guidelines table is the taxonomy service's (guideline.added writes it too).
    registry.addStateTables(
            {QStringLiteral("guideline_drafts"), QStringLiteral("guideline_examples")});
    registry.addReadFilter(QStringLiteral("guideline_drafts"),
                           {Read::GuidelineDrafts, QStringLiteral("0"), {}, {}});
}

} // namespace assay::core
