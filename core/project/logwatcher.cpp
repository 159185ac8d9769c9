// SPDX-License-Identifier: Apache-2.0
// LogWatcher: the store's commit notification and the poll for other connections' commits.
#include "core/project/logwatcher.h"

#include "core/annotation/annotationevents.h"
#include "core/store/database.h"
#include "core/store/projectstore.h"
#include "core/transfer/transferevents.h"

#include <QPointer>
#include <QTimer>

namespace assay::core {

using store::Database;
using store::Event;
using store::Statement;

LogWatcher::LogWatcher(store::ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    auto db = Database::open(store->path(), Database::OpenMode::ReadOnly);
    if (!db) {
        m_error = db.error();
        return;
    }
    m_db = std::move(*db);
    auto head = m_db->queryInt(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    auto version = m_db->queryInt(QStringLiteral("PRAGMA data_version"));
    if (!head || !version) {
        m_error = head ? version.error() : head.error();
        m_db.reset();
        return;
    }
    m_lastSeq = *head;
    m_dataVersion = *version;
    // The listener outlives the watcher in the store: it asks first whether the watcher is there.
    store->setCommitListener([watcher = QPointer<LogWatcher>(this)] {
        if (watcher)
            watcher->onLocalCommit();
    });
    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &LogWatcher::poll);
    m_timer->start();
}

LogWatcher::~LogWatcher() = default;

void LogWatcher::setPollInterval(int ms)
{
    m_timer->setInterval(ms);
}

void LogWatcher::onLocalCommit()
{
    // Other connections' events that came before this commit are read with it; the ids tell
    // them apart (the store's write lock keeps anyone from appending within the transaction).
    const QSet<Id> local = m_store->takeRecordedEventIds();
    if (m_db)
        read(local);
}

void LogWatcher::poll()
{
    if (!m_db)
        return;
    // data_version changes when another connection (the store's included) committed since the
    // last look: a read of one page of the file's header, no query of the log.
    auto version = m_db->queryInt(QStringLiteral("PRAGMA data_version"));
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    read({});
}

void LogWatcher::read(const QSet<Id> &localIds)
{
    // Payloads are read for the annotation kinds only: they are small, while an import's may be
    // a hundred megabytes that say nothing a view needs.
    auto s = m_db->cached("SELECT seq, id, person_id, kind, codec,"
                          " CASE WHEN kind LIKE 'annotation.%' THEN payload END"
                          " FROM events WHERE seq > ?1 ORDER BY seq");
    if (!s)
        return;
    Statement &events = **s;
    events.bind(1, m_lastSeq);
    QList<Event> appended;
    while (events.step()) {
        Event e;
        e.seq = events.int64(0);
        e.id = events.text(1);
        e.personId = events.text(2);
        e.kind = events.text(3);
        e.codec = events.text(4);
        e.stored = events.blob(5);
        appended.append(e);
    }
    events.reset();
    if (appended.isEmpty())
        return;
    m_lastSeq = appended.last().seq;
    QList<EventNotice> notices;
    notices.reserve(appended.size());
    for (const Event &e : std::as_const(appended)) {
        EventNotice n = notice(e);
        n.local = localIds.contains(e.id);
        notices.append(n);
    }
    Q_EMIT eventsAppended(notices);
}

EventNotice LogWatcher::notice(const Event &e)
{
    EventNotice n;
    n.seq = e.seq;
    n.id = e.id;
    n.kind = e.kind;
    n.personId = e.personId;
    if (e.kind == QLatin1String(DatasetImported::kind.name)) {
        n.anyItem = true; // annotations and suggestions for any number of items
        return n;
    }
    if (e.stored.isEmpty())
        return n;
    const auto payload = e.payload();
    if (!payload)
        return n;
    // A created annotation is named "id" in its event; the edits name it "annotation_id".
    const QString annotationId = e.kind == QLatin1String(AnnotationCreated::kind.name)
                                         ? payload->value(QLatin1String("id")).toString()
                                         : payload->value(QLatin1String("annotation_id")).toString();
    if (annotationId.isEmpty())
        return n;
    n.annotationIds.append(annotationId);
    auto item = m_db->cached("SELECT item_id FROM annotations WHERE id = ?1");
    if (item) {
        (*item)->bind(1, annotationId);
        if ((*item)->step())
            n.itemIds.append((*item)->text(0));
        (*item)->reset();
    }
    return n;
}

} // namespace assay::core
