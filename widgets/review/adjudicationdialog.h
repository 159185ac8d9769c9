// SPDX-License-Identifier: Apache-2.0
// AdjudicationDialog: an item's versions, the reviewers' remarks and earlier adjudications; the
// adjudicator chooses a version or gives a new answer, with a reason, a text and a section.
#pragma once

#include "core/domain/types.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
QT_END_NAMESPACE

namespace assay::core {
class Project;
}

namespace assay::widgets {

class ImageCanvas;

class AdjudicationDialog final : public QDialog
{
    Q_OBJECT

public:
    AdjudicationDialog(core::Project &project, const core::Id &itemId, QWidget *parent = nullptr);

    // The version chosen (1-based, as listed), or 0 for a new answer.
    void chooseVersion(int version);
    void setNewAnswer(const QStringList &classNames);
    void setReason(const QString &code, const QString &text, const QString &section);
    core::Id decisionId() const { return m_decision; }
    // The item's image with the reviewers' remarks pinned to it; null without pinned remarks.
    ImageCanvas *remarkCanvas() const { return m_canvas; }

    void accept() override; // records the adjudication; stays open with the reason on a refusal

private:
    core::Project &m_project;
    core::Id m_item;
    core::Id m_decision;
    QListWidget *m_versions = nullptr;
    QLineEdit *m_newAnswer = nullptr;
    QComboBox *m_reason = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_section = nullptr;
    QLabel *m_error = nullptr;
    ImageCanvas *m_canvas = nullptr;
};

} // namespace assay::widgets
