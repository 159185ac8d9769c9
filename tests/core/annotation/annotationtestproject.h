// SPDX-License-Identifier: Apache-2.0
// A small project for annotation and session tests: two images with a detector's box suggestions and
// a classifier's class suggestions, and alice's tasks on both.
#pragma once

#include "core/project/services.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/interchange/interchangetestutil.h"

#include <QDir>

#include <memory>

namespace assay::test {

struct AnnotationTestProject
{
    std::unique_ptr<core::Project> project;
    QString path;
    core::Id cat, dog;
    core::Id imageA, imageB; // a.png (400 × 300) has three box suggestions, b.png two classes
    core::Id annotationA, annotationB; // alice's; she is the acting person
};

// In `dir`: a.png and b.png, classes cat and dog; "detector" suggests cat (0.9) at 40,30 120×90,
// dog (0.5) at 220,150 100×80 and cat (0.3) at 250,20 60×50 on a.png; "classifier" suggests dog
// (0.8) and cat (0.2) for b.png. The acting person is alice, an annotator with both tasks.
inline AnnotationTestProject makeAnnotationTestProject(const QString &dir)
{
    using namespace core::interchange::test;
    AnnotationTestProject p;
    writeImage(dir, QStringLiteral("a.png"), 400, 300);
    writeImage(dir, QStringLiteral("b.png"), 420, 300);
    writeFixture(dir, QStringLiteral("instances.json"),
                 "{\"images\": [{\"id\": 1, \"file_name\": \"a.png\", \"width\": 400, \"height\": 300},"
                 " {\"id\": 2, \"file_name\": \"b.png\", \"width\": 420, \"height\": 300}],"
                 " \"categories\": [{\"id\": 1, \"name\": \"cat\"}, {\"id\": 2, \"name\": \"dog\"}],"
                 " \"annotations\": []}");
    writeFixture(
            dir, QStringLiteral("detections.json"),
            "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [40, 30, 120, 90], \"score\": 0.9},"
            " {\"image_id\": 1, \"category_id\": 2, \"bbox\": [220, 150, 100, 80], \"score\": 0.5},"
            " {\"image_id\": 1, \"category_id\": 1, \"bbox\": [250, 20, 60, 50], \"score\": 0.3}]");
    writeFixture(dir, QStringLiteral("classes.jsonl"),
                 "{\"item\": \"b.png\", \"label\": \"dog\", \"confidence\": 0.8}\n"
                 "{\"item\": \"b.png\", \"label\": \"cat\", \"confidence\": 0.2}\n");
    core::CreateOptions options;
    options.ownerName = QStringLiteral("lead");
    options.mediaRoot = dir;
    p.path = QDir(dir).filePath(QStringLiteral("p.assay"));
    auto created = core::Project::create(p.path, options);
    if (!created)
        return p;
    core::Project &project = **created;
    const auto import = [&](const char *file, const core::transfer::ImportOptions &o) {
        auto r = core::transfer::importDataset(project, QDir(dir).filePath(QLatin1String(file)), o);
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        return bool(r);
    };
    core::transfer::ImportOptions images;
    images.addClasses = true;
    core::transfer::ImportOptions boxes;
    boxes.format = QStringLiteral("coco-results");
    boxes.referencePath = QDir(dir).filePath(QStringLiteral("instances.json"));
    boxes.prelabels = true;
    boxes.model = QStringLiteral("detector");
    core::transfer::ImportOptions classes;
    classes.prelabels = true;
    classes.model = QStringLiteral("classifier");
    if (!import("instances.json", images) || !import("detections.json", boxes)
        || !import("classes.jsonl", classes))
        return p;
    const auto taxonomy = project.taxonomy().get();
    p.cat = taxonomy->findByName(QStringLiteral("cat"))->id;
    p.dog = taxonomy->findByName(QStringLiteral("dog"))->id;
    p.imageA = project.items().findItem(QStringLiteral("a.png"))->id;
    p.imageB = project.items().findItem(QStringLiteral("b.png"))->id;
    auto alice = project.people().addPerson(QStringLiteral("alice"), QStringLiteral("Alice"),
                                            {core::Role::Annotator});
    core::Batch b;
    b.name = QStringLiteral("first");
    auto batch = project.work().createBatch(b);
    if (!alice || !batch)
        return p;
    const QList<core::Task> tasks{
            {{}, {}, p.imageA, alice->id, core::TaskKind::Production, core::TaskState::Pending, 0},
            {{}, {}, p.imageB, alice->id, core::TaskKind::Production, core::TaskState::Pending, 1}};
    if (!project.work().assignTasks(batch->id, tasks) || !project.setActor(QStringLiteral("alice")))
        return p;
    for (const core::Task &t : *project.work().queue(project.actor().id)) {
        const core::Id annotation = project.annotations().startAnnotation(t.id)->id;
        (t.itemId == p.imageA ? p.annotationA : p.annotationB) = annotation;
    }
    p.project = std::move(*created);
    return p;
}

} // namespace assay::test
