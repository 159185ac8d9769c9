// SPDX-License-Identifier: Apache-2.0
// GoldDialog: the gold items with their reference answers, how each person answered them, and
// the gold gate's settings (window, threshold, minimum).
#pragma once

#include "core/gold/goldservice.h"

#include <QDialog>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace assay::app {

class GoldDialog final : public QDialog
{
    Q_OBJECT

public:
    GoldDialog(core::Project *store, QWidget *parent = nullptr);

    void reload();
    void selectItem(const core::Id &itemId);
    // Replaces the selected item's reference classes (its boxes stay); false on failure.
    bool setReferenceClasses(const core::Id &itemId, const QStringList &classIds);
    bool saveSettings();

    QTableWidget *goldTable() const { return m_gold; }
    QTableWidget *answerTable() const { return m_answers; }
    QSpinBox *windowBox() const { return m_window; }
    QDoubleSpinBox *thresholdBox() const { return m_threshold; }
    QSpinBox *minimumBox() const { return m_minimum; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    QString errorText() const;

private:
    void showAnswers();
    void editReference();
    QString answerText(const QStringList &classIds, const QList<core::Box> &boxes) const;
    void showError(const QString &text);

    core::Project *m_store;
    core::Taxonomy m_taxonomy;
    QList<core::GoldAnswer> m_items;
    QLabel *m_empty;
    QTableWidget *m_gold;
    QTableWidget *m_answers;
    QSpinBox *m_window;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_minimum;
    QPushButton *m_save;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_error;
};

} // namespace assay::app
