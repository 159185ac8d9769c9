// SPDX-License-Identifier: Apache-2.0
// The summary shown at the end of an import or export.
#include "app/gui/transfersummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace assay::app {

TransferSummaryDialog::TransferSummaryDialog(const TransferReport &report, QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(report.headline, this))
    , m_details(new QPlainTextEdit(report.details, this))
{
    setWindowTitle(report.title);
    setObjectName(QStringLiteral("transferSummaryDialog"));

    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(report.attention ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation,
                                          nullptr, this)
                            .pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);

    m_headline->setObjectName(QStringLiteral("summaryHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    auto *text = new QVBoxLayout;
    text->addWidget(m_headline);
    if (!report.points.isEmpty()) {
        QString html = QStringLiteral("<ul style=\"margin-left:-24px\">");
        for (const QString &p : report.points)
            html += QStringLiteral("<li>%1</li>").arg(p.toHtmlEscaped());
        html += QStringLiteral("</ul>");
        auto *list = new QLabel(html, this);
        list->setObjectName(QStringLiteral("summaryPoints"));
        list->setWordWrap(true);
        list->setTextFormat(Qt::RichText);
        text->addWidget(list);
    }
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);

    auto *detailsLabel = new QLabel(tr("&Details:"), this);
    detailsLabel->setBuddy(m_details);
    m_details->setObjectName(QStringLiteral("summaryDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMinimumHeight(160);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the full report to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_headline->text() + QLatin1Char('\n')
                                           + m_details->toPlainText());
    });
    if (!report.folder.isEmpty()) {
        QPushButton *open = buttons->addButton(tr("Open &Folder"), QDialogButtonBox::ActionRole);
        open->setToolTip(report.folder);
        connect(open, &QPushButton::clicked, this, [folder = report.folder] {
            QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
        });
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString TransferSummaryDialog::headline() const
{
    return m_headline->text();
}

QString TransferSummaryDialog::details() const
{
    return m_details->toPlainText();
}

} // namespace assay::app
