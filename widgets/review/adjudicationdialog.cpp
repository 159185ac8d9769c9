// SPDX-License-Identifier: Apache-2.0
// AdjudicationDialog: versions, remarks and the justified decision.
#include "widgets/review/adjudicationdialog.h"

#include "core/project/services.h"
#include "widgets/canvas/imagecanvas.h"
#include "widgets/review/remarkpins.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QVBoxLayout>

namespace assay::widgets {

using namespace assay::core;

AdjudicationDialog::AdjudicationDialog(Project &project, const Id &itemId, QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_item(itemId)
{
    setObjectName(QStringLiteral("adjudicationDialog"));
    auto item = project.items().findItem(itemId);
    setWindowTitle(tr("Adjudicate %1").arg(item ? item->path : itemId));
    auto taxonomy = project.taxonomy().get();
    auto names = [&](const AnswerValue &v) {
        QStringList out;
        for (const Id &id : v.classIds) {
            const TaxonomyClass *c = taxonomy ? taxonomy->readAs(id) : nullptr;
            out.append(c ? c->name : id);
        }
        if (!v.boxes.isEmpty())
            out.append(tr("boxes: %1").arg(v.boxes.size()));
        return out.isEmpty() ? tr("(nothing)") : out.join(QStringLiteral(", "));
    };
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
            new QLabel(tr("Versions (the chosen one stands; the others are kept):"), this));
    m_versions = new QListWidget(this);
    m_versions->setObjectName(QStringLiteral("versions"));
    auto versions = project.review().versions(itemId);
    if (versions) {
        for (const AnswerVersion &v : *versions) {
            const QString who = v.fix ? tr("a reviewer's fix (%1)")
                                                .arg(v.people.join(QStringLiteral(", ")))
                                      : tr("given by %1").arg(v.people.join(QStringLiteral(", ")));
            m_versions->addItem(tr("%1. %2 — %3").arg(v.number).arg(names(v.value), who));
        }
    }
    m_versions->addItem(tr("A new answer (classes below)"));
    m_versions->setCurrentRow(0);
    layout->addWidget(m_versions);
    auto *remarks = new QPlainTextEdit(this);
    remarks->setObjectName(QStringLiteral("remarks"));
    remarks->setReadOnly(true);
    QStringList lines;
    QList<BoxRemark> pinned; // numbered on the image as in the list
    if (auto decisions = project.review().decisions(itemId)) {
        for (const ReviewRecord &d : *decisions) {
            if (d.withdrawn)
                continue;
            QString line = tr("%1 by %2").arg(reviewVerdictName(d.verdict), d.reviewerName);
            if (!d.reasonCode.isEmpty() || !d.reasonText.isEmpty())
                line += QStringLiteral(": %1 %2").arg(d.reasonCode, d.reasonText);
            if (!d.section.isEmpty())
                line += tr(" (section %1)").arg(d.section);
            lines.append(line);
            for (const BoxRemark &r : d.boxRemarks) {
                if (!r.region)
                    continue;
                pinned.append(r);
                lines.append(tr("    pin %1: %2 %3").arg(pinned.size()).arg(r.reasonCode, r.text));
            }
        }
    }
    // An image with remarks pinned to it: the image, the pins where the reviewers put them.
    if (item && item->kind == ItemKind::Image && !pinned.isEmpty()) {
        m_canvas = new ImageCanvas(this);
        m_canvas->setObjectName(QStringLiteral("remarkCanvas"));
        m_canvas->setReadOnly(true);
        m_canvas->setMinimumHeight(260);
        m_canvas->setImage(project.absoluteMediaPath(*item));
        m_canvas->setOverlay([canvas = QPointer<ImageCanvas>(m_canvas), pinned](QPainter *p) {
            if (canvas)
                paintRemarkPins(p, canvas, pinned, QColor(QStringLiteral("#ff6f00")));
        });
        layout->addWidget(m_canvas, 1);
    }
    if (auto earlier = project.review().adjudications(itemId)) {
        for (const AdjudicationRecord &a : *earlier) {
            lines.append(tr("adjudicated by %1%2: %3 — %4 %5")
                                 .arg(a.adjudicatorName, a.current ? QString() : tr(" (superseded)"),
                                      names(a.answer), a.reasonCode, a.reasonText));
        }
    }
    remarks->setPlainText(lines.isEmpty() ? tr("No remarks.") : lines.join(QLatin1Char('\n')));
    remarks->setMaximumHeight(90);
    layout->addWidget(new QLabel(tr("Reviewers' remarks and earlier adjudications:"), this));
    layout->addWidget(remarks);
    auto *form = new QFormLayout;
    m_newAnswer = new QLineEdit(this);
    m_newAnswer->setObjectName(QStringLiteral("newAnswer"));
    m_newAnswer->setPlaceholderText(tr("class names, comma-separated"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    if (auto reasons = project.review().reasons()) {
        for (const ReviewReason &r : *reasons)
            m_reason->addItem(r.text, r.code);
    }
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("justification"));
    m_section = new QLineEdit(this);
    m_section->setObjectName(QStringLiteral("section"));
    form->addRow(tr("New &answer:"), m_newAnswer);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Justification:"), m_text);
    form->addRow(tr("Guideline &section:"), m_section);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Decide"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AdjudicationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 480);
}

void AdjudicationDialog::chooseVersion(int version)
{
    m_versions->setCurrentRow(version <= 0 ? m_versions->count() - 1 : version - 1);
}

void AdjudicationDialog::setNewAnswer(const QStringList &classNames)
{
    m_newAnswer->setText(classNames.join(QStringLiteral(", ")));
    chooseVersion(0);
}

void AdjudicationDialog::setReason(const QString &code, const QString &text, const QString &section)
{
    const int index = m_reason->findData(code);
    if (index >= 0)
        m_reason->setCurrentIndex(index);
    m_text->setText(text);
    m_section->setText(section);
}

void AdjudicationDialog::accept()
{
    AdjudicationRequest request;
    request.itemId = m_item;
    const int row = m_versions->currentRow();
    if (row >= 0 && row < m_versions->count() - 1) {
        request.version = row + 1;
    } else {
        auto taxonomy = m_project.taxonomy().get();
        AnswerValue value;
        for (const QString &name : m_newAnswer->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const TaxonomyClass *c = taxonomy ? taxonomy->findByName(name.trimmed()) : nullptr;
            if (!c) {
                m_error->setText(tr("No class \"%1\" in the taxonomy.").arg(name.trimmed()));
                return;
            }
            value.classIds.append(c->id);
        }
        request.answer = value;
    }
    request.reasonCode = m_reason->currentData().toString();
    request.reasonText = m_text->text();
    request.section = m_section->text();
    auto id = m_project.review().adjudicate(request);
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_decision = *id;
    QDialog::accept();
}

} // namespace assay::widgets
