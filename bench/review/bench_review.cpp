// SPDX-License-Identifier: Apache-2.0
// Review figures: building a reviewer's queue for a batch of 100,000 items (target < 1 s), in
// each order, and the stage check made before every edit of an answer.
#include "core/project/services.h"
#include "core/review/reviewevents.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace assay;
using namespace assay::core;

static int fail(const Error &e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.toString()));
    return 1;
}

int main(int argc, char **argv)
{
    const int n = argc > 1 ? QString::fromLatin1(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    auto created = Project::create(dir.filePath(QStringLiteral("review.assay")), {});
    if (!created)
        return fail(created.error());
    Project &p = **created;
    for (const char *name : {"ann", "bob", "rita"}) {
        auto added = p.people().addPerson(QLatin1String(name), {},
                                          {name[0] == 'r' ? Role::Reviewer : Role::Annotator});
        if (!added)
            return fail(added.error());
    }
    (void) p.people().addPerson(QStringLiteral("lead"), {}, {Role::Lead});
    QList<Item> items;
    items.reserve(n);
    for (int i = 0; i < n; ++i) {
        Item it;
        it.kind = ItemKind::Text;
        it.sha256 = QStringLiteral("%1").arg(i + 1, 64, 16, QLatin1Char('0'));
        it.path = QStringLiteral("t%1.txt").arg(i);
        it.text = QStringLiteral("text");
        items.append(it);
    }
    QElapsedTimer t;
    t.start();
    if (auto added = p.items().addItems(items, {}); !added)
        return fail(added.error());
    p.setActor(QStringLiteral("lead"));
    BatchSpec spec;
    spec.name = QStringLiteral("big");
    spec.annotators = {p.people().person(QStringLiteral("ann"))->id,
                       p.people().person(QStringLiteral("bob"))->id};
    spec.seed = 1;
    auto batch = p.work().planBatch(spec);
    if (!batch)
        return fail(batch.error());
    auto tasks = p.work().batchTasks(batch->id);
    if (!tasks)
        return fail(tasks.error());
    std::printf("setup: %d items, %lld tasks in %.1f s\n", n, qlonglong(tasks->size()),
                double(t.elapsed()) / 1000);

    // Every task in the queue, as rules that matched all of them would put it, with an agreement.
    ReviewQueued event;
    event.batchId = batch->id;
    event.seed = QStringLiteral("1");
    QRandomGenerator random(7);
    for (const Task &task : *tasks) {
        ReviewEntryRow r;
        r.id = newId();
        r.taskId = task.id;
        r.itemId = task.itemId;
        r.annotatorId = task.personId;
        r.reason = QStringLiteral("audit");
        r.agreement = random.generateDouble();
        event.entries.append(r);
    }
    t.start();
    if (auto e = p.record(event); !e)
        return fail(e.error());
    std::printf("record %lld queue entries (one event): %.0f ms\n", qlonglong(event.entries.size()),
                double(t.nsecsElapsed()) / 1e6);

    p.setActor(QStringLiteral("rita"));
    const struct
    {
        const char *name;
        ReviewOrder order;
    } orders[] = {{"agreement", ReviewOrder::Agreement},
                  {"annotator", ReviewOrder::Annotator},
                  {"class", ReviewOrder::Class},
                  {"random", ReviewOrder::Random}};
    for (const auto &o : orders) {
        double best = 1e9;
        qsizetype size = 0;
        for (int run = 0; run < 3; ++run) {
            t.start();
            auto q = p.review().queue(batch->id, o.order, 5);
            if (!q)
                return fail(q.error());
            best = std::min(best, double(t.nsecsElapsed()) / 1e6);
            size = q->size();
        }
        std::printf("reviewer's queue of %lld entries, %-9s order: %7.1f ms  (target < 1000 ms)\n",
                    qlonglong(size), o.name, best);
    }
    // The check made before each edit of an answer (is it under review?).
    t.start();
    const int checks = 2000;
    for (int i = 0; i < checks; ++i)
        (void) p.review().stage(tasks->at(i % tasks->size()).id);
    std::printf("stage check before an edit: %.1f us each\n",
                double(t.nsecsElapsed()) / 1e3 / checks);
    return 0;
}
