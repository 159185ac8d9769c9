// SPDX-License-Identifier: Apache-2.0
// Failure handling shared by the annotation undo commands.
#include "widgets/commands/annotationcommand.h"

namespace assay::widgets {

bool AnnotationCommand::check(const Status &status)
{
    if (status)
        return true;
    if (m_target.reporter)
        m_target.reporter->report(status.error());
    else
        qWarning("%s", qPrintable(status.error().toString()));
    setObsolete(true);
    return false;
}

} // namespace assay::widgets
