// SPDX-License-Identifier: Apache-2.0
// The export dialog: format, output, selection (final labels or everything), and the export
// itself through TransferRunner, which also reports how it ended.
#include "app/gui/exportdialog.h"

#include "app/gui/transferrunner.h"
#include "core/interchange/formatregistry.h"
#include "core/project/services.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

namespace assay::app {

using namespace assay::core;

static QString key(const char *name)
{
    return QStringLiteral("transfer/export/") + QLatin1String(name);
}

// Formats whose JSON can be indented (JSON Lines is one object per line by definition).
static bool isJsonFormat(const QString &name)
{
    return name == QLatin1String("coco") || name == QLatin1String("coco-results")
           || name == QLatin1String("labelstudio");
}

bool ExportDialog::isFolderFormat(const QString &name)
{
    return name == QLatin1String("yolo") || name == QLatin1String("voc");
}

ExportDialog::ExportDialog(const QString &projectPath, const core::Id &actorId,
                           const core::identity::SecretKeys *keys, QWidget *parent)
    : QDialog(parent)
    , m_projectPath(projectPath)
    , m_actorId(actorId)
    , m_keys(keys ? std::optional<core::identity::SecretKeys>(*keys) : std::nullopt)
    , m_format(new QComboBox(this))
    , m_outputLabel(new QLabel(this))
    , m_output(new QLineEdit(this))
    , m_outputButton(new QPushButton(tr("&Browse…"), this))
    , m_final(new QRadioButton(tr("&Final labels only (done tasks of accepted batches)"), this))
    , m_all(new QRadioButton(tr("&Everything: every annotation, imported ones too, and every image"),
                             this))
    , m_pretty(new QCheckBox(tr("&Indent JSON"), this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export Dataset"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const interchange::IExporter *exporter : interchange::FormatRegistry::builtIn().exporters())
        m_format->addItem(exporter->displayName(), exporter->name());
    m_format->setToolTip(tr("The format the other tool reads"));

    m_output->setObjectName(QStringLiteral("exportOutput"));
    m_output->setClearButtonEnabled(true);
    m_outputButton->setToolTip(tr("Choose where to write"));
    m_outputLabel->setBuddy(m_output);
    connect(m_outputButton, &QPushButton::clicked, this, &ExportDialog::chooseOutput);
    auto *outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_outputButton);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *formatLabel = new QLabel(tr("Fo&rmat:"), this);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    form->addRow(m_outputLabel, outputRow);

    auto *selection = new QGroupBox(tr("Labels"), this);
    m_final->setObjectName(QStringLiteral("exportFinal"));
    m_final->setToolTip(tr(
            "One answer per item: the consensus of its annotators, from batches a lead accepted"));
    m_all->setObjectName(QStringLiteral("exportAll"));
    m_all->setToolTip(tr("Every annotation with its annotator, and images without labels too"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_final);
    group->addButton(m_all);
    m_final->setChecked(true);
    auto *selectionLayout = new QVBoxLayout(selection);
    selectionLayout->addWidget(m_final);
    selectionLayout->addWidget(m_all);

    m_pretty->setObjectName(QStringLiteral("exportPretty"));
    m_pretty->setToolTip(
            tr("Readable, larger files; off writes one line, as most training tools expect"));

    auto *note = new QLabel(
            tr("Labels only: media files are not copied. A manifest beside the output records the "
               "project's state, the versions and the SHA-256 of every file."),
            this);
    note->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_exportButton = m_buttons->addButton(tr("E&xport"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(tr("Write the files and the manifest"));
    m_exportButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { runExport(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(selection);
    layout->addWidget(m_pretty);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_output, &QLineEdit::textChanged, this, [this] {
        m_exportButton->setEnabled(!outputPath().isEmpty());
        m_status->clear();
    });
    loadSettings();
    formatChanged();
    resize(620, 360);
}

void ExportDialog::setFormat(const QString &name)
{
    const int index = m_format->findData(name);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_output->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::outputPath() const
{
    const QString text = m_output->text().trimmed();
    return text.isEmpty() ? QString() : QDir::fromNativeSeparators(text);
}

void ExportDialog::setExportAll(bool all)
{
    (all ? m_all : m_final)->setChecked(true);
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

transfer::ExportOptions ExportDialog::options() const
{
    transfer::ExportOptions o;
    o.format = format();
    o.all = m_all->isChecked();
    o.prettyJson = m_pretty->isEnabled() && m_pretty->isChecked();
    return o;
}

QString ExportDialog::suggestedOutput(const QString &format, const QString &folder) const
{
    const QString base = QFileInfo(m_projectPath).completeBaseName();
    QString name;
    if (format == QLatin1String("csv"))
        name = base + QStringLiteral("-labels.csv");
    else if (format == QLatin1String("jsonl"))
        name = base + QStringLiteral("-labels.jsonl");
    else if (format == QLatin1String("cvat"))
        name = base + QStringLiteral("-cvat.xml");
    else if (isFolderFormat(format))
        name = base + QLatin1Char('-') + format;
    else
        name = base + QLatin1Char('-') + format + QStringLiteral(".json");
    return QDir(folder).filePath(name);
}

void ExportDialog::formatChanged()
{
    const QString name = format();
    const bool folder = isFolderFormat(name);
    m_outputLabel->setText(folder ? tr("&Output folder:") : tr("&Output file:"));
    m_output->setToolTip(
            folder ? tr("The folder to write into: one label file per image, and manifest.json")
                   : tr("The file to write; the manifest is written beside it (…manifest.json)"));
    m_pretty->setEnabled(isJsonFormat(name));
    // A proposed output follows the format; one the person typed or chose stays.
    const QString current = outputPath();
    if (current.isEmpty() || current == m_suggested) {
        const QString dir = current.isEmpty()
                                    ? QSettings()
                                              .value(key("folder"),
                                                     QFileInfo(m_projectPath).absolutePath())
                                              .toString()
                                    : QFileInfo(current).absolutePath();
        m_suggested = suggestedOutput(name, dir);
        setOutputPath(m_suggested);
    }
    m_exportButton->setEnabled(!outputPath().isEmpty());
}

void ExportDialog::chooseOutput()
{
    const QString name = format();
    const QString current = outputPath();
    const QString start = current.isEmpty()
                                  ? suggestedOutput(name, QFileInfo(m_projectPath).absolutePath())
                                  : current;
    QString path;
    if (isFolderFormat(name)) {
        path = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"),
                                                 QFileInfo(start).absolutePath());
    } else {
        const QString suffix = QFileInfo(start).suffix();
        path = QFileDialog::getSaveFileName(this, tr("Export To File"), start,
                                            tr("%1 (*.%2);;All files (*)")
                                                    .arg(m_format->currentText(), suffix));
    }
    if (path.isEmpty())
        return;
    setOutputPath(path);
    m_confirmed = QFileInfo(path).absoluteFilePath();
}

bool ExportDialog::confirmOutput(const QString &path)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (isFolderFormat(format())) {
        if (info.exists() && !info.isDir()) {
            showStatus(tr("%1 is a file; this format writes into a folder.")
                               .arg(QDir::toNativeSeparators(absolute)),
                       true);
            return false;
        }
        if (info.isDir() && !QDir(absolute).isEmpty() && absolute != m_confirmed) {
            return QMessageBox::question(this, tr("Export Dataset"),
                                         tr("The folder %1 is not empty. Files of the same names "
                                            "will be replaced. Export into it?")
                                                 .arg(QDir::toNativeSeparators(absolute)))
                   == QMessageBox::Yes;
        }
        return true;
    }
    if (info.isDir()) {
        showStatus(tr("%1 is a folder; this format writes one file. Add a file name.")
                           .arg(QDir::toNativeSeparators(absolute)),
                   true);
        return false;
    }
    if (info.exists() && absolute != m_confirmed) {
        return QMessageBox::question(this, tr("Export Dataset"),
                                     tr("%1 exists. Replace it?")
                                             .arg(QDir::toNativeSeparators(absolute)))
               == QMessageBox::Yes;
    }
    return true;
}

void ExportDialog::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b02020") : QString());
}

bool ExportDialog::runExport()
{
    const QString out = outputPath();
    if (out.isEmpty() || !confirmOutput(out))
        return false;
    saveSettings();
    TransferRunner runner(this, m_projectPath, m_actorId, m_keys ? &*m_keys : nullptr);
    runner.setTitle(tr("Export Dataset"));
    runner.setCancellingText(tr("Cancelling: removing the files written so far…"));
    const auto summary = runner.runTransfer(options(), [&out](Project &project,
                                                              const transfer::ExportOptions &o) {
        return transfer::exportDataset(project, out, o);
    });
    if (!summary) {
        if (summary.error().code == ErrorCode::Cancelled) {
            showStatus(tr("The export was cancelled; the files written so far were removed."), true);
            return false;
        }
        showStatus(summary.error().toString(), true);
        runner.reportFailure(
                {QStringLiteral("exportErrorBox"), tr("Export Failed"),
                 tr("The dataset could not be exported to %1.").arg(QDir::toNativeSeparators(out)),
                 summary.error().toString()});
        return false;
    }
    m_summary = *summary;
    runner.reportSummary(summaryReport(*summary));
    accept();
    return true;
}

TransferReport ExportDialog::summaryReport(const transfer::ExportSummary &s) const
{
    const QLocale locale;
    auto n = [&locale](qint64 v) {
        return locale.toString(v);
    };
    const QString out = QDir::toNativeSeparators(outputPath());
    TransferReport report;
    report.title = tr("Export Finished");
    if (s.labels == 0)
        report.headline = tr("Exported %1 images with %2 boxes to %3.")
                                  .arg(n(s.images), n(s.boxes), out);
    else if (s.boxes == 0)
        report.headline = tr("Exported %1 items with %2 class labels to %3.")
                                  .arg(n(s.items), n(s.labels), out);
    else
        report.headline = tr("Exported %1 images with %2 boxes and %3 class labels to %4.")
                                  .arg(n(s.images), n(s.boxes), n(s.labels), out);
    QStringList &points = report.points;
    points << (s.selection == QLatin1String("all")
                       ? tr("Everything: every annotation and every image.")
                       : tr("Final labels of accepted batches only."));
    if (s.annotationsLeftOut > 0) {
        points << tr("%1 annotations were left out: not final yet (not done, batch not accepted, "
                     "or imported). "
                     "“Everything” exports them.")
                          .arg(n(s.annotationsLeftOut));
    }
    if (s.ties > 0) {
        report.attention = true;
        points << tr("%1 items without a class label: their annotators tied.").arg(n(s.ties));
    }
    for (const QString &w : s.warnings) {
        report.attention = true;
        points << (w.isEmpty()
                           ? w
                           : w.at(0).toUpper() + w.mid(1)); // the writers' notes start lower-case
    }
    points << tr("Manifest: %1").arg(QDir::toNativeSeparators(s.manifestPath));
    QStringList details{s.text(), QString(), tr("Files written:")};
    for (const QString &f : s.files)
        details << QStringLiteral("  ") + QDir::toNativeSeparators(f);
    report.details = details.join(QLatin1Char('\n'));
    report.folder = QFileInfo(s.manifestPath).absolutePath();
    return report;
}

void ExportDialog::loadSettings()
{
    const QSettings settings;
    setFormat(settings.value(key("format"), QStringLiteral("coco")).toString());
    setExportAll(settings.value(key("all"), false).toBool());
    m_pretty->setChecked(settings.value(key("pretty"), false).toBool());
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    const QString out = outputPath();
    if (!out.isEmpty())
        settings.setValue(key("folder"), QFileInfo(out).absolutePath());
    settings.setValue(key("format"), format());
    settings.setValue(key("all"), m_all->isChecked());
    settings.setValue(key("pretty"), m_pretty->isChecked());
}

} // namespace assay::app
