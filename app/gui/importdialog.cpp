// SPDX-License-Identifier: Apache-2.0
// The import dialog: source, format (recognised in the background), media folder, options,
// a dry-run check, and the import itself through TransferRunner, which also reports how it
// ended.
#include "app/gui/importdialog.h"

#include "app/gui/transferrunner.h"
#include "core/interchange/formatregistry.h"
#include "core/project/services.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::app {

using namespace assay::core;

static const char s_group[] = "transfer/import/";

static QString key(const char *name)
{
    return QLatin1String(s_group) + QLatin1String(name);
}

ImportDialog::ImportDialog(const QString &projectPath, const core::Id &actorId,
                           const core::identity::SecretKeys *keys, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_actorId(actorId)
    , m_keys(keys ? std::optional<core::identity::SecretKeys>(*keys) : std::nullopt)
    , m_source(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_recognisedLabel(new QLabel(this))
    , m_mediaRoot(new QLineEdit(this))
    , m_mediaRootButton(new QPushButton(tr("&Browse…"), this))
    , m_reference(new QLineEdit(this))
    , m_referenceButton(new QPushButton(tr("Bro&wse…"), this))
    , m_referenceLabel(new QLabel(tr("&Reference file:"), this))
    , m_kind(new QComboBox(this))
    , m_kindLabel(new QLabel(tr("&Kind of items:"), this))
    , m_addClasses(new QCheckBox(tr("&Add missing classes to the taxonomy"), this))
    , m_clip(new QCheckBox(tr("Clip bo&xes to the image"), this))
    , m_keepCrowd(new QCheckBox(tr("Keep COCO crowd re&gions as boxes"), this))
    , m_prelabels(new QCheckBox(tr("Import as &pre-labels (model predictions)"), this))
    , m_model(new QLineEdit(this))
    , m_result(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_detectTimer(new QTimer(this))
{
    setWindowTitle(tr("Import Labels"));
    setObjectName(QStringLiteral("importDialog"));
    const auto &registry = interchange::FormatRegistry::builtIn();

    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setPlaceholderText(tr("A labels file, or a YOLO or VOC folder"));
    m_source->setToolTip(
            tr("COCO, Label Studio, CVAT, CSV or JSON Lines file; YOLO or Pascal VOC folder"));
    m_source->setClearButtonEnabled(true);
    auto *fileButton = new QPushButton(tr("&File…"), this);
    fileButton->setToolTip(tr("Choose a labels file"));
    auto *folderButton = new QPushButton(tr("Fol&der…"), this);
    folderButton->setToolTip(tr("Choose a dataset folder (YOLO, Pascal VOC)"));
    connect(fileButton, &QPushButton::clicked, this, [this] { chooseSource(false); });
    connect(folderButton, &QPushButton::clicked, this, [this] { chooseSource(true); });
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(fileButton);
    sourceRow->addWidget(folderButton);

    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->addItem(tr("Auto (recognised)"), QStringLiteral("auto"));
    for (const interchange::IImporter *importer : registry.importers())
        m_format->addItem(importer->displayName(), importer->name());
    m_format->setToolTip(tr("Auto reads the file or folder to tell its format"));
    m_recognisedLabel->setObjectName(QStringLiteral("importRecognised"));
    m_recognisedLabel->setWordWrap(true);
    m_recognisedLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_recognisedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_mediaRoot->setObjectName(QStringLiteral("importMediaRoot"));
    m_mediaRoot->setPlaceholderText(tr("The dataset's folder"));
    m_mediaRoot->setToolTip(tr("Where the dataset's images and documents are; relative paths in "
                               "the file are read from here"));
    m_mediaRootButton->setToolTip(tr("Choose the media folder"));
    auto *mediaRow = new QHBoxLayout;
    mediaRow->addWidget(m_mediaRoot, 1);
    mediaRow->addWidget(m_mediaRootButton);
    connect(m_mediaRootButton, &QPushButton::clicked, this, &ImportDialog::chooseMediaRoot);
    connect(m_mediaRoot, &QLineEdit::textEdited, this, [this] { m_mediaRootEdited = true; });

    m_reference->setObjectName(QStringLiteral("importReference"));
    m_reference->setPlaceholderText(tr("The COCO instances file the results refer to"));
    m_reference->setToolTip(tr("COCO results name images and categories by id: the instances file "
                               "gives their names and files"));
    m_referenceButton->setToolTip(tr("Choose the COCO instances file"));
    m_referenceLabel->setBuddy(m_reference);
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_reference, 1);
    referenceRow->addWidget(m_referenceButton);
    connect(m_referenceButton, &QPushButton::clicked, this, &ImportDialog::chooseReference);

    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("From each file's extension"), QString());
    m_kind->addItem(tr("Images"), QStringLiteral("image"));
    m_kind->addItem(tr("Text documents"), QStringLiteral("text"));
    m_kind->addItem(tr("Audio clips"), QStringLiteral("audio"));
    m_kind->setToolTip(tr("CSV and JSON Lines: the kind of every item"));
    m_kindLabel->setBuddy(m_kind);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *sourceLabel = new QLabel(tr("&Labels:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    auto *formatLabel = new QLabel(tr("F&ormat:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addSpacing(6);
    formatRow->addWidget(m_recognisedLabel, 1);
    form->addRow(formatLabel, formatRow);
    auto *mediaLabel = new QLabel(tr("&Media folder:"), this);
    mediaLabel->setBuddy(m_mediaRoot);
    form->addRow(mediaLabel, mediaRow);
    form->addRow(m_referenceLabel, referenceRow);
    form->addRow(m_kindLabel, m_kind);

    auto *options = new QGroupBox(tr("Options"), this);
    m_addClasses->setObjectName(QStringLiteral("importAddClasses"));
    m_addClasses->setToolTip(tr("Classes the taxonomy lacks become new classes. Off: a file that "
                                "names unknown classes is not imported at all."));
    m_clip->setObjectName(QStringLiteral("importClip"));
    m_clip->setToolTip(tr(
            "Boxes that cross the image border are cut at the border (they are reported either way)"));
    m_keepCrowd->setObjectName(QStringLiteral("importKeepCrowd"));
    m_keepCrowd->setToolTip(
            tr("COCO regions marked iscrowd=1 are skipped and counted unless this is on"));
    m_prelabels->setObjectName(QStringLiteral("importPrelabels"));
    m_prelabels->setToolTip(tr("Predictions are kept as suggestions for annotators, with their "
                               "scores, not as anyone's labels"));
    m_model->setObjectName(QStringLiteral("importModel"));
    m_model->setPlaceholderText(tr("Model name (default: the file's name)"));
    m_model->setToolTip(tr("The name the suggestions are shown under"));
    auto *prelabelRow = new QHBoxLayout;
    prelabelRow->addWidget(m_prelabels);
    prelabelRow->addWidget(m_model, 1);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->addWidget(m_addClasses);
    optionsLayout->addWidget(m_clip);
    optionsLayout->addWidget(m_keepCrowd);
    optionsLayout->addLayout(prelabelRow);

    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setReadOnly(true);
    m_result->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_result->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_result->setPlaceholderText(
            tr("Check (dry run) reads the file, matches its media and classes, and reports "
               "what an import would do, without changing the project."));
    m_result->setMinimumHeight(110);

    // Left of the row, apart from Import and Cancel: it is a step before them, not an end.
    m_checkButton = new QPushButton(tr("&Check (dry run)"), this);
    m_checkButton->setObjectName(QStringLiteral("importCheckButton"));
    m_checkButton->setToolTip(tr("Read, match and report; write nothing"));
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setToolTip(
            tr("Import in one step: everything or, on an error or Cancel, nothing"));
    m_importButton->setDefault(true);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { check(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { runImport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(options);
    auto *resultLabel = new QLabel(tr("Check res&ult:"), this);
    resultLabel->setBuddy(m_result);
    layout->addWidget(resultLabel);
    layout->addWidget(m_result, 1);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_checkButton);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);

    m_detectTimer->setSingleShot(true);
    m_detectTimer->setInterval(250);
    connect(m_detectTimer, &QTimer::timeout, this, &ImportDialog::startDetection);
    connect(&m_detection, &QFutureWatcher<Detection>::finished, this, &ImportDialog::detectionDone);
    connect(m_source, &QLineEdit::textChanged, this, &ImportDialog::sourceChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_result->clear();
        updateState();
    });
    connect(m_prelabels, &QCheckBox::toggled, this, &ImportDialog::updateState);

    loadSettings();
    updateState();
    resize(680, 560);
}

ImportDialog::~ImportDialog()
{
    // A recognition still running finishes on its own; nothing of this dialog is touched.
    m_detection.disconnect(this);
}

void ImportDialog::setSourcePath(const QString &path)
{
    m_source->setText(QDir::toNativeSeparators(path));
}

QString ImportDialog::sourcePath() const
{
    const QString text = m_source->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

void ImportDialog::setFormat(const QString &name)
{
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ImportDialog::resultText() const
{
    return m_result->toPlainText();
}

transfer::ImportOptions ImportDialog::options() const
{
    transfer::ImportOptions o;
    o.format = m_format->currentData().toString();
    o.mediaRoot = QDir::fromNativeSeparators(m_mediaRoot->text().trimmed());
    o.addClasses = m_addClasses->isChecked();
    o.clip = m_clip->isChecked();
    o.keepCrowd = m_keepCrowd->isEnabled() && m_keepCrowd->isChecked();
    o.prelabels = m_prelabels->isChecked();
    if (o.prelabels)
        o.model = m_model->text().trimmed();
    if (m_reference->isEnabled())
        o.referencePath = QDir::fromNativeSeparators(m_reference->text().trimmed());
    ItemKind kind;
    if (m_kind->isEnabled() && parseItemKind(m_kind->currentData().toString(), &kind))
        o.itemKind = kind;
    return o;
}

void ImportDialog::chooseSource(bool folder)
{
    const QString start = sourcePath().isEmpty() ? lastFolder()
                                                 : QFileInfo(sourcePath()).absolutePath();
    const QString path
            = folder ? QFileDialog::getExistingDirectory(this, tr("Choose a Dataset Folder"), start)
                     : QFileDialog::getOpenFileName(
                             this, tr("Choose a Labels File"), start,
                             tr("Labels (*.json *.xml *.csv *.jsonl *.yaml *.yml *.txt);;All files (*)"));
    if (!path.isEmpty())
        setSourcePath(path);
}

void ImportDialog::chooseMediaRoot()
{
    QString start = m_mediaRoot->text().trimmed();
    if (start.isEmpty())
        start = QSettings().value(key("mediaFolder"), lastFolder()).toString();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the Media Folder"),
                                                          start);
    if (dir.isEmpty())
        return;
    m_mediaRoot->setText(QDir::toNativeSeparators(dir));
    m_mediaRootEdited = true;
    QSettings().setValue(key("mediaFolder"), dir);
}

void ImportDialog::chooseReference()
{
    const QString start = m_reference->text().trimmed().isEmpty()
                                  ? (sourcePath().isEmpty()
                                             ? lastFolder()
                                             : QFileInfo(sourcePath()).absolutePath())
                                  : QFileInfo(m_reference->text().trimmed()).absolutePath();
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose the COCO Instances File"),
                                                      start,
                                                      tr("COCO JSON (*.json);;All files (*)"));
    if (!file.isEmpty())
        m_reference->setText(QDir::toNativeSeparators(file));
}

void ImportDialog::sourceChanged()
{
    m_recognised.clear();
    m_result->clear();
    const QString path = sourcePath();
    if (!m_mediaRootEdited) {
        // The default the import itself uses, shown so that it can be checked and changed.
        const QFileInfo info(path);
        m_mediaRoot->setText(path.isEmpty() || !info.exists()
                                     ? QString()
                                     : QDir::toNativeSeparators(info.isDir()
                                                                        ? info.absoluteFilePath()
                                                                        : info.absolutePath()));
    }
    m_recognisedLabel->setText(path.isEmpty() ? QString() : tr("Recognising the format…"));
    m_detectTimer->start();
    updateState();
}

void ImportDialog::startDetection()
{
    const QString path = sourcePath();
    if (path.isEmpty()) {
        m_recognisedLabel->clear();
        return;
    }
    // Recognising reads the start of the file or lists the folder: off the GUI thread, since a
    // dataset may sit on a slow network drive.
    m_detection.setFuture(QtConcurrent::run([path] {
        Detection d;
        d.path = path;
        auto format = interchange::FormatRegistry::builtIn().detect(path);
        if (format)
            d.format = *format;
        else
            d.error = format.error().message;
        return d;
    }));
}

void ImportDialog::detectionDone()
{
    const Detection d = m_detection.result();
    if (d.path != sourcePath())
        return; // the path changed meanwhile; a newer recognition follows
    m_recognised = d.format;
    if (!d.format.isEmpty())
        m_recognisedLabel->setText(tr("Recognised: %1").arg(displayName(d.format)));
    else
        m_recognisedLabel->setText(tr("Not recognised: %1. Choose the format.").arg(d.error));
    updateState();
}

QString ImportDialog::effectiveFormat() const
{
    const QString chosen = m_format->currentData().toString();
    return chosen == QLatin1String("auto") ? m_recognised : chosen;
}

QString ImportDialog::displayName(const QString &format) const
{
    const interchange::IImporter *importer = interchange::FormatRegistry::builtIn().importer(format);
    return importer ? importer->displayName() : format;
}

void ImportDialog::updateState()
{
    const QString format = effectiveFormat();
    const bool results = format == QLatin1String("coco-results");
    for (QWidget *w :
         {static_cast<QWidget *>(m_reference), static_cast<QWidget *>(m_referenceButton),
          static_cast<QWidget *>(m_referenceLabel)})
        w->setEnabled(results);
    const bool classification = format == QLatin1String("csv") || format == QLatin1String("jsonl");
    m_kind->setEnabled(classification);
    m_kindLabel->setEnabled(classification);
    m_keepCrowd->setEnabled(format.isEmpty() || format == QLatin1String("coco"));
    m_model->setEnabled(m_prelabels->isChecked());
    const QString path = sourcePath();
    const bool exists = !path.isEmpty() && QFileInfo::exists(path);
    m_checkButton->setEnabled(exists);
    m_importButton->setEnabled(exists);
}

void ImportDialog::showResult(const QString &text, bool problem)
{
    m_result->setPlainText(text);
    QPalette palette = m_result->palette();
    palette.setColor(QPalette::Text,
                     problem ? QColor(0xb0, 0x20, 0x20) : QPalette().color(QPalette::Text));
    m_result->setPalette(palette);
}

Result<transfer::ImportSummary> ImportDialog::importWith(
        TransferRunner &runner, const transfer::ImportOptions &options) const
{
    return runner.runTransfer(options, [path = sourcePath()](Project &project,
                                                             const transfer::ImportOptions &o) {
        return transfer::importDataset(project, path, o);
    });
}

bool ImportDialog::check()
{
    if (!m_checkButton->isEnabled())
        return false;
    saveSettings();
    TransferRunner runner(this, m_projectPath, m_actorId, m_keys ? &*m_keys : nullptr);
    runner.setTitle(tr("Check Import"));
    runner.setCancellingText(tr("Cancelling the check…"));
    transfer::ImportOptions o = options();
    o.dryRun = true;
    const auto summary = importWith(runner, o);
    if (!summary) {
        if (summary.error().code == ErrorCode::Cancelled)
            showResult(tr("The check was cancelled."), false);
        else
            showResult(tr("The file cannot be imported as it is:\n%1")
                               .arg(summary.error().toString()),
                       true);
        return false;
    }
    const bool problems = summary->missingMediaCount > 0 || !summary->rejectedMedia.isEmpty()
                          || !summary->report.warnings.isEmpty()
                          || !summary->report.skipped.isEmpty()
                          || (!summary->newClasses.isEmpty() && !o.addClasses);
    QString text = summary->text();
    if (!summary->newClasses.isEmpty() && !o.addClasses)
        text += QLatin1Char('\n')
                + tr("An import would stop: tick “Add missing classes to the taxonomy” to add them.");
    showResult(text, problems);
    return true;
}

bool ImportDialog::runImport()
{
    if (!m_importButton->isEnabled())
        return false;
    saveSettings();
    TransferRunner runner(this, m_projectPath, m_actorId, m_keys ? &*m_keys : nullptr);
    runner.setTitle(tr("Import Labels"));
    runner.setCancellingText(tr("Cancelling: the project is being rolled back to how it was…"));
    const auto summary = importWith(runner, options());
    if (!summary) {
        if (summary.error().code == ErrorCode::Cancelled) {
            showResult(tr("The import was cancelled and rolled back: nothing was imported, the "
                          "project is as it was."),
                       true);
            return false;
        }
        const TransferFailure failure = failureReport(summary.error());
        showResult(failure.text + QLatin1Char('\n') + failure.reason, true);
        runner.reportFailure(failure);
        return false;
    }
    m_summary = *summary;
    showResult(summary->text(), false);
    Q_EMIT imported(*summary);
    runner.reportSummary(summaryReport(*summary));
    accept();
    return true;
}

TransferFailure ImportDialog::failureReport(const Error &error) const
{
    const QString name = QFileInfo(sourcePath()).fileName();
    QString reason = error.toString();
    if (error.code == ErrorCode::Conflict && !m_addClasses->isChecked())
        reason += QStringLiteral("\n\n")
                  + tr("Tick “Add missing classes to the taxonomy” to add them and import.");
    return {QStringLiteral("importErrorBox"), tr("Import Failed"),
            tr("Nothing was imported from %1; the project is unchanged.").arg(name), reason};
}

TransferReport ImportDialog::summaryReport(const transfer::ImportSummary &s) const
{
    const QLocale locale;
    auto n = [&locale](qint64 v) {
        return locale.toString(v);
    };
    const QString name = QFileInfo(s.source).fileName();
    TransferReport report;
    report.title = tr("Import Finished");
    if (s.prelabels > 0)
        report.headline = tr("Imported %1 pre-labels from %2 as suggestions for annotators.")
                                  .arg(n(s.prelabels), name);
    else if (s.labels == 0)
        report.headline = tr("Imported %1 boxes from %2.").arg(n(s.boxes), name);
    else if (s.boxes == 0)
        report.headline = tr("Imported %1 class labels from %2.").arg(n(s.labels), name);
    else
        report.headline = tr("Imported %1 boxes and %2 class labels from %3.")
                                  .arg(n(s.boxes), n(s.labels), name);
    QStringList &points = report.points;
    points << tr("Format: %1%2")
                      .arg(displayName(s.format), s.detected ? tr(" (recognised)") : QString());
    points << tr("Items: %1 already in the project, %2 added.")
                      .arg(n(s.itemsMatched), n(s.itemsAdded));
    if (s.classesAdded && !s.newClasses.isEmpty())
        points << tr("Classes added to the taxonomy: %1")
                          .arg(s.newClasses.join(QStringLiteral(", ")));
    if (s.missingMediaCount > 0) {
        report.attention = true;
        points << tr("%1 media files were not found; their %2 boxes and %3 labels were left out.")
                          .arg(n(s.missingMediaCount), n(s.droppedBoxes), n(s.droppedLabels));
    }
    if (!s.rejectedMedia.isEmpty()) {
        report.attention = true;
        points << tr("%1 media files could not be added.").arg(n(s.rejectedMedia.size()));
    }
    qint64 skipped = 0;
    for (qint64 c : s.report.skipped)
        skipped += c;
    if (skipped > 0) {
        report.attention = true;
        points << tr("%1 entries skipped (shapes without a box, crowd regions, invalid boxes).")
                          .arg(n(skipped));
    }
    qint64 warnings = 0;
    for (qint64 c : s.report.warningCounts)
        warnings += c;
    if (warnings > 0) {
        report.attention = true;
        points << tr("%1 warnings; see the details.").arg(n(warnings));
    }
    if (s.report.clippedBoxes > 0)
        points << tr("%1 boxes were clipped to their image.").arg(n(s.report.clippedBoxes));
    if (!s.unknownAnnotators.isEmpty())
        points << tr("Annotators who are not people of the project, recorded for you: %1")
                          .arg(s.unknownAnnotators.join(QStringLiteral(", ")));
    report.details = s.text();
    return report;
}

QString ImportDialog::lastFolder() const
{
    return QSettings().value(key("folder"), QFileInfo(m_projectPath).absolutePath()).toString();
}

void ImportDialog::loadSettings()
{
    const QSettings settings;
    setFormat(settings.value(key("format"), QStringLiteral("auto")).toString());
    m_addClasses->setChecked(settings.value(key("addClasses"), false).toBool());
    m_clip->setChecked(settings.value(key("clip"), false).toBool());
    m_keepCrowd->setChecked(settings.value(key("keepCrowd"), false).toBool());
    m_prelabels->setChecked(settings.value(key("prelabels"), false).toBool());
    m_model->setText(settings.value(key("model")).toString());
    const int kind = m_kind->findData(settings.value(key("kind")).toString());
    m_kind->setCurrentIndex(kind < 0 ? 0 : kind);
}

void ImportDialog::saveSettings() const
{
    QSettings settings;
    const QString path = sourcePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        // A folder dataset is chosen from its parent next time, like a file from its folder.
        settings.setValue(key("folder"), info.absolutePath());
    }
    settings.setValue(key("format"), m_format->currentData().toString());
    settings.setValue(key("addClasses"), m_addClasses->isChecked());
    settings.setValue(key("clip"), m_clip->isChecked());
    settings.setValue(key("keepCrowd"), m_keepCrowd->isChecked());
    settings.setValue(key("prelabels"), m_prelabels->isChecked());
    settings.setValue(key("model"), m_model->text().trimmed());
    settings.setValue(key("kind"), m_kind->currentData().toString());
}

} // namespace assay::app
