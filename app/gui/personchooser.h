// SPDX-License-Identifier: Apache-2.0
// PersonChooser: "who are you?" at the start of work; the answer is remembered per project.
#pragma once

#include "core/domain/types.h"

#include <QDialog>

class QListWidget;

namespace assay::app {

class PersonChooser final : public QDialog
{
    Q_OBJECT

public:
    PersonChooser(const QList<core::Person> &people, const core::Id &preselected,
                  QWidget *parent = nullptr);
    core::Id chosen() const;

    // The remembered choice for a project (QSettings), and remembering one.
    static core::Id remembered(const core::Id &projectId);
    static void remember(const core::Id &projectId, const core::Id &personId);

private:
    QListWidget *m_list;
};

} // namespace assay::app
