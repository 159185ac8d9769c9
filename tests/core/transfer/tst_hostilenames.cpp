// SPDX-License-Identifier: Apache-2.0
// Names with control characters, line breaks, ANSI escapes and direction overrides: refused
// where a person types them, replaced and counted where an import brings them, escaped where
// they are printed, and never able to shift a line of YOLO's classes.txt or data.yaml.
#include "core/base/names.h"
#include "core/interchange/formatregistry.h"
#include "core/interchange/yoloformat.h"
#include "core/project/services.h"
#include "core/transfer/datasetexport.h"
#include "core/transfer/datasetimport.h"
#include "tests/core/interchange/interchangetestutil.h"
#include "tests/testutil.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace assay;
using namespace assay::core;
using namespace assay::core::interchange;
using namespace assay::core::interchange::test;

class tst_HostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unsafeCharactersAreNamed_data();
    void unsafeCharactersAreNamed();
    void ordinaryNamesInAnyScriptPass_data();
    void ordinaryNamesInAnyScriptPass();
    void printableEscapes();
    void typedNamesAreRefused();
    void importedClassNamesAreReplacedAndCounted();
    void yoloWriterKeepsOneLinePerClass();

private:
    static std::unique_ptr<Project> newProject(const QString &dir, QString name = {});
};

static const QChar rlo(0x202e);

void tst_HostileNames::unsafeCharactersAreNamed_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("codePoint");
    QTest::newRow("newline") << QStringLiteral("bird\nnest") << "U+000A";
    QTest::newRow("carriage return") << QStringLiteral("bird\r") << "U+000D";
    QTest::newRow("tab") << QStringLiteral("a\tb") << "U+0009";
    QTest::newRow("ANSI colour") << QStringLiteral("\x1b[31mred") << "U+001B";
    QTest::newRow("NUL") << QString(QChar(0)) + QStringLiteral("x") << "U+0000";
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << "U+007F";
    QTest::newRow("next line (C1)") << QStringLiteral("a") + QChar(0x85) << "U+0085";
    QTest::newRow("line separator") << QStringLiteral("a") + QChar(0x2028) + "b"
                                    << "U+2028";
    QTest::newRow("right-to-left override") << QStringLiteral("photo") + rlo + "gpj.exe"
                                            << "U+202E";
    QTest::newRow("right-to-left isolate") << QStringLiteral("a") + QChar(0x2067) << "U+2067";
    QTest::newRow("Arabic letter mark") << QStringLiteral("a") + QChar(0x061c) << "U+061C";
}

void tst_HostileNames::unsafeCharactersAreNamed()
{
    QFETCH(QString, name);
    QFETCH(QString, codePoint);
    const QString problem = nameProblem(name);
    QVERIFY2(problem.contains(codePoint), qPrintable(problem));
    qint64 replaced = 0;
    const QString clean = withUnsafeCharsReplaced(name, &replaced);
    QCOMPARE(replaced, 1);
    QVERIFY(nameProblem(clean).isEmpty());
    QVERIFY(clean.contains(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(clean.size(), name.size());
    // Printed, it holds no unsafe character and says which one it was.
    QVERIFY(nameProblem(printable(name)).isEmpty());
    QVERIFY(printable(name).contains(QLatin1Char('\\')));
}

void tst_HostileNames::ordinaryNamesInAnyScriptPass_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("ASCII") << QStringLiteral("traffic light (red)");
    QTest::newRow("German") << QStringLiteral("Straßenschild Ä");
    QTest::newRow("Japanese") << QStringLiteral("鳥");
    QTest::newRow("Arabic") << QStringLiteral("طائر");
    QTest::newRow("Hebrew") << QStringLiteral("ציפור");
    // Joiners are part of emoji and of Indic and Persian spelling, not direction controls.
    QTest::newRow("emoji with joiner") << QStringLiteral("👩‍🔬");
    QTest::newRow("Persian with non-joiner") << QStringLiteral("می‌خواهم");
    QTest::newRow("astral plane") << QStringLiteral("𝔸𝕤𝕤𝕒𝕪");
}

void tst_HostileNames::ordinaryNamesInAnyScriptPass()
{
    QFETCH(QString, name);
    QVERIFY2(nameProblem(name).isEmpty(), qPrintable(nameProblem(name)));
    QCOMPARE(withUnsafeCharsReplaced(name), name);
    QCOMPARE(printable(name), name);
}

void tst_HostileNames::printableEscapes()
{
    QCOMPARE(printable(QStringLiteral("a\nb\tc\r")), QStringLiteral("a\\nb\\tc\\r"));
    QCOMPARE(printable(QStringLiteral("\x1b[2J")), QStringLiteral("\\x1b[2J"));
    QCOMPARE(printable(QStringLiteral("x") + rlo + QStringLiteral("gpj.exe")),
             QStringLiteral("x\\u202egpj.exe"));
    QCOMPARE(printable(QStringLiteral("C:\\data\\a.jpg")), QStringLiteral("C:\\data\\a.jpg"));
}

std::unique_ptr<Project> tst_HostileNames::newProject(const QString &dir, QString name)
{
    CreateOptions options;
    options.ownerName = QStringLiteral("lead");
    options.mediaRoot = dir;
    options.name = name;
    auto created = Project::create(QDir(dir).filePath(QStringLiteral("p.assay")), options);
    if (!created)
        return nullptr;
    return std::move(*created);
}

void tst_HostileNames::typedNamesAreRefused()
{
    {
        QTemporaryDir dir;
        QVERIFY(!newProject(dir.path(), QStringLiteral("Birds\n2026")));
        // Nothing was created for the refused name.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.assay"))));
        CreateOptions options;
        options.name = QStringLiteral("\x1b]0;owned\x07");
        const auto refused = Project::create(dir.filePath(QStringLiteral("p.assay")), options);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(nameProblem(refused.error().message).isEmpty(),
                 "the refusal must not print the escape it refuses");
    }
    QTemporaryDir dir;
    auto project = newProject(dir.path());
    QVERIFY(project);
    ASSAY_VERIFY_RESULT(project->setActor(QStringLiteral("lead")));

    TaxonomyClass c;
    c.name = QStringLiteral("bird\nnest");
    auto added = project->taxonomy().addClass(c);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("U+000A")),
             qPrintable(added.error().message));
    c.name = QStringLiteral("cat") + rlo + QStringLiteral("god");
    QVERIFY(!project->taxonomy().addClass(c));
    c.name = QStringLiteral("bird");
    auto bird = project->taxonomy().addClass(c);
    ASSAY_VERIFY_RESULT(bird);
    // A rename is held to the same rule.
    TaxonomyClass renamed = *bird;
    renamed.name = QStringLiteral("bird\x1b[8m");
    QVERIFY(!project->taxonomy().updateClass(renamed));
    QCOMPARE(project->taxonomy().get()->classes.size(), 1);
    QCOMPARE(project->taxonomy().get()->classes.at(0).name, QStringLiteral("bird"));

    auto person = project->people().addPerson(QStringLiteral("ann"), QStringLiteral("Ann\n[admin]"),
                                              {Role::Annotator});
    QVERIFY(!person);
    QVERIFY(!project->people().addPerson(QStringLiteral("ann\x1b"), QString(), {Role::Annotator}));
    ASSAY_VERIFY_RESULT(project->people().addPerson(QStringLiteral("ann"),
                                                    QStringLiteral("Ann Lee"), {Role::Annotator}));

    Batch batch;
    batch.name = QStringLiteral("week") + rlo + QStringLiteral("1");
    QVERIFY(!project->work().createBatch(batch));
}

void tst_HostileNames::importedClassNamesAreReplacedAndCounted()
{
    QTemporaryDir dir;
    writeImage(dir.path(), QStringLiteral("a.png"), 64, 48);
    writeImage(dir.path(), QStringLiteral("b.png"), 80, 60); // not a.png's content again
    // A COCO file whose second category holds a line break and whose third an ANSI escape.
    const QJsonObject coco{
            {QStringLiteral("images"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                    {QStringLiteral("file_name"), QStringLiteral("a.png")},
                                    {QStringLiteral("width"), 64},
                                    {QStringLiteral("height"), 48}},
                        QJsonObject{{QStringLiteral("id"), 2},
                                    {QStringLiteral("file_name"), QStringLiteral("b.png")},
                                    {QStringLiteral("width"), 80},
                                    {QStringLiteral("height"), 60}}}},
            {QStringLiteral("categories"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("name"), "cat"}},
                        QJsonObject{{QStringLiteral("id"), 2},
                                    {QStringLiteral("name"), "bad\nname"}},
                        QJsonObject{{QStringLiteral("id"), 3},
                                    {QStringLiteral("name"), "\x1b[31mred"}},
                        QJsonObject{{QStringLiteral("id"), 4}, {QStringLiteral("name"), "dog"}}}},
            {QStringLiteral("annotations"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), 1},
                                    {QStringLiteral("image_id"), 1},
                                    {QStringLiteral("category_id"), 2},
                                    {QStringLiteral("bbox"), QJsonArray{1, 2, 10, 10}}},
                        QJsonObject{{QStringLiteral("id"), 2},
                                    {QStringLiteral("image_id"), 2},
                                    {QStringLiteral("category_id"), 4},
                                    {QStringLiteral("bbox"), QJsonArray{5, 5, 20, 20}}}}},
    };
    const QString in = dir.filePath(QStringLiteral("instances.json"));
    {
        QFile f(in);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(coco).toJson());
    }
    auto project = newProject(dir.path());
    QVERIFY(project);
    ASSAY_VERIFY_RESULT(project->setActor(QStringLiteral("lead")));
    transfer::ImportOptions options;
    options.addClasses = true;
    auto summary = transfer::importDataset(*project, in, options);
    ASSAY_VERIFY_RESULT(summary);
    QCOMPARE(summary->report.warningCount(WarningKind::UnsafeName), 2);
    QVERIFY2(summary->report.summary().contains(QStringLiteral("unsafe-name: 2")),
             qPrintable(summary->report.summary()));
    // The warnings name the classes printably.
    for (const ImportWarning &w : std::as_const(summary->report.warnings)) {
        QVERIFY2(nameProblem(w.toString()).isEmpty(), qPrintable(printable(w.toString())));
    }
    const QString replacement(QChar(QChar::ReplacementCharacter));
    QStringList names;
    const auto taxonomy = project->taxonomy().get();
    ASSAY_VERIFY_RESULT(taxonomy);
    for (const TaxonomyClass &c : taxonomy->classes)
        names << c.name;
    QCOMPARE(names, (QStringList{QStringLiteral("cat"),
                                 QStringLiteral("bad") + replacement + QStringLiteral("name"),
                                 replacement + QStringLiteral("[31mred"), QStringLiteral("dog")}));

    // The YOLO export that follows keeps four classes on four lines, "dog" at index 3.
    transfer::ExportOptions out;
    out.format = QStringLiteral("yolo");
    out.all = true;
    const QString yolo = dir.filePath(QStringLiteral("yolo"));
    ASSAY_VERIFY_RESULT(transfer::exportDataset(*project, yolo, out));
    const QList<QByteArray> lines = readAll(QDir(yolo).filePath(QStringLiteral("classes.txt")))
                                            .split('\n');
    QCOMPARE(lines.size(), 5); // four names and the final line end
    QCOMPARE(lines.at(3), QByteArray("dog"));
    auto yaml = YoloFormat::parseDataYaml(readAll(QDir(yolo).filePath(QStringLiteral("data.yaml"))),
                                          QStringLiteral("data.yaml"));
    ASSAY_VERIFY_RESULT(yaml);
    QCOMPARE(yaml->names.size(), 4);
    QCOMPARE(yaml->names.value(3), QStringLiteral("dog"));
    QCOMPARE(yaml->names.value(1), names.at(1));
    // The box of "dog" is written with index 3, wherever the label file is.
    bool dogFound = false;
    QStringList labels;
    QDirIterator it(yolo, {QStringLiteral("*.txt")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(QLatin1String("classes.txt")))
            continue;
        labels << file + QStringLiteral(": ") + QString::fromUtf8(readAll(file));
        dogFound = dogFound
                   || (file.endsWith(QLatin1String("b.txt")) && readAll(file).startsWith("3 "));
    }
    QVERIFY2(dogFound, qPrintable(labels.join(QLatin1Char('\n'))));
}

void tst_HostileNames::yoloWriterKeepsOneLinePerClass()
{
    // A dataset with such names (a project from before they were checked) still writes one
    // line per class, and a data.yaml that reads back to the same names.
    QTemporaryDir dir;
    Dataset d;
    d.images.append({QStringLiteral("a.png"), 64, 48, {}, {}});
    for (const QString &name :
         {QStringLiteral("a\nb"), QStringLiteral("it's: #1"), QStringLiteral("- x"),
          QStringLiteral("yes"), QStringLiteral("c") + QChar(0x2029) + QStringLiteral("d"),
          QStringLiteral("e"), QStringLiteral("bird:")})
        d.categories.append({QString(), name, {}});
    auto written = FormatRegistry::builtIn().write(d, QStringLiteral("yolo"), dir.path());
    ASSAY_VERIFY_RESULT(written);
    QCOMPARE(written->warnings.filter(QStringLiteral("U+FFFD")).size(), 2);
    const QList<QByteArray> lines = readAll(dir.filePath(QStringLiteral("classes.txt"))).split('\n');
    QCOMPARE(lines.size(), 8);
    QCOMPARE(lines.at(5), QByteArray("e"));
    auto yaml = YoloFormat::parseDataYaml(readAll(dir.filePath(QStringLiteral("data.yaml"))),
                                          QStringLiteral("data.yaml"));
    ASSAY_VERIFY_RESULT(yaml);
    QCOMPARE(yaml->names.size(), 7);
    QCOMPARE(yaml->names.value(6), QStringLiteral("bird:"));
    QVERIFY(readAll(dir.filePath(QStringLiteral("data.yaml"))).contains("6: 'bird:'"));
    QCOMPARE(yaml->names.value(1), QStringLiteral("it's: #1"));
    QCOMPARE(yaml->names.value(2), QStringLiteral("- x"));
    QCOMPARE(yaml->names.value(3), QStringLiteral("yes"));
    QCOMPARE(yaml->names.value(5), QStringLiteral("e"));
}

QTEST_GUILESS_MAIN(tst_HostileNames)
#include "tst_hostilenames.moc"
