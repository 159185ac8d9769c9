// SPDX-License-Identifier: Apache-2.0
// GuidelinePanel: the guideline beside the work, and a worked example drawn large.
#include "widgets/guidelines/guidelinepanel.h"

#include "core/items/itemservice.h"
#include "core/project/project.h"
#include "core/taxonomy/taxonomyservice.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace assay::widgets {

using namespace assay::core;

static QColor exampleColour(ExampleKind kind)
{
    switch (kind) {
    case ExampleKind::Positive: return QColor(0x1b, 0x9e, 0x4b);
    case ExampleKind::Negative: return QColor(0xc6, 0x28, 0x28);
    case ExampleKind::EdgeCase: return QColor(0xe6, 0x8a, 0x00);
    }
    return Qt::gray;
}

static QString exampleTitle(ExampleKind kind)
{
    switch (kind) {
    case ExampleKind::Positive: return GuidelinePanel::tr("Positive");
    case ExampleKind::Negative: return GuidelinePanel::tr("Negative");
    case ExampleKind::EdgeCase: return GuidelinePanel::tr("Edge case");
    }
    return {};
}

QImage ExampleDialog::render(Project *project, const WorkedExample &example, const QSize &size)
{
    QImage image;
    auto item = project ? project->items().item(example.itemId) : Result<Item>(Error{});
    if (item && item->kind == ItemKind::Image)
        image.load(project->absoluteMediaPath(*item));
    if (image.isNull()) {
        // A text or audio example, or an image that cannot be read: its name on a card.
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(QColor(0xf4, 0xf4, 0xf4));
        QPainter p(&image);
        p.setPen(Qt::darkGray);
        QString text = item ? (item->text.isEmpty() ? item->path : item->text) : example.itemId;
        p.drawText(image.rect().adjusted(6, 6, -6, -6), Qt::TextWordWrap | Qt::AlignCenter, text);
        return image;
    }
    const QImage scaled = image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QImage out = scaled.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const double sx = double(scaled.width()) / image.width();
    const double sy = double(scaled.height()) / image.height();
    QPainter p(&out);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(exampleColour(example.kind), qMax(2.0, size.width() / 200.0)));
    for (const Box &b : example.boxes)
        p.drawRect(QRectF(b.x * sx, b.y * sy, b.w * sx, b.h * sy));
    return out;
}

ExampleDialog::ExampleDialog(Project *project, const WorkedExample &example, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exampleDialog"));
    auto *layout = new QVBoxLayout(this);
    QString className = example.classId;
    if (project) {
        if (auto t = project->taxonomy().get(); t && t->findById(example.classId))
            className = t->findById(example.classId)->name;
    }
    setWindowTitle(tr("%1 example of %2").arg(exampleTitle(example.kind), className));
    auto *picture = new QLabel(this);
    picture->setObjectName(QStringLiteral("examplePicture"));
    picture->setAlignment(Qt::AlignCenter);
    picture->setPixmap(QPixmap::fromImage(render(project, example, QSize(900, 640))));
    layout->addWidget(picture, 1);
    auto *note = new QLabel(QStringLiteral("<b>%1</b> — %2")
                                    .arg(exampleTitle(example.kind).toHtmlEscaped(),
                                         example.note.toHtmlEscaped()),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

GuidelinePanel::GuidelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_noticeView(new QTextBrowser(this))
    , m_search(new QLineEdit(this))
    , m_browser(new QTextBrowser(this))
    , m_examplesLabel(new QLabel(this))
    , m_examples(new QListWidget(this))
{
    setObjectName(QStringLiteral("guidelinePanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title->setObjectName(QStringLiteral("guidelineTitle"));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_notice->setObjectName(QStringLiteral("guidelineNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral(
            "QLabel { background: #fff4ce; border: 1px solid #e0b000; padding: 4px; }"));
    layout->addWidget(m_notice);
    m_noticeView->setObjectName(QStringLiteral("guidelineDiff"));
    m_noticeView->setMaximumHeight(220);
    layout->addWidget(m_noticeView);
    auto *understood = new QPushButton(tr("Understood"), this);
    understood->setObjectName(QStringLiteral("guidelineNoticeAcknowledge"));
    layout->addWidget(understood, 0, Qt::AlignRight);
    connect(understood, &QPushButton::clicked, this, [this, understood] {
        m_notice->hide();
        m_noticeView->hide();
        understood->hide();
        Q_EMIT noticeAcknowledged();
    });
    connect(this, &GuidelinePanel::noticeAcknowledged, understood, &QWidget::hide);
    m_notice->hide();
    m_noticeView->hide();
    understood->hide();
    m_noticeView->setProperty("ackButton", QVariant::fromValue<QObject *>(understood));

    m_search->setObjectName(QStringLiteral("guidelineSearch"));
    m_search->setPlaceholderText(tr("Search the guideline"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    layout->addWidget(m_search);

    m_browser->setObjectName(QStringLiteral("guidelineText"));
    m_browser->setOpenExternalLinks(true);
    layout->addWidget(m_browser, 1);

    m_examplesLabel->setObjectName(QStringLiteral("guidelineExamplesLabel"));
    m_examplesLabel->setWordWrap(true);
    layout->addWidget(m_examplesLabel);
    m_examples->setObjectName(QStringLiteral("guidelineExamples"));
    m_examples->setViewMode(QListView::IconMode);
    m_examples->setIconSize(QSize(96, 72));
    m_examples->setFlow(QListView::LeftToRight);
    m_examples->setWrapping(false);
    m_examples->setFixedHeight(130);
    m_examples->setMovement(QListView::Static);
    connect(m_examples, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openExample(m_examples->row(item)); });
    layout->addWidget(m_examples);
    setMinimumWidth(280);
}

void GuidelinePanel::setProject(Project *project, bool draft)
{
    m_project = project;
    m_draft = draft;
    refresh();
}

bool GuidelinePanel::noticeShown() const
{
    return !m_notice->isHidden();
}

void GuidelinePanel::refresh()
{
    m_guideline = Guideline{};
    m_notice->hide();
    m_noticeView->hide();
    if (auto *ack = qobject_cast<QWidget *>(m_noticeView->property("ackButton").value<QObject *>()))
        ack->hide();
    if (!m_project) {
        render();
        return;
    }
    GuidelineService &service = m_project->guidelines();
    if (m_draft) {
        auto d = service.draft();
        if (d && *d)
            m_guideline = **d;
        else if (auto p = service.published())
            m_guideline = *p;
    } else if (auto p = service.published()) {
        m_guideline = *p;
        // What changed since the person's last task, before the next one.
        auto notice = service.changedSinceLastTask();
        if (notice && *notice) {
            const GuidelineNotice &n = **notice;
            m_notice->setText(tr("The guideline changed since your last task (version %1 → %2)."
                                 " Sections changed: %3. Read what changed before you go on.")
                                      .arg(n.seenVersion)
                                      .arg(n.currentVersion)
                                      .arg(n.diff.changes.size()));
            // Rendered as the guideline is: the old text quoted, the new text as it reads now.
            auto bodyOf = [](const QString &text) {
                QStringList lines = guidelinetext::renderable(text).split(QLatin1Char('\n'));
                if (!lines.isEmpty() && lines.first().startsWith(QLatin1Char('#')))
                    lines.removeFirst();
                return lines.join(QLatin1Char('\n')).trimmed();
            };
            QString markdown;
            for (const SectionChange &c : n.diff.changes) {
                QString what;
                switch (c.kind) {
                case SectionChange::Kind::Added: what = tr("Added"); break;
                case SectionChange::Kind::Removed: what = tr("Removed"); break;
                case SectionChange::Kind::Changed: what = tr("Changed"); break;
                }
                markdown += QStringLiteral("#### %1: %2\n\n").arg(what, c.title);
                if (!c.before.isEmpty()) {
                    markdown += tr("*Before:*") + QStringLiteral("\n\n");
                    for (const QString &line : bodyOf(c.before).split(QLatin1Char('\n')))
                        markdown += QStringLiteral("> %1\n").arg(line);
                    markdown += QLatin1Char('\n');
                }
                if (!c.after.isEmpty())
                    markdown += tr("*Now:*") + QStringLiteral("\n\n") + bodyOf(c.after)
                                + QStringLiteral("\n\n");
            }
            m_noticeView->setMarkdown(markdown);
            m_notice->show();
            m_noticeView->show();
            if (auto *ack = qobject_cast<QWidget *>(
                        m_noticeView->property("ackButton").value<QObject *>()))
                ack->show();
        }
    }
    render();
    if (!m_class.isEmpty())
        showClass(m_class);
}

void GuidelinePanel::render()
{
    if (m_guideline.body.isEmpty()) {
        m_title->setText(m_draft ? tr("<b>No draft</b>") : tr("<b>No guideline yet</b>"));
        m_browser->setMarkdown(m_draft ? tr("There is no draft to preview.")
                                       : tr("No guideline has been published for this project."));
        loadExamples();
        return;
    }
    m_title->setText(m_guideline.version > 0
                             ? tr("<b>%1</b> · version %2")
                                       .arg(m_guideline.title.toHtmlEscaped())
                                       .arg(m_guideline.version)
                             : tr("<b>%1</b> · draft, as annotators will see it once published")
                                       .arg(m_guideline.title.toHtmlEscaped()));
    m_browser->setMarkdown(guidelinetext::renderable(m_guideline.body));
    loadExamples();
}

bool GuidelinePanel::showSection(const QString &anchor)
{
    // The n-th heading of the rendered document is the n-th section with a heading.
    int index = -1;
    int n = 0;
    for (const GuidelineSection &s : std::as_const(m_guideline.sections)) {
        if (s.level == 0)
            continue;
        if (s.anchor == anchor) {
            index = n;
            break;
        }
        ++n;
    }
    if (index < 0)
        return false;
    QTextDocument *doc = m_browser->document();
    int seen = 0;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        if (seen++ != index)
            continue;
        QTextCursor cursor(block);
        m_browser->setTextCursor(cursor);
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        m_browser->verticalScrollBar()->setValue(int(rect.top()));
        m_section = anchor;
        return true;
    }
    return false;
}

void GuidelinePanel::showClass(const Id &classId)
{
    m_class = classId;
    if (const GuidelineSection *s = m_guideline.sectionOfClass(classId))
        showSection(s->anchor);
    loadExamples();
}

void GuidelinePanel::loadExamples()
{
    m_examples->clear();
    m_exampleData.clear();
    if (!m_project || m_class.isEmpty()) {
        m_examplesLabel->setText(tr("Worked examples: select a class"));
        return;
    }
    auto list = m_project->guidelines().examples(m_class);
    if (list)
        m_exampleData = *list;
    QString name = m_class;
    if (auto t = m_project->taxonomy().get(); t && t->findById(m_class))
        name = t->findById(m_class)->name;
    m_examplesLabel->setText(
            m_exampleData.isEmpty()
                    ? tr("No worked examples of %1").arg(name)
                    : tr("Worked examples of %1 (open one to see it large)").arg(name));
    for (const WorkedExample &x : std::as_const(m_exampleData)) {
        auto *item = new QListWidgetItem(QIcon(QPixmap::fromImage(
                                                 ExampleDialog::render(m_project, x,
                                                                       QSize(96, 72)))),
                                         exampleTitle(x.kind), m_examples);
        item->setToolTip(x.note);
        item->setForeground(exampleColour(x.kind));
    }
}

bool GuidelinePanel::search(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    m_browser->moveCursor(QTextCursor::Start);
    return m_browser->find(text);
}

ExampleDialog *GuidelinePanel::openExample(int row)
{
    if (row < 0 || row >= m_exampleData.size())
        return nullptr;
    auto *dialog = new ExampleDialog(m_project, m_exampleData.at(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace assay::widgets
