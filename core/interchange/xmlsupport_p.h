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

// Elements nested deeper than this inside one that is skipped make the document an error:
// real annotation files nest a few levels, what is far deeper is hostile or broken.
inline constexpr int kMaxXmlNesting = 512;

// Skips the rest of the current element, child elements included; one nested more than
// kMaxXmlNesting levels below it raises the reader's error (so the reader stops, and
// xmlError() gives the line and column).
inline void skipElement(QXmlStreamReader &xml)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (++depth > kMaxXmlNesting) {
                xml.raiseError(Tr::tr("elements nested deeper than %1 levels").arg(kMaxXmlNesting));
                return;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
}

} // namespace assay::core::interchange::detail
