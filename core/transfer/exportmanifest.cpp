// SPDX-License-Identifier: Apache-2.0
#include "core/transfer/exportmanifest.h"
#include "core/base/tr.h"

#include "core/base/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>

namespace assay::core::transfer {

static Error invalid(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::InvalidInput, Tr::tr("not a valid export manifest: %1").arg(reason),
                     path);
}

// A path the manifest may name: relative, '/'-separated, inside its folder, printable.
static bool isSafeRelativePath(const QString &p)
{
    if (p.isEmpty() || p.size() > 4096 || p.startsWith(QLatin1Char('/'))
        || p.contains(QLatin1Char('\\')) || (p.size() >= 2 && p.at(1) == QLatin1Char(':')))
        return false;
    for (const QChar c : p) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format)
            return false;
    }
    const QStringList parts = p.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

static bool isHexDigest(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f')))
            return false;
    }
    return true;
}

// A whole number JSON holds exactly (doubles up to 2^53), not negative.
static bool wholeNumber(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || std::floor(d) != d)
        return false;
    *out = qint64(d);
    return true;
}

Result<ExportManifest> ExportManifest::parse(const QByteArray &json, const QString &path)
{
    if (json.size() > maxBytes)
        return invalid(path, Tr::tr("larger than %1 MiB").arg(maxBytes >> 20));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(path, Tr::tr("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    if (!doc.isObject())
        return invalid(path, Tr::tr("not a JSON object"));
    const QJsonObject root = doc.object();

    ExportManifest m;
    qint64 version = 0;
    if (!wholeNumber(root.value(QLatin1String("assay_manifest")), &version) || version == 0)
        return invalid(path, Tr::tr("no \"assay_manifest\" version"));
    if (version > 1) {
        return makeError(ErrorCode::Unsupported,
                         Tr::tr("export manifest version %1 is newer than this build reads (1)")
                                 .arg(version),
                         path);
    }
    m.version = int(version);

    const QJsonObject project = root.value(QLatin1String("project")).toObject();
    m.projectId = project.value(QLatin1String("id")).toString();
    m.projectName = project.value(QLatin1String("name")).toString();
    const QJsonObject snapshot = root.value(QLatin1String("snapshot")).toObject();
    if (!wholeNumber(snapshot.value(QLatin1String("event_seq")), &m.eventSeq))
        m.eventSeq = 0;
    m.eventId = snapshot.value(QLatin1String("event_id")).toString();
    m.eventHash = snapshot.value(QLatin1String("event_hash")).toString();
    m.format = root.value(QLatin1String("format")).toString();
    m.selection = root.value(QLatin1String("selection")).toString();
    for (const QJsonValue &c : root.value(QLatin1String("classes")).toArray())
        m.classes.append(c.toString());

    const QJsonValue files = root.value(QLatin1String("files"));
    if (!files.isArray())
        return invalid(path, Tr::tr("no \"files\" list"));
    QSet<QString> seen;
    const QJsonArray list = files.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        ManifestFile f;
        f.path = entry.value(QLatin1String("path")).toString();
        if (!isSafeRelativePath(f.path)) {
            return invalid(path, Tr::tr("file %1: the path must be relative and stay inside the "
                                        "manifest's folder")
                                         .arg(i + 1));
        }
        if (seen.contains(f.path))
            return invalid(path, Tr::tr("file %1: listed twice").arg(i + 1));
        seen.insert(f.path);
        if (!wholeNumber(entry.value(QLatin1String("bytes")), &f.bytes))
            return invalid(path, Tr::tr("file %1: no size in bytes").arg(i + 1));
        const QString digest = entry.value(QLatin1String("sha256")).toString();
        if (!isHexDigest(digest))
            return invalid(path, Tr::tr("file %1: no SHA-256").arg(i + 1));
        f.sha256 = digest.toLatin1();
        m.files.append(f);
    }
    return m;
}

Result<ExportManifest> ExportManifest::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("no such file"), path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, file.errorString(), path);
    if (file.size() > maxBytes)
        return invalid(path, Tr::tr("larger than %1 MiB").arg(maxBytes >> 20));
    const QByteArray json = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, file.errorString(), path);
    if (json.isEmpty())
        return invalid(path, Tr::tr("the file is empty"));
    return parse(json, path);
}

Result<ManifestCheck> verifyExport(const QString &manifestPath)
{
    auto manifest = ExportManifest::read(manifestPath);
    if (!manifest)
        return manifest.error();
    ManifestCheck check;
    check.manifest = std::move(*manifest);
    const QDir folder = QFileInfo(manifestPath).absoluteDir();
    for (const ManifestFile &f : std::as_const(check.manifest.files)) {
        const QString full = folder.filePath(f.path);
        const QFileInfo info(full);
        if (!info.isFile()) {
            check.missing.append(f.path);
            continue;
        }
        ++check.checked;
        if (info.size() != f.bytes || sha256FileHex(full) != f.sha256)
            check.changed.append(f.path);
    }
    return check;
}

} // namespace assay::core::transfer
