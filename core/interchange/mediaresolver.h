// SPDX-License-Identifier: Apache-2.0
// Finds the media file a dataset names, wherever the tool that wrote the dataset put it: one set
// of rules for every format, each match labelled with the rule that found it.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace assay::core::interchange {

// The rules, in the order they are tried. The first rule that finds a file wins.
//  AsGiven                 the path under the media root (an absolute path as it is)
//  BesideAnnotations       the path under the annotation file's folder (and under the dataset
//                          folder above it when that folder is "annotations", COCO's layout)
//  LeadingFoldersStripped  the path with its leading folders removed one at a time, under the
//                          media root or the annotation folder ("JPEGImages/x.jpg" when the
//                          media root is JPEGImages; "/home/ann/data/x.jpg" from another machine)
//  SubsetFolder            under a folder the format names: the image's subset ("images/train/"
//                          of a CVAT project export), a COCO "train2017/" folder, "images/"
//  UploadPrefix            with Label Studio's prefixes removed: "/data/upload/<n>/",
//                          "/data/local-files/?d=", a URL's scheme and host, and the 8 hex digits
//                          and dash ("1a2b3c4d-") that its upload puts before file names
//  UniqueName              the only file of that name anywhere under the media root; failing
//                          that, the only one whose name differs in case only ("0af.jpg" for
//                          0AF.jpg), or, for a name without an extension ("1be", as Roboflow's
//                          VOC writes), the only image of that name with one
enum class MediaRule {
    AsGiven,
    BesideAnnotations,
    LeadingFoldersStripped,
    SubsetFolder,
    UploadPrefix,
    UniqueName,
};
inline constexpr int mediaRuleCount = 6;

QString mediaRuleName(MediaRule rule); // "as-given", ... (JSON keys)
QString mediaRuleText(MediaRule rule); // translated, for summaries

struct MediaMatch
{
    QString given; // the path as the dataset wrote it
    QString path;  // absolute and clean; empty when nothing (or more than one) was found
    MediaRule rule = MediaRule::AsGiven;
    QStringList candidates; // an ambiguous name: every file of that name, absolute, sorted

    bool found() const { return !path.isEmpty(); }
    bool ambiguous() const { return candidates.size() > 1; }
};

// Not thread-safe: the name index is built on first use.
class MediaResolver final
{
public:
    struct Options
    {
        QString mediaRoot;      // absolute folder; paths are looked up here first
        QString annotationPath; // the annotation file (or folder) that was read
        // Folders the format names for the whole dataset, relative to the media root or the
        // annotation folder: "train2017", "images/train2017", "images".
        QStringList mediaFolders;
        // Whether a candidate is there; unset: a file exists at that absolute path. The import
        // also accepts paths the project already has an item for.
        std::function<bool(const QString &absolutePath)> exists;
    };

    explicit MediaResolver(Options options);

    // `subset`: the image's subset, when the format names one (CVAT's subset attribute).
    MediaMatch resolve(const QString &path, const QString &subset = {});

    // Matches so far, by rule, and the names that were ambiguous.
    qint64 count(MediaRule rule) const { return m_counts[size_t(rule)]; }
    const QList<MediaMatch> &ambiguousMatches() const { return m_ambiguous; }

    // The name of a file without the prefix Label Studio's upload adds ("1a2b3c4d-x.jpg" ->
    // "x.jpg"); the name itself when it has none.
    static QString withoutUploadHash(const QString &fileName);
    // The path inside a Label Studio or storage reference ("/data/upload/3/a.jpg" -> "3/a.jpg",
    // "/data/local-files/?d=x/a.jpg" -> "x/a.jpg", "s3://bucket/x/a.jpg" -> "x/a.jpg"); nullopt
    // when the path is none of these.
    static std::optional<QString> withoutUploadPrefix(const QString &path);

private:
    bool exists(const QString &absolutePath) const;
    std::optional<QString> under(const QStringList &bases, const QString &relative) const;
    std::optional<QString> stripped(const QStringList &bases, const QString &relative) const;
    std::optional<QString> inFolders(const QStringList &folders, const QString &relative) const;
    MediaMatch byName(const QString &fileName);
    static MediaMatch oneOf(QStringList paths);
    MediaMatch done(MediaMatch match);
    void indexNames();

    Options m_options;
    QStringList m_roots;                  // the media root, then the annotation folder (if another)
    QStringList m_besides;                // the annotation folder and the dataset folder above it
    QHash<QString, QStringList> m_byName; // file name -> absolute paths under the root
    QHash<QString, QStringList> m_byLowerName;  // the same, names in lower case
    QHash<QString, QStringList> m_imagesByStem; // image file name without extension -> paths
    bool m_indexed = false;
    std::array<qint64, mediaRuleCount> m_counts{};
    QList<MediaMatch> m_ambiguous;
};

} // namespace assay::core::interchange
