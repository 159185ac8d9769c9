// SPDX-License-Identifier: Apache-2.0
// FirstRunWizard: a new project's first steps — people, classes, media, a first batch — each
// page recording through the services as it is left, so that cancelling keeps what was done.
#pragma once

#include "core/domain/types.h"

#include <QWizard>

#include <functional>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace assay::core {
class Project;
}

namespace assay::app {

class ClassListEditor;

class FirstRunWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { PeoplePage, ClassesPage, MediaPage, BatchPage };
    // Adds media files and folders as the window does (with its progress); returns items added.
    using MediaAdder = std::function<int(const QStringList &paths)>;

    FirstRunWizard(core::Project *store, MediaAdder addMedia, QWidget *parent = nullptr);

    // What the media page's buttons do once files are chosen.
    int addMediaPaths(const QStringList &paths);
    // The first batch as the last page says; false, with batchError(), when it cannot be made.
    bool createFirstBatch();
    bool validateCurrentPage() override;

    void reloadPeople();
    void reloadMedia();
    QTableWidget *peopleTable() const { return m_people; }
    QPushButton *addPersonButton() const { return m_addPerson; }
    ClassListEditor *classEditor() const { return m_classes; }
    QLabel *mediaLabel() const { return m_mediaCount; }
    QLineEdit *batchNameEdit() const { return m_batchName; }
    QListWidget *annotatorList() const { return m_annotators; }
    QSpinBox *overlapBox() const { return m_overlap; }
    QDoubleSpinBox *goldRateBox() const { return m_goldRate; }
    QString batchError() const;
    const core::Id &createdBatch() const { return m_batch; }

Q_SIGNALS:
    void peopleChanged();
    void mediaAdded();
    void batchCreated(const core::Id &batchId);

private:
    QWizardPage *makePeoplePage();
    QWizardPage *makeClassesPage();
    QWizardPage *makeMediaPage();
    QWizardPage *makeBatchPage();
    void loadAnnotators();

    core::Project *m_store;
    MediaAdder m_addMedia;
    core::Id m_batch;
    QTableWidget *m_people = nullptr;
    QPushButton *m_addPerson = nullptr;
    ClassListEditor *m_classes = nullptr;
    QLabel *m_mediaCount = nullptr;
    QLineEdit *m_batchName = nullptr;
    QListWidget *m_annotators = nullptr;
    QLabel *m_annotatorHint = nullptr;
    QSpinBox *m_overlap = nullptr;
    QDoubleSpinBox *m_goldRate = nullptr;
    QLabel *m_batchError = nullptr;
};

} // namespace assay::app
