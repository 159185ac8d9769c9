// SPDX-License-Identifier: Apache-2.0
// GuidelinePanel: the guideline beside the work — rendered Markdown opened at a class's section,
// that class's worked examples, a search field, and the notice of what changed since the
// person's last task. The author's preview shows the draft in the same widget.
#pragma once

#include "core/guidelines/guidelineservice.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTextBrowser;

namespace assay::core {
class Project;
}

namespace assay::widgets {

// One worked example drawn large: the item's image with the example's boxes.
class ExampleDialog final : public QDialog
{
    Q_OBJECT

public:
    ExampleDialog(core::Project *project, const core::WorkedExample &example,
                  QWidget *parent = nullptr);
    // The image with the boxes drawn, scaled to at most `size` (the thumbnails use it too).
    static QImage render(core::Project *project, const core::WorkedExample &example,
                         const QSize &size);
};

class GuidelinePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit GuidelinePanel(QWidget *parent = nullptr);

    // The project must outlive the panel or be replaced first. `draft`: the author's preview
    // (the unpublished draft, rendered as annotators will see it once published).
    void setProject(core::Project *project, bool draft = false);
    // Reads the guideline, the notice and the examples again.
    void refresh();
    // Scrolls to the section of the class and shows its examples.
    void showClass(const core::Id &classId);
    bool showSection(const QString &anchor);

    // The section at the top of the view; the class whose examples are shown.
    QString currentSection() const { return m_section; }
    core::Id currentClass() const { return m_class; }
    int version() const { return m_guideline.version; }
    bool noticeShown() const;

    QTextBrowser *browser() const { return m_browser; }
    QTextBrowser *noticeView() const { return m_noticeView; }
    QListWidget *examples() const { return m_examples; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *noticeLabel() const { return m_notice; }

    // Finds the text from the position shown (wrapping once); false when absent.
    bool search(const QString &text);
    // Opens the example at `row` large (ExampleDialog), non-modal.
    ExampleDialog *openExample(int row);

Q_SIGNALS:
    void noticeAcknowledged();

private:
    void render();
    void loadExamples();

    core::Project *m_project = nullptr;
    bool m_draft = false;
    core::Guideline m_guideline;
    QList<core::WorkedExample> m_exampleData;
    QString m_section;
    core::Id m_class;
    QLabel *m_title;
    QLabel *m_notice;
    QTextBrowser *m_noticeView;
    QLineEdit *m_search;
    QTextBrowser *m_browser;
    QLabel *m_examplesLabel;
    QListWidget *m_examples;
};

} // namespace assay::widgets
