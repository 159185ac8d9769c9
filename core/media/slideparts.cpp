// SPDX-License-Identifier: Apache-2.0
// Multi-file slides: which files belong to them, read from the slide's own index as OpenSlide
// reads it (MIRAX: the folder of the slide's name; Hamamatsu VMS/VMU: the key files of its
// "Virtual Microscope Specimen" group).
#include "core/media/slideparts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace assay::core::media {

namespace {

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

// A VMS or VMU index is a short INI file; the files it names are beside it.
QSet<QString> hamamatsuParts(const QFileInfo &slide)
{
    QSet<QString> parts;
    QFile file(slide.absoluteFilePath());
    if (slide.size() > (1 << 20) || !file.open(QIODevice::ReadOnly))
        return parts;
    const QDir folder = slide.absoluteDir();
    static const char *const keys[] = {"ImageFile", "MapFile", "OptimisationFile", "MacroImage"};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        const qsizetype equals = line.indexOf('=');
        if (equals <= 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QByteArray value = line.mid(equals + 1).trimmed();
        if (value.isEmpty())
            continue;
        for (const char *name : keys) {
            if (key.startsWith(name)) {
                const QFileInfo part(folder.absoluteFilePath(QString::fromUtf8(value)));
                if (part.isFile())
                    parts.insert(part.absoluteFilePath());
                break;
            }
        }
    }
    return parts;
}

QSet<QString> miraxParts(const QFileInfo &slide)
{
    QSet<QString> parts;
    const QString folder = slide.absolutePath() + QLatin1Char('/') + slide.completeBaseName();
    if (!QFileInfo(folder).isDir())
        return parts;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        parts.insert(QFileInfo(it.next()).absoluteFilePath());
    return parts;
}

} // namespace

bool isMultiFileSlide(const QString &path)
{
    const QString suffix = suffixOf(path);
    return suffix == QLatin1String("mrxs") || suffix == QLatin1String("vms")
           || suffix == QLatin1String("vmu");
}

QSet<QString> slideParts(const QString &slidePath)
{
    const QFileInfo slide(slidePath);
    if (!slide.isFile())
        return {};
    const QString suffix = suffixOf(slidePath);
    if (suffix == QLatin1String("mrxs"))
        return miraxParts(slide);
    if (suffix == QLatin1String("vms") || suffix == QLatin1String("vmu"))
        return hamamatsuParts(slide);
    return {};
}

QSet<QString> partsOfSlides(const QStringList &walked, const QStringList &named)
{
    QSet<QString> slides;
    for (const QString &f : walked) {
        if (isMultiFileSlide(f))
            slides.insert(f);
    }
    QSet<QString> folders; // where a slide may lie beside a named file, once each
    for (const QString &f : named) {
        if (isMultiFileSlide(f)) {
            slides.insert(f);
            continue;
        }
        const QFileInfo fi(f);
        folders.insert(fi.absolutePath());
        folders.insert(QFileInfo(fi.absolutePath()).absolutePath());
    }
    static const QStringList patterns = {QStringLiteral("*.mrxs"), QStringLiteral("*.vms"),
                                         QStringLiteral("*.vmu"),  QStringLiteral("*.MRXS"),
                                         QStringLiteral("*.VMS"),  QStringLiteral("*.VMU")};
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList found = QDir(folder).entryInfoList(patterns, QDir::Files);
        for (const QFileInfo &s : found)
            slides.insert(s.absoluteFilePath());
    }
    QSet<QString> parts;
    for (const QString &s : std::as_const(slides))
        parts.unite(slideParts(s));
    return parts;
}

} // namespace assay::core::media
