// SPDX-License-Identifier: Apache-2.0
// YOLO text labels (Ultralytics and labelImg layouts): import and export.
#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/base/names.h"
#include "core/interchange/yoloformat.h"

#include "core/interchange/imageheader.h"
#include "core/interchange/interchangeutil_p.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

namespace assay::core::interchange {

using namespace detail;

namespace {

// A value of the YAML subset: scalar text with quotes removed.
QString yamlScalar(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('\'')) && text.endsWith(QLatin1Char('\'')))
        return text.mid(1, text.size() - 2).replace(QStringLiteral("''"), QStringLiteral("'"));
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"'))) {
        const QString inner = text.mid(1, text.size() - 2);
        QString out;
        for (qsizetype i = 0; i < inner.size(); ++i) {
            QChar c = inner.at(i);
            if (c == QLatin1Char('\\') && i + 1 < inner.size()) {
                const QChar n = inner.at(++i);
                c = n == QLatin1Char('n') ? QChar('\n') : n == QLatin1Char('t') ? QChar('\t') : n;
            }
            out += c;
        }
        return out;
    }
    return text;
}

// Drops a comment: a '#' at the start or after a space, outside quotes.
QString stripComment(const QString &line)
{
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('#') && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i);
        }
    }
    return line;
}

// Splits a flow collection's inside on commas outside quotes.
QStringList splitFlow(const QString &inside)
{
    QStringList parts;
    QString current;
    QChar quote;
    for (const QChar c : inside) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            current += c;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            current += c;
        } else if (c == QLatin1Char(',')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.trimmed().isEmpty())
        parts << current;
    return parts;
}

// "key: value" outside quotes; false when there is no such colon.
bool splitKey(const QString &text, QString *key, QString *value)
{
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace())) {
            *key = yamlScalar(text.left(i));
            *value = text.mid(i + 1).trimmed();
            return true;
        }
    }
    return false;
}

bool needsYamlQuotes(const QString &name)
{
    if (name.isEmpty() || name.trimmed() != name)
        return true;
    static const QString special = QStringLiteral(":#{}[],&*?|<>=!%@`\"'-");
    if (special.contains(name.at(0)))
        return true;
    // "a: b" and "a #b" read as a mapping and a comment; "bird:" at the end of a line as a
    // mapping too (PyYAML: "mapping values are not allowed here").
    if (name.contains(QStringLiteral(": ")) || name.contains(QStringLiteral(" #"))
        || name.endsWith(QLatin1Char(':')))
        return true;
    static const QStringList words = {"true", "false", "yes", "no", "on", "off", "null", "~"};
    if (words.contains(name.toLower()))
        return true;
    double number;
    return parseNumber(name, &number);
}

QString yamlQuoted(const QString &name)
{
    if (!needsYamlQuotes(name))
        return name;
    QString escaped = name;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QStringList namesFromLines(const QByteArray &text)
{
    QStringList names;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty())
            names << name;
    }
    return names;
}

struct Layout
{
    QString root;      // the dataset folder
    QString namesFile; // data.yaml, classes.txt or obj.names; empty when none
    QMap<int, QString> names;
};

bool isNamesFile(const QString &fileName)
{
    return fileName == QLatin1String("classes.txt") || fileName == QLatin1String("obj.names");
}

// Darknet's lists of image paths beside obj.data (train.txt, valid.txt): not label files.
bool isImageListFile(const QString &root, const QString &file)
{
    const QFileInfo info(file);
    if (QDir::cleanPath(info.absolutePath()) != QDir::cleanPath(root))
        return false;
    const QString name = info.fileName();
    return name == QLatin1String("train.txt") || name == QLatin1String("val.txt")
           || name == QLatin1String("valid.txt") || name == QLatin1String("test.txt");
}

// Finds a names file in the folder or one level down (labels/classes.txt).
QString findNamesFile(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : {QStringLiteral("data.yaml"), QStringLiteral("data.yml"),
                                QStringLiteral("dataset.yaml")}) {
        if (dir.exists(name))
            return dir.filePath(name);
    }
    const QStringList yamls = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                            QDir::Files, QDir::Name);
    for (const QString &yaml : yamls) {
        if (readHead(dir.filePath(yaml)).contains("names"))
            return dir.filePath(yaml);
    }
    for (const QString &sub : {QString(), QStringLiteral("labels/")}) {
        for (const QString &name : {QStringLiteral("classes.txt"), QStringLiteral("obj.names")}) {
            if (dir.exists(sub + name))
                return dir.filePath(sub + name);
        }
    }
    return {};
}

Result<Layout> findLayout(const QString &path)
{
    Layout layout;
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Tr::tr("file or folder not found"), path);
    if (info.isDir()) {
        layout.root = info.absoluteFilePath();
        layout.namesFile = findNamesFile(layout.root);
    } else {
        layout.namesFile = info.absoluteFilePath();
        layout.root = info.absolutePath();
        if (info.fileName() == QLatin1String("classes.txt")
            && info.absoluteDir().dirName() == QLatin1String("labels"))
            layout.root = QFileInfo(info.absolutePath()).absolutePath();
    }
    if (layout.namesFile.isEmpty())
        return layout;
    auto text = readWholeFile(layout.namesFile);
    if (!text)
        return text.error();
    if (layout.namesFile.endsWith(QLatin1String(".yaml"))
        || layout.namesFile.endsWith(QLatin1String(".yml"))) {
        auto yaml = YoloFormat::parseDataYaml(*text, layout.namesFile);
        if (!yaml)
            return yaml.error();
        layout.names = yaml->names;
        if (!yaml->path.isEmpty()) {
            // `path:` is the dataset root, relative to the yaml's folder (Ultralytics resolves it
            // against its datasets dir too: only take it when it exists here).
            const QString root = QDir(info.isDir() ? layout.root : info.absolutePath())
                                         .absoluteFilePath(yaml->path);
            if (QFileInfo(root).isDir())
                layout.root = QDir::cleanPath(root);
        }
    } else {
        const QStringList names = namesFromLines(*text);
        for (qsizetype i = 0; i < names.size(); ++i)
            layout.names.insert(int(i), names.at(i));
    }
    return layout;
}

} // namespace

QString YoloFormat::name() const
{
    return QStringLiteral("yolo");
}

QString YoloFormat::displayName() const
{
    return Tr::tr("YOLO text labels (Ultralytics, labelImg)");
}

Confidence YoloFormat::canRead(const QString &path) const
{
    const QFileInfo info(path);
    if (info.isFile()) {
        const QString fileName = info.fileName();
        if (isNamesFile(fileName))
            return 80;
        if ((fileName.endsWith(QLatin1String(".yaml")) || fileName.endsWith(QLatin1String(".yml")))
            && readHead(path).contains("names"))
            return 90;
        return 0;
    }
    if (!info.isDir())
        return 0;
    const QString names = findNamesFile(path);
    if (names.endsWith(QLatin1String("yaml")) || names.endsWith(QLatin1String("yml")))
        return 95;
    const QDir dir(path);
    const bool labelsDir = QFileInfo(dir.filePath(QStringLiteral("labels"))).isDir();
    if (!names.isEmpty())
        return labelsDir ? 90 : 85;
    if (labelsDir && QFileInfo(dir.filePath(QStringLiteral("images"))).isDir())
        return 70;
    return 0;
}

Result<YoloFormat::DataYaml> YoloFormat::parseDataYaml(const QByteArray &yaml, const QString &path)
{
    DataYaml result;
    const QStringList lines = QString::fromUtf8(yaml).split(QLatin1Char('\n'));
    bool inNames = false;
    int listIndex = 0;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString line = stripComment(lines.at(n));
        line.remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty() || line.trimmed() == QLatin1String("---"))
            continue;
        const bool indented = line.at(0).isSpace() || line.startsWith(QLatin1Char('-'));
        const QString content = line.trimmed();
        if (inNames && indented) {
            if (content.startsWith(QLatin1String("- ")) || content == QLatin1String("-")) {
                result.names.insert(listIndex++, yamlScalar(content.mid(1)));
                continue;
            }
            QString key;
            QString value;
            bool ok = false;
            const int index = splitKey(content, &key, &value) ? key.toInt(&ok) : 0;
            if (!ok || index < 0)
                return parseError(
                        path, int(n + 1), 1,
                        Tr::tr("a class in \"names\" must be \"- name\" or \"index: name\""));
            result.names.insert(index, yamlScalar(value));
            continue;
        }
        inNames = false;
        if (indented)
            continue; // nested content of another key
        QString key;
        QString value;
        if (!splitKey(content, &key, &value))
            return parseError(path, int(n + 1), 1, Tr::tr("expected \"key: value\""));
        if (key == QLatin1String("path")) {
            result.path = yamlScalar(value);
        } else if (key == QLatin1String("names")) {
            if (value.isEmpty()) {
                inNames = true;
                listIndex = 0;
                continue;
            }
            // A flow collection may run over several lines.
            const QChar open = value.at(0);
            if (open != QLatin1Char('[') && open != QLatin1Char('{'))
                return parseError(path, int(n + 1), 1,
                                  Tr::tr("\"names\" must be a list or a mapping"));
            const QChar close = open == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('}');
            const int startLine = int(n + 1);
            while (!value.trimmed().endsWith(close)) {
                if (++n >= lines.size())
                    return parseError(path, startLine, 1,
                                      Tr::tr("\"names\" is not closed by '%1'").arg(close));
                value += QLatin1Char(' ') + stripComment(lines.at(n)).trimmed();
            }
            const QString inside = value.trimmed().mid(1, value.trimmed().size() - 2);
            const QStringList parts = splitFlow(inside);
            int index = 0;
            for (const QString &part : parts) {
                if (open == QLatin1Char('[')) {
                    result.names.insert(index++, yamlScalar(part));
                    continue;
                }
                QString k;
                QString v;
                bool ok = false;
                const int i = splitKey(part.trimmed(), &k, &v) ? k.toInt(&ok) : 0;
                if (!ok || i < 0)
                    return parseError(path, startLine, 1,
                                      Tr::tr("a class in \"names\" must be \"index: name\""));
                result.names.insert(i, yamlScalar(v));
            }
        }
    }
    return result;
}

void YoloFormat::parseLabelFile(const QByteArray &text, const QString &path, int image,
                                Dataset &dataset, const ReadOptions &options, bool namesKnown)
{
    const DatasetImage &img = dataset.images.at(image);
    const double W = img.width;
    const double H = img.height;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        ++lineNumber;
        const QByteArray line = text.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        double values[6] = {0, 0, 0, 0, 0, 0};
        bool numbers = true;
        for (qsizetype i = 0; i < fields.size() && i < 6; ++i)
            numbers = numbers
                      && parseNumber(std::string_view(fields[i].constData(),
                                                      size_t(fields[i].size())),
                                     &values[i]);
        if (fields.size() > 6 && (fields.size() - 1) % 2 == 0 && numbers) {
            dataset.report.skip(SkipReason::SegmentationPolygon);
            continue;
        }
        if ((fields.size() != 5 && fields.size() != 6) || !numbers || values[0] < 0
            || values[0] != std::floor(values[0]) || values[0] > 1e6) {
            dataset.report.warn(WarningKind::MalformedEntry,
                                Tr::tr("expected \"class cx cy w h\" with a class index and four "
                                       "numbers; line skipped"),
                                path, lineNumber, 1);
            dataset.report.skip(SkipReason::InvalidBox);
            continue;
        }
        const int classIndex = int(values[0]);
        int category = -1;
        if (namesKnown) {
            category = classIndex < dataset.categories.size() ? classIndex : -1;
        } else {
            category = dataset.categoryIndex(QString::number(classIndex),
                                             QString::number(classIndex));
        }
        if (category < 0) {
            dataset.report.warn(WarningKind::UnknownCategory,
                                Tr::tr("class %1 is not in the class names (%2 classes); box skipped")
                                        .arg(classIndex)
                                        .arg(dataset.categories.size()),
                                path, lineNumber, 1);
            dataset.report.skip(SkipReason::InvalidBox);
            continue;
        }
        DatasetBox box;
        box.image = image;
        box.category = category;
        box.w = values[3] * W;
        box.h = values[4] * H;
        box.x = (values[1] - values[3] / 2) * W;
        box.y = (values[2] - values[4] / 2) * H;
        if (fields.size() == 6)
            box.setScore(values[5]);
        if (acceptBox(dataset, box, options, path, lineNumber, 1))
            dataset.boxes.append(std::move(box));
    }
}

QString YoloFormat::labelPathFor(const QString &imagePath)
{
    QString path = imagePath;
    if (QDir::isAbsolutePath(path) || path.startsWith(QLatin1String("../"))
        || path.contains(QLatin1String("/../")) || path.contains(QLatin1Char(':')))
        path = QFileInfo(path).fileName(); // outside the dataset: the label goes to its root
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    if (dot > path.lastIndexOf(QLatin1Char('/')))
        path.truncate(dot);
    path += QStringLiteral(".txt");
    // Ultralytics: the last "images" folder becomes "labels".
    if (path.startsWith(QLatin1String("images/")))
        return QStringLiteral("labels/") + path.mid(7);
    const qsizetype at = path.lastIndexOf(QLatin1String("/images/"));
    if (at >= 0)
        return path.left(at) + QStringLiteral("/labels/") + path.mid(at + 8);
    return path;
}

namespace {

// Label files of a YOLO folder whose images are elsewhere, found for an image by the longest
// tail of their paths that only one label file has: "train/a" (images/train/a.jpg) finds
// labels/train/a.txt, "a" finds the only a.txt. The "images"/"labels" folder names are left out.
class LabelIndex
{
public:
    explicit LabelIndex(const QString &root)
    {
        for (const QString &file : filesUnder(root, {".txt"})) {
            if (isNamesFile(QFileInfo(file).fileName()) || isImageListFile(root, file))
                continue;
            const QString key = withoutKindFolder(relativePath(root, file), "labels");
            const QStringList parts = key.split(QLatin1Char('/'));
            for (qsizetype k = 0; k < parts.size(); ++k)
                m_byTail[parts.mid(k).join(QLatin1Char('/'))].append(file);
        }
    }
    // The label file of an image (its path relative to the media root); empty when none, or
    // when the only tails that match are shared by several label files.
    QString find(const QString &imagePath) const
    {
        const QStringList parts = withoutKindFolder(imagePath, "images").split(QLatin1Char('/'));
        for (qsizetype k = 0; k < parts.size(); ++k) {
            const QStringList files = m_byTail.value(parts.mid(k).join(QLatin1Char('/')));
            if (files.size() == 1)
                return files.constFirst();
            if (files.size() > 1)
                return {};
        }
        return {};
    }

private:
    // "labels/train/a.txt" -> "train/a"; "x/images/a.jpg" -> "x/a".
    static QString withoutKindFolder(const QString &relative, const char *kind)
    {
        QString path = relative;
        const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
        if (dot > path.lastIndexOf(QLatin1Char('/')))
            path.truncate(dot);
        const QString folder = QLatin1String(kind) + QLatin1Char('/');
        if (path.startsWith(folder))
            return path.mid(folder.size());
        const qsizetype at = path.lastIndexOf(QLatin1Char('/') + folder);
        if (at >= 0)
            return path.left(at + 1) + path.mid(at + 1 + folder.size());
        return path;
    }

    QHash<QString, QStringList> m_byTail;
};

} // namespace

Result<Dataset> YoloFormat::read(const QString &path, const ReadOptions &options) const
{
    auto layout = findLayout(path);
    if (!layout)
        return layout.error();
    static const QStringList imageSuffixes = {".jpg",  ".jpeg", ".png",  ".bmp", ".gif",
                                              ".webp", ".tif",  ".tiff", ".jfif"};
    QStringList imageFiles = filesUnder(layout->root, imageSuffixes);
    // A labels folder given: Ultralytics keeps the images in images/ beside it.
    const QFileInfo rootInfo(layout->root);
    const QString parent = rootInfo.absolutePath();
    if (imageFiles.isEmpty() && rootInfo.fileName() == QLatin1String("labels")
        && QFileInfo(QDir(parent).filePath(QStringLiteral("images"))).isDir()) {
        auto above = findLayout(parent);
        if (above && above->names.isEmpty())
            above->names = layout->names;
        if (above) {
            layout = std::move(above);
            layout->root = parent;
            imageFiles = filesUnder(layout->root, imageSuffixes);
        }
    }
    // Labels without images: the images are under the media root, matched by path.
    QString imageRoot = layout->root;
    std::optional<LabelIndex> labels;
    if (imageFiles.isEmpty() && !options.mediaRoot.isEmpty()) {
        imageRoot = QDir::cleanPath(QFileInfo(options.mediaRoot).absoluteFilePath());
        imageFiles = filesUnder(imageRoot, imageSuffixes);
        labels.emplace(layout->root);
    }
    if (imageFiles.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         options.mediaRoot.isEmpty()
                                 ? Tr::tr("no images found in the YOLO dataset folder; give the "
                                          "folder of its images as the media root")
                                 : Tr::tr("no images found in the YOLO dataset folder nor under "
                                          "the media root %1")
                                           .arg(options.mediaRoot),
                         layout->root);
    Dataset dataset;
    dataset.format = name();
    dataset.sourcePath = path;
    dataset.report.maxWarningDetails = options.maxWarningDetails;
    const bool namesKnown = !layout->names.isEmpty();
    if (namesKnown) {
        // Indices without a name (a gap in a mapping) keep their number as the name.
        const int last = layout->names.lastKey();
        for (int i = 0; i <= last; ++i)
            dataset.categories.append(DatasetCategory{QString::number(i),
                                                      layout->names.value(i, QString::number(i)),
                                                      {}});
    }
    const QString root = layout->root;
    QSet<QString> usedLabels;
    const ImageSizeProbe probe = options.imageSizeProbe ? options.imageSizeProbe
                                                        : ImageSizeProbe(&probeImageSize);
    for (const QString &imageFile : imageFiles) {
        const QString relative = relativePath(imageRoot, imageFile);
        QString labelFile;
        if (labels) {
            // Images under the media root without a label file are not part of this dataset.
            labelFile = labels->find(relative);
            if (labelFile.isEmpty())
                continue;
        } else {
            labelFile = QDir(root).filePath(labelPathFor(relative));
            if (!QFileInfo::exists(labelFile)) {
                const QString beside = QFileInfo(imageFile).path() + QLatin1Char('/')
                                       + QFileInfo(imageFile).completeBaseName()
                                       + QStringLiteral(".txt");
                labelFile = QFileInfo::exists(beside) ? beside : QString();
            }
        }
        DatasetImage image;
        image.path = relative;
        const QSize size = probe(imageFile);
        if (size.isValid()) {
            image.width = size.width();
            image.height = size.height();
        }
        dataset.images.append(image);
        const int index = int(dataset.images.size() - 1);
        if (labelFile.isEmpty())
            continue;
        usedLabels.insert(labelFile);
        auto text = readWholeFile(labelFile);
        if (!text)
            return text.error();
        if (!size.isValid()) {
            if (!text->trimmed().isEmpty()) {
                dataset.report
                        .warn(WarningKind::UnknownImageSize,
                              Tr::tr("the size of %1 cannot be read (not an image, or truncated); "
                                     "its boxes are skipped")
                                      .arg(relative),
                              labelFile);
                dataset.report.skip(SkipReason::InvalidBox, text->trimmed().count('\n') + 1);
            }
            continue;
        }
        parseLabelFile(*text, labelFile, index, dataset, options, namesKnown);
    }
    // Label files that no image claims: their boxes cannot be placed.
    const QStringList textFiles = filesUnder(root, {".txt"});
    for (const QString &textFile : textFiles) {
        if (usedLabels.contains(textFile) || isNamesFile(QFileInfo(textFile).fileName())
            || isImageListFile(root, textFile)
            || (!labels && !relativePath(root, textFile).contains(QLatin1String("labels/"))))
            continue;
        dataset.report.warn(WarningKind::UnknownImage,
                            Tr::tr("label file without an image; skipped"), textFile);
    }
    if (!namesKnown) {
        // Categories were created as met: put them in class index order.
        QList<DatasetCategory> sorted = dataset.categories;
        std::sort(sorted.begin(), sorted.end(),
                  [](const DatasetCategory &a, const DatasetCategory &b) {
                      return a.sourceId.toInt() < b.sourceId.toInt();
                  });
        QHash<QString, int> newIndex;
        for (qsizetype i = 0; i < sorted.size(); ++i)
            newIndex.insert(sorted.at(i).sourceId, int(i));
        for (DatasetBox &box : dataset.boxes)
            box.category = newIndex.value(dataset.categories.at(box.category).sourceId);
        dataset.categories = sorted;
    }
    countImagesWithoutAnnotations(dataset);
    checkMedia(dataset, options);
    return dataset;
}

Result<WrittenFiles> YoloFormat::write(const Dataset &dataset, const QString &outPath,
                                       const WriteOptions &) const
{
    WrittenFiles written;
    const QDir out(outPath);
    auto put = [&](const QString &relative, const QByteArray &bytes) -> Status {
        const QString file = out.filePath(relative);
        ASSAY_TRY(writeWholeFile(file, bytes));
        written.files << QFileInfo(file).absoluteFilePath();
        return {};
    };
    // One line per class, whatever a name holds: a line break in a name (a project from before
    // names were checked) would shift the index of every later class.
    QStringList names;
    for (const DatasetCategory &category : dataset.categories) {
        qint64 replaced = 0;
        names << withUnsafeCharsReplaced(category.name, &replaced);
        if (replaced > 0)
            written.warnings << Tr::tr("class %1 \"%2\": control or text-direction characters "
                                       "written as U+FFFD")
                                        .arg(names.size() - 1)
                                        .arg(printable(category.name));
    }
    QByteArray classes;
    for (const QString &name : std::as_const(names))
        classes += name.toUtf8() + '\n';
    ASSAY_TRY(put(QStringLiteral("classes.txt"), classes));

    bool ultralytics = false;
    for (const DatasetImage &image : dataset.images)
        ultralytics = ultralytics || labelPathFor(image.path).startsWith(QLatin1String("labels/"));
    // No `path:` key: Ultralytics then takes the yaml's own folder as the dataset root.
    QByteArray yaml = "# Class indices follow the order of the categories.\n";
    yaml += ultralytics ? "train: images\nval: images\n" : "train: .\nval: .\n";
    yaml += "nc: " + QByteArray::number(dataset.categories.size()) + "\nnames:\n";
    for (qsizetype i = 0; i < dataset.categories.size(); ++i)
        yaml += "  " + QByteArray::number(i) + ": " + yamlQuoted(names.at(i)).toUtf8() + '\n';
    ASSAY_TRY(put(QStringLiteral("data.yaml"), yaml));

    QList<QList<int>> boxesOfImage(dataset.images.size());
    for (qsizetype i = 0; i < dataset.boxes.size(); ++i) {
        const DatasetBox &box = dataset.boxes.at(i);
        if (box.image >= 0 && box.image < dataset.images.size() && box.category >= 0
            && box.category < dataset.categories.size())
            boxesOfImage[box.image].append(int(i));
    }
    qint64 unsized = 0;
    QSet<QString> labelPaths;
    for (qsizetype i = 0; i < dataset.images.size(); ++i) {
        const DatasetImage &image = dataset.images.at(i);
        const QString labelPath = labelPathFor(image.path.isEmpty() ? image.sourceId : image.path);
        if (labelPaths.contains(labelPath)) {
            written.warnings << Tr::tr("two images share the label file %1; the second is not written")
                                        .arg(labelPath);
            continue;
        }
        labelPaths.insert(labelPath);
        QByteArray text;
        if (image.width <= 0 || image.height <= 0) {
            unsized += boxesOfImage.at(i).size();
        } else {
            const double W = image.width;
            const double H = image.height;
            for (const int b : boxesOfImage.at(i)) {
                const DatasetBox &box = dataset.boxes.at(b);
                text += QByteArray::number(box.category);
                text += ' ';
                appendRounded(text, (box.x + box.w / 2) / W);
                text += ' ';
                appendRounded(text, (box.y + box.h / 2) / H);
                text += ' ';
                appendRounded(text, box.w / W);
                text += ' ';
                appendRounded(text, box.h / H);
                if (const std::optional<double> score = box.score()) {
                    text += ' ';
                    appendRounded(text, *score);
                }
                text += '\n';
            }
        }
        ASSAY_TRY(put(labelPath, text));
    }
    if (unsized > 0)
        written.warnings << Tr::tr("%1 boxes on images of unknown size were not written: YOLO needs "
                                   "the size to normalise")
                                    .arg(unsized);
    if (!dataset.labels.isEmpty())
        written.warnings << Tr::tr("%1 classification labels not written: YOLO detection labels have "
                                   "no place for them")
                                    .arg(dataset.labels.size());
    return written;
}

} // namespace assay::core::interchange
