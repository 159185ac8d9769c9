// SPDX-License-Identifier: Apache-2.0
// The media resolver's rules, tried in order; the file-name index is built once, on first need.
#include "core/interchange/mediaresolver.h"
#include "core/base/tr.h"
#include "core/interchange/interchangeutil_p.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace assay::core::interchange {

namespace {

// A folder with more files than this is not a dataset's media folder (a home folder given by
// mistake): the name index stops there rather than walk a whole disk.
constexpr qsizetype maxIndexedFiles = 2'000'000;

bool isWindowsAbsolute(const QString &path)
{
    return path.size() >= 3 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':')
           && path.at(2) == QLatin1Char('/');
}

QString fileNameOf(const QString &path)
{
    return path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
}

QString joined(const QString &base, const QString &relative)
{
    return QDir::cleanPath(base + QLatin1Char('/') + relative);
}

// Suffixes of a relative path, longest first, leaving out `skip` of them: "a/b/x.jpg" gives
// "a/b/x.jpg", "b/x.jpg", "x.jpg". Parts that climb ("..") never start a suffix.
QStringList suffixes(const QString &relative, int skip)
{
    QStringList out;
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype k = skip; k < parts.size(); ++k) {
        if (parts.at(k) == QLatin1String("..") || parts.at(k) == QLatin1String("."))
            continue;
        out << parts.mid(k).join(QLatin1Char('/'));
    }
    return out;
}

} // namespace

QString mediaRuleName(MediaRule rule)
{
    switch (rule) {
    case MediaRule::AsGiven: return QStringLiteral("as-given");
    case MediaRule::BesideAnnotations: return QStringLiteral("beside-annotations");
    case MediaRule::LeadingFoldersStripped: return QStringLiteral("leading-folders-stripped");
    case MediaRule::SubsetFolder: return QStringLiteral("subset-folder");
    case MediaRule::UploadPrefix: return QStringLiteral("upload-prefix");
    case MediaRule::UniqueName: return QStringLiteral("unique-name");
    }
    return QStringLiteral("unknown");
}

QString mediaRuleText(MediaRule rule)
{
    switch (rule) {
    case MediaRule::AsGiven: return Tr::tr("at the path given");
    case MediaRule::BesideAnnotations: return Tr::tr("beside the annotation file");
    case MediaRule::LeadingFoldersStripped: return Tr::tr("with leading folders removed");
    case MediaRule::SubsetFolder: return Tr::tr("in the subset folder");
    case MediaRule::UploadPrefix: return Tr::tr("with the upload prefix removed");
    case MediaRule::UniqueName: return Tr::tr("by their unique file name");
    }
    return {};
}

MediaResolver::MediaResolver(Options options)
    : m_options(std::move(options))
{
    const QString root = QDir::cleanPath(m_options.mediaRoot);
    if (!root.isEmpty())
        m_roots << root;
    if (!m_options.annotationPath.isEmpty()) {
        const QFileInfo info(m_options.annotationPath);
        const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath()
                                                            : info.absolutePath());
        m_besides << folder;
        // COCO (annotations/instances_train2017.json beside train2017/) and datumaro keep the
        // annotations one folder below the dataset.
        const QString name = QFileInfo(folder).fileName().toLower();
        if (name == QLatin1String("annotations") || name == QLatin1String("labels"))
            m_besides << QFileInfo(folder).absolutePath();
        for (const QString &b : std::as_const(m_besides)) {
            if (!m_roots.contains(b))
                m_roots << b;
        }
        m_besides.removeAll(root);
    }
}

bool MediaResolver::exists(const QString &absolutePath) const
{
    return m_options.exists ? m_options.exists(absolutePath) : QFileInfo(absolutePath).isFile();
}

std::optional<QString> MediaResolver::under(const QStringList &bases, const QString &relative) const
{
    for (const QString &base : bases) {
        const QString candidate = joined(base, relative);
        if (exists(candidate))
            return candidate;
    }
    return std::nullopt;
}

std::optional<QString> MediaResolver::stripped(const QStringList &bases,
                                               const QString &relative) const
{
    for (const QString &suffix : suffixes(relative, 1)) {
        if (auto found = under(bases, suffix))
            return found;
    }
    return std::nullopt;
}

std::optional<QString> MediaResolver::inFolders(const QStringList &folders,
                                                const QString &relative) const
{
    const QStringList tails = suffixes(relative, 0);
    for (const QString &folder : folders) {
        for (const QString &tail : tails) {
            if (auto found = under(m_roots, folder + QLatin1Char('/') + tail))
                return found;
        }
    }
    return std::nullopt;
}

QString MediaResolver::withoutUploadHash(const QString &fileName)
{
    // Label Studio's upload names files "<uuid4 hex[:8]>-<original name>".
    if (fileName.size() < 10 || fileName.at(8) != QLatin1Char('-'))
        return fileName;
    for (int i = 0; i < 8; ++i) {
        const QChar c = fileName.at(i);
        const bool hex = (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
                         || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
        if (!hex)
            return fileName;
    }
    return fileName.mid(9);
}

std::optional<QString> MediaResolver::withoutUploadPrefix(const QString &path)
{
    static const QLatin1String upload("/data/upload/");
    static const QLatin1String localFiles("/data/local-files/");
    if (path.startsWith(upload))
        return QUrl::fromPercentEncoding(path.mid(upload.size()).toUtf8());
    if (path.startsWith(localFiles)) {
        const qsizetype d = path.indexOf(QLatin1String("?d="));
        if (d < 0)
            return std::nullopt;
        return QUrl::fromPercentEncoding(path.mid(d + 3).toUtf8());
    }
    const qsizetype scheme = path.indexOf(QLatin1String("://"));
    if (scheme > 0 && scheme < 8) {
        // http(s), s3, gs, azure-blob: the host or bucket goes, the object's path stays.
        const qsizetype slash = path.indexOf(QLatin1Char('/'), scheme + 3);
        if (slash < 0)
            return std::nullopt;
        QString rest = path.mid(slash + 1);
        const qsizetype query = rest.indexOf(QLatin1Char('?'));
        if (query >= 0)
            rest.truncate(query);
        return QUrl::fromPercentEncoding(rest.toUtf8());
    }
    return std::nullopt;
}

void MediaResolver::indexNames()
{
    if (m_indexed)
        return;
    m_indexed = true;
    if (m_options.mediaRoot.isEmpty())
        return;
    const QString root = QDir::cleanPath(m_options.mediaRoot);
    QDirIterator it(root, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    qsizetype count = 0;
    while (it.hasNext() && count < maxIndexedFiles) {
        const QString path = it.next();
        // Hidden folders (.git, .cache) hold no dataset media.
        if (path.indexOf(QLatin1String("/."), root.size()) >= 0)
            continue;
        const QString name = it.fileName();
        m_byName[name].append(path);
        m_byLowerName[name.toLower()].append(path);
        if (detail::isImageFileName(name))
            m_imagesByStem[name.left(name.lastIndexOf(QLatin1Char('.')))].append(path);
        ++count;
    }
}

MediaMatch MediaResolver::oneOf(QStringList paths)
{
    MediaMatch match;
    if (paths.isEmpty())
        return match;
    match.rule = MediaRule::UniqueName;
    if (paths.size() == 1) {
        match.path = paths.constFirst();
    } else {
        std::sort(paths.begin(), paths.end());
        match.candidates = paths;
    }
    return match;
}

MediaMatch MediaResolver::byName(const QString &fileName)
{
    if (fileName.isEmpty())
        return {};
    indexNames();
    if (const auto it = m_byName.constFind(fileName); it != m_byName.cend())
        return oneOf(*it);
    // The name as written with another case (a dataset made on Windows or macOS).
    if (const auto it = m_byLowerName.constFind(fileName.toLower()); it != m_byLowerName.cend())
        return oneOf(*it);
    // A name without its extension: the image of that name, whatever its extension.
    if (!detail::kindFromExtension(fileName))
        return oneOf(m_imagesByStem.value(fileName));
    return {};
}

MediaMatch MediaResolver::done(MediaMatch match)
{
    if (match.found())
        ++m_counts[size_t(match.rule)];
    else if (match.ambiguous())
        m_ambiguous.append(match);
    return match;
}

MediaMatch MediaResolver::resolve(const QString &rawPath, const QString &subset)
{
    QString path = rawPath;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1String("file://")))
        path = QUrl::fromPercentEncoding(path.mid(7).toUtf8());
    if (path.isEmpty())
        return {};
    const bool windows = isWindowsAbsolute(path);
    const bool absolute = windows || path.startsWith(QLatin1Char('/'));
    const QString relative = windows ? path.mid(3) : absolute ? path.mid(1) : path;
    auto found = [&](const QString &file, MediaRule rule) {
        return done(MediaMatch{rawPath, file, rule, {}});
    };

    // 1. As given.
    if (absolute && !windows && exists(QDir::cleanPath(path)))
        return found(QDir::cleanPath(path), MediaRule::AsGiven);
    if (!absolute && !m_roots.isEmpty() && exists(joined(m_roots.constFirst(), relative)))
        return found(joined(m_roots.constFirst(), relative), MediaRule::AsGiven);
    // 2. Beside the annotation file.
    if (!absolute) {
        if (auto f = under(m_besides, relative))
            return found(*f, MediaRule::BesideAnnotations);
    }
    // 3. Leading folders stripped ("/x.jpg" counts: its one leading folder is the root).
    if (absolute) {
        if (auto f = under(m_roots, relative))
            return found(*f, MediaRule::LeadingFoldersStripped);
    }
    if (auto f = stripped(m_roots, relative))
        return found(*f, MediaRule::LeadingFoldersStripped);
    // 4. The subset's folder, and the folders the format names.
    QStringList folders;
    if (!subset.isEmpty())
        folders << QStringLiteral("images/") + subset << subset
                << subset + QStringLiteral("/images");
    folders << m_options.mediaFolders;
    if (auto f = inFolders(folders, relative))
        return found(*f, MediaRule::SubsetFolder);
    // 5. Label Studio's upload prefixes and file name hashes, and storage URLs.
    QStringList variants;
    const std::optional<QString> inner = withoutUploadPrefix(path);
    if (inner && !inner->isEmpty())
        variants << *inner;
    const QString base = inner ? *inner : relative;
    const QString name = fileNameOf(base);
    const QString plainName = withoutUploadHash(name);
    if (plainName != name)
        variants << base.left(base.size() - name.size()) + plainName;
    for (const QString &v : std::as_const(variants)) {
        std::optional<QString> f = under(m_roots, v);
        if (!f)
            f = stripped(m_roots, v);
        if (!f)
            f = inFolders(folders, v);
        if (f)
            return found(*f, MediaRule::UploadPrefix);
    }
    // 6. The one file of that name under the media root; two are reported, never guessed.
    MediaMatch match = byName(name);
    if (!match.found() && !match.ambiguous() && plainName != name)
        match = byName(plainName);
    if (!match.found() && !match.ambiguous())
        return {};
    match.given = rawPath;
    return done(match);
}

} // namespace assay::core::interchange
