// SPDX-License-Identifier: Apache-2.0
// QXmlStreamReader glue for the XML formats: errors with line and column, element text.
#pragma once

#include <QCoreApplication>
#include "core/base/tr.h"
#include "core/interchange/interchangeutil_p.h"

#include <QXmlStreamReader>

namespace assay::core::interchange::detail {

// The reader's error as an Error naming the file, line and column.
inline Error xmlError(const QXmlStreamReader &xml, const QString &path)
{
    QString reason = xml.errorString();
    if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        reason = Tr::tr("%1 (the file ends early: truncated?)").arg(reason);
    return parseError(path, int(xml.lineNumber()), int(xml.columnNumber()),
                      Tr::tr("malformed XML: %1").arg(reason));
}

// Skips the rest of the current element, child elements included.
inline void skipElement(QXmlStreamReader &xml)
{
    xml.skipCurrentElement();
}

} // namespace assay::core::interchange::detail
