// SPDX-License-Identifier: Apache-2.0
// Intake: walk, read and probe in parallel, drop duplicates, record the run as one event.
#include "core/items/intake.h"
#include "core/base/tr.h"

#include "core/media/mediaprobe.h"
#include "core/media/previewcache.h"
#include "core/media/slideparts.h"
#include "core/media/slideredaction.h"
#include "core/media/tiledprobe.h"
#include "core/media/tilesource.h"
#include "core/base/sha256.h"
#include "core/project/services.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QThread>

#include <opencv2/core/mat.hpp>

#include <mutex>
#include <optional>
#include <thread>

namespace assay::core::media {

struct Candidate
{
    QString path; // absolute
    MediaType type = MediaType::Unsupported;
    Result<ProbeOutcome> outcome = makeError(ErrorCode::Generic, {});
    QString previewWritten; // the preview this run stored for it, if any
};

static bool isProjectFile(const QString &path, const QString &projectPath)
{
    return path == projectPath || path.startsWith(projectPath + QLatin1Char('-'))
           || path.startsWith(projectPath + QLatin1Char('.'));
}

static void collect(const QStringList &paths, const QString &projectPath,
                    QList<Candidate> *candidates, QList<IntakeProblem> *rejected,
                    qint64 *slidePartCount)
{
    QStringList files;
    QStringList named; // files named one by one, not found in a folder
    for (const QString &p : paths) {
        const QFileInfo fi(p);
        if (!fi.exists()) {
            rejected->append({p, Tr::tr("no such file or folder")});
        } else if (fi.isDir()) {
            QDirIterator it(fi.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            QStringList found;
            while (it.hasNext()) {
                const QString f = it.next();
                // Hidden files and folders (.git, .DS_Store, editors' backups) are not media.
                const QString rel = QDir(fi.absoluteFilePath()).relativeFilePath(f);
                if (rel.startsWith(QLatin1Char('.')) || rel.contains(QLatin1String("/.")))
                    continue;
                found.append(f);
            }
            found.sort();
            files += found;
        } else {
            files.append(fi.absoluteFilePath());
            named.append(fi.absoluteFilePath());
        }
    }
    // A multi-file slide's data, pieces and macro image are the slide, read through it: not
    // items, and not "unsupported" either.
    const QSet<QString> parts = partsOfSlides(files, named);
    QSet<QString> seen;
    for (const QString &f : std::as_const(files)) {
        const QString canonical = QFileInfo(f).absoluteFilePath();
        if (seen.contains(canonical) || isProjectFile(canonical, projectPath))
            continue;
        seen.insert(canonical);
        if (parts.contains(canonical)) {
            ++*slidePartCount;
            continue;
        }
        Candidate c;
        c.path = canonical;
        c.type = mediaTypeForPath(canonical);
        if (c.type == MediaType::Unsupported) {
            const QString ext = QFileInfo(canonical).suffix();
            rejected->append({canonical, ext.isEmpty()
                                                 ? Tr::tr("unsupported file type (no extension)")
                                                 : Tr::tr("unsupported file type (.%1)").arg(ext)});
            continue;
        }
        candidates->append(c);
    }
}

// A large image's reduced copy, made from the pixels the probe decoded anyway: its first view
// then decodes 2048 pixels across instead of the whole file. Derived data: a preview that cannot
// be written is made again when the image is shown.
static void storePreview(Candidate &c, const PreviewCache &previews, const cv::Mat &decoded)
{
    if (!c.outcome || c.type != MediaType::Image || c.outcome->items.isEmpty())
        return;
    const Item &item = c.outcome->items.first();
    if (!PreviewCache::isWanted(item) || QFileInfo::exists(previews.previewPath(item.sha256)))
        return;
    if (const Status stored = previews.store(item.sha256, decoded, QSize(item.width, item.height)))
        c.previewWritten = previews.previewPath(item.sha256);
    else
        qWarning("%s", qPrintable(stored.error().toString()));
}

// An image read by region (a pyramidal TIFF, a whole-slide file) is never read whole: hashed
// as a stream, measured from its headers, its picture taken from a reduced level.
static std::optional<Result<ProbeOutcome>> probeRegional(const QString &path, cv::Mat *decoded)
{
    auto source = TileSource::openRegional(path);
    if (!source)
        return Result<ProbeOutcome>(source.error());
    if (!*source)
        return std::nullopt;
    auto item = probeTiled(**source, decoded);
    if (!item)
        return Result<ProbeOutcome>(item.error());
    // A slide with a label, macro or thumbnail beside it: the hash of the file without them is
    // recorded with the item, so that copies of people who may not see them get that file and
    // can check it (SyncService); both hashes come from one read of the file. A slide whose
    // images cannot be taken out stays on this copy.
    std::optional<SlideRedaction> redaction;
    if ((*source)->backend() == TileSource::Backend::OpenSlide
        && !(*source)->associatedImages().isEmpty()) {
        if (auto found = redactionOf(path))
            redaction = std::move(*found);
    }
    if (redaction) {
        auto shared = redactedSha256(path, *redaction, &item->sha256);
        if (!shared)
            return Result<ProbeOutcome>(shared.error());
        item->metadata.insert(QStringLiteral("shared_sha256"), *shared);
        item->metadata.insert(QStringLiteral("shared_without"),
                              QJsonArray::fromStringList(redaction->removed));
    } else {
        item->sha256 = QString::fromLatin1(sha256FileHex(path));
    }
    if (item->sha256.isEmpty())
        return Result<ProbeOutcome>(makeError(ErrorCode::Io, Tr::tr("cannot be read")));
    item->byteSize = QFileInfo(path).size();
    return Result<ProbeOutcome>(ProbeOutcome{{*item}, {}});
}

static void probeOne(Candidate &c, const PreviewCache &previews)
{
    cv::Mat decoded;
    if (c.type == MediaType::Image) {
        if (auto regional = probeRegional(c.path, &decoded)) {
            c.outcome = std::move(*regional);
            storePreview(c, previews, decoded);
            return;
        }
    }
    QFile file(c.path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.outcome = makeError(ErrorCode::Io, Tr::tr("cannot be read: %1").arg(file.errorString()));
        return;
    }
    const qint64 textLimit = c.type == MediaType::Text        ? kMaxTextDocumentBytes
                             : c.type == MediaType::JsonLines ? kMaxJsonLinesBytes
                                                              : 0;
    if (textLimit > 0 && file.size() > textLimit) {
        c.outcome = makeError(ErrorCode::InvalidInput,
                              Tr::tr("%1 MiB: larger than the %2 MiB a text file may hold")
                                      .arg(file.size() >> 20)
                                      .arg(textLimit >> 20));
        return;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        c.outcome = makeError(ErrorCode::Io, Tr::tr("cannot be read: %1").arg(file.errorString()));
        return;
    }
    c.outcome = probe(c.type, data, &decoded);
    storePreview(c, previews, decoded);
}

// A run that adds nothing leaves no preview behind either.
static void removeWrittenPreviews(const QList<Candidate> &candidates)
{
    for (const Candidate &c : candidates) {
        if (!c.previewWritten.isEmpty())
            QFile::remove(c.previewWritten);
    }
}

Result<IntakeReport> addMedia(assay::core::Project &store, const QStringList &paths,
                              const IntakeOptions &options)
{
    IntakeReport report;
    QList<Candidate> candidates;
    collect(paths, store.path(), &candidates, &report.rejected, &report.slideParts);
    const PreviewCache previews(store.path());
    report.scanned = candidates.size() + report.rejected.size() + report.slideParts;

    // Probing is I/O and decoding: spread over the cores, progress from this thread.
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    const int threadCount = std::max(1, options.threads > 0 ? options.threads
                                                            : QThread::idealThreadCount());
    std::vector<std::thread> workers;
    for (int t = 0; t < std::min<qsizetype>(threadCount, candidates.size()); ++t) {
        workers.emplace_back([&] {
            for (;;) {
                if (options.cancel && options.cancel->load())
                    return;
                const qsizetype i = next.fetch_add(1);
                if (i >= candidates.size())
                    return;
                probeOne(candidates[i], previews);
                done.fetch_add(1);
            }
        });
    }
    const qint64 total = candidates.size();
    while (done.load() < total) {
        if (options.cancel && options.cancel->load())
            break;
        if (options.progress)
            options.progress(done.load(), total);
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    for (auto &w : workers)
        w.join();
    if (options.cancel && options.cancel->load()) {
        removeWrittenPreviews(candidates);
        report.cancelled = true;
        return report;
    }
    if (options.progress)
        options.progress(total, total);

    // Duplicates: against the project, and within this run (the first in path order wins).
    QList<Item> toAdd;
    QHash<QString, QString> inRun; // sha256 → path
    QStringList hashes;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.outcome) {
            for (const Item &it : c.outcome->items)
                hashes.append(it.sha256);
        }
    }
    auto known = store.items().knownSha256(hashes);
    if (!known) {
        removeWrittenPreviews(candidates);
        return known.error();
    }

    QJsonArray rejectedJson;
    for (Candidate &c : candidates) {
        if (!c.outcome) {
            report.rejected.append({c.path, c.outcome.error().message});
            continue;
        }
        for (const QString &lineError : std::as_const(c.outcome->lineErrors))
            report.lineErrors.append(c.path + QStringLiteral(": ") + lineError);
        for (Item item : c.outcome->items) {
            const int line = item.metadata.value(QLatin1String("line")).toInt();
            const QString where = line > 0 ? Tr::tr("%1, line %2").arg(c.path).arg(line) : c.path;
            if (known->contains(item.sha256)) {
                report.duplicates.append({where, Tr::tr("already in the project")});
                continue;
            }
            if (inRun.contains(item.sha256)) {
                report.duplicates.append(
                        {where, Tr::tr("same content as %1").arg(inRun.value(item.sha256))});
                continue;
            }
            inRun.insert(item.sha256, where);
            item.id = newId();
            item.path = store.storedMediaPath(c.path);
            toAdd.append(item);
        }
    }
    for (const IntakeProblem &p : std::as_const(report.rejected)) {
        if (rejectedJson.size() >= 1000)
            break;
        rejectedJson.append(QJsonObject{{QStringLiteral("path"), p.path},
                                        {QStringLiteral("reason"), p.reason}});
    }
    if (!toAdd.isEmpty()) {
        const QJsonObject summary{{QStringLiteral("operation"), QStringLiteral("intake")},
                                  {QStringLiteral("sources"), QJsonArray::fromStringList(paths)},
                                  {QStringLiteral("scanned"), double(report.scanned)},
                                  {QStringLiteral("duplicates"), double(report.duplicates.size())},
                                  {QStringLiteral("rejected"), rejectedJson}};
        auto added = store.items().addItems(toAdd, summary);
        if (!added) {
            removeWrittenPreviews(candidates);
            return added.error();
        }
    }
    report.added = toAdd;
    return report;
}

} // namespace assay::core::media
