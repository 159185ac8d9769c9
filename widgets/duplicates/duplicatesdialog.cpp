// SPDX-License-Identifier: Apache-2.0
// Near-duplicates dialog: grouping off the GUI thread, thumbnails decoded in workers, one
// "Keep This One" per picture that removes the group's others through the project store.
#include "widgets/duplicates/duplicatesdialog.h"

#include "core/events/policy.h"
#include "core/project/services.h"
#include "widgets/canvas/imageloader.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace assay::widgets {

using namespace assay::core;

static const QSize s_thumbnailSize(280, 210);

struct Thumbnail
{
    QImage image;
    QString error;
};

// Decoded at the size shown (JPEG DCT reduction), so a group of 24 MP photographs costs
// milliseconds each; runs in the global thread pool.
static Thumbnail decodeThumbnail(const QString &path, const QSize &target)
{
    auto preview = ImageLoader::decodePreview(path, target);
    if (!preview)
        return {{}, preview.error().message};
    return {preview->image, {}};
}

// One picture of a group: the thumbnail, its facts, and the button that keeps it.
class DuplicateCard final : public QFrame
{
public:
    DuplicateCard(const media::NearDuplicateMember &member, const QString &absolutePath,
                  QWidget *parent)
        : QFrame(parent)
        , m_picture(new QLabel(this))
        , m_distance(new QLabel(this))
        , m_keep(new QPushButton(DuplicatesDialog::tr("&Keep This One"), this))
        , m_watcher(new QFutureWatcher<Thumbnail>(this))
    {
        setFrameShape(QFrame::StyledPanel);
        setFocusPolicy(Qt::NoFocus);
        const QLocale locale;
        const Item &item = member.item;
        m_picture->setFixedSize(s_thumbnailSize);
        m_picture->setAlignment(Qt::AlignCenter);
        m_picture->setText(DuplicatesDialog::tr("Loading…"));
        m_picture->setWordWrap(true);

        auto *name = new QLabel(this);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        name->setText(name->fontMetrics().elidedText(QFileInfo(item.path).fileName(),
                                                     Qt::ElideMiddle, s_thumbnailSize.width()));
        auto *facts = new QLabel(DuplicatesDialog::tr("%1 × %2 px · %3")
                                         .arg(item.width)
                                         .arg(item.height)
                                         .arg(locale.formattedDataSize(item.byteSize)),
                                 this);
        m_distance->setObjectName(QStringLiteral("distance"));
        auto *path = new QLabel(this);
        path->setText(path->fontMetrics().elidedText(item.path, Qt::ElideMiddle,
                                                     s_thumbnailSize.width()));
        path->setToolTip(absolutePath);
        path->setForegroundRole(QPalette::PlaceholderText);
        m_keep->setToolTip(
                DuplicatesDialog::tr(
                        "Keep %1 and remove the other images of this group from the project")
                        .arg(item.path));
        m_keep->setAccessibleName(
                DuplicatesDialog::tr("Keep %1").arg(QFileInfo(item.path).fileName()));
        m_keep->setAutoDefault(false);

        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_picture, 0, Qt::AlignHCenter);
        layout->addWidget(name);
        layout->addWidget(facts);
        layout->addWidget(m_distance);
        layout->addWidget(path);
        layout->addWidget(m_keep);
        layout->addStretch(1);
        setFixedWidth(s_thumbnailSize.width() + 2 * layout->contentsMargins().left() + 4);
    }

    void setDistanceText(const QString &text) { m_distance->setText(text); }
    QPushButton *keepButton() const { return m_keep; }
    QFutureWatcher<Thumbnail> *watcher() const { return m_watcher; }

    void setHighlighted(bool on)
    {
        m_highlighted = on;
        update();
    }

    void showThumbnail(const Thumbnail &t)
    {
        if (t.image.isNull()) {
            m_picture->setText(DuplicatesDialog::tr("Cannot be shown: %1").arg(t.error));
            return;
        }
        QPixmap pixmap = QPixmap::fromImage(t.image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        m_picture->setPixmap(pixmap);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QFrame::paintEvent(event);
        if (!m_highlighted)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Highlight), 3));
        p.drawRoundedRect(QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5), 4, 4);
    }

private:
    QLabel *m_picture;
    QLabel *m_distance;
    QPushButton *m_keep;
    QFutureWatcher<Thumbnail> *m_watcher;
    bool m_highlighted = false;
};

DuplicatesDialog::DuplicatesDialog(assay::core::Project *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_threshold(new QSpinBox(this))
    , m_regroupTimer(new QTimer(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_status(new QLabel(this))
    , m_groupList(new QListWidget(this))
    , m_scroll(new QScrollArea(this))
    , m_cardsHost(new QWidget(this))
    , m_empty(new QLabel(this))
{
    setWindowTitle(tr("Near-Duplicates"));
    setObjectName(QStringLiteral("duplicatesDialog"));

    m_threshold->setRange(0, media::MaxNearDuplicateThreshold);
    m_threshold->setValue(media::DefaultNearDuplicateThreshold);
    m_threshold->setSuffix(tr(" of 64 bits"));
    m_threshold->setToolTip(
            tr("How many bits of the perceptual hash may differ between two images of one group. "
               "Resized, re-compressed or slightly brightened copies differ in a few; unrelated "
               "pictures in about 32."));
    auto *thresholdLabel = new QLabel(tr("&Threshold:"), this);
    thresholdLabel->setBuddy(m_threshold);
    m_regroupTimer->setSingleShot(true);
    m_regroupTimer->setInterval(250); // holding an arrow key regroups once, not per step
    connect(m_regroupTimer, &QTimer::timeout, this, &DuplicatesDialog::regroup);
    connect(m_threshold, &QSpinBox::valueChanged, m_regroupTimer, qOverload<>(&QTimer::start));

    m_error->setObjectName(QStringLiteral("errorBanner"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAutoFillBackground(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    errorPalette.setColor(QPalette::WindowText, QColor(0x8a, 0x10, 0x10));
    m_error->setPalette(errorPalette);
    m_error->setMargin(8);
    m_error->hide();
    m_status->setObjectName(QStringLiteral("statusBanner"));
    m_status->setWordWrap(true);
    m_status->setMargin(4);
    m_status->hide();

    m_groupList->setObjectName(QStringLiteral("groupList"));
    m_groupList->setMinimumWidth(200);
    m_groupList->installEventFilter(this);
    connect(m_groupList, &QListWidget::currentRowChanged, this, &DuplicatesDialog::showGroup);

    auto *cardsLayout = new QHBoxLayout(m_cardsHost);
    cardsLayout->addStretch(1);
    m_scroll->setWidget(m_cardsHost);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_scroll, 1);
    rightLayout->addWidget(m_empty, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_groupList);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 950});

    auto *hint = new QLabel(tr("↑ ↓ choose a group · ← → choose a picture · Enter keeps the "
                               "highlighted picture · Esc closes"),
                            this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(thresholdLabel);
    top->addWidget(m_threshold);
    top->addSpacing(16);
    top->addWidget(m_summary, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(hint, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(&m_grouping, &QFutureWatcher<QList<media::NearDuplicateGroup>>::finished, this,
            &DuplicatesDialog::onGrouped);

    m_mayRemove = m_store && isAllowed(m_store->actor(), Action::RemoveItems);
    if (m_store && !m_mayRemove) {
        showStatus(tr("%1 may not remove items: a lead or an admin can keep one image of a group.")
                           .arg(m_store->actor().displayName.isEmpty()
                                        ? m_store->actor().name
                                        : m_store->actor().displayName));
    }
    resize(1180, 640);
    m_groupList->setFocus();
    loadImages();
    regroup();
}

DuplicatesDialog::~DuplicatesDialog()
{
    // Grouping reads only its own copy of the hashes; waiting keeps the pool tidy at exit.
    m_grouping.waitForFinished();
}

int DuplicatesDialog::threshold() const
{
    return m_threshold->value();
}

void DuplicatesDialog::setThreshold(int bits)
{
    const QSignalBlocker blocker(m_threshold);
    m_threshold->setValue(bits);
    m_regroupTimer->stop();
    regroup();
}

int DuplicatesDialog::currentGroup() const
{
    return m_groupList->currentRow();
}

void DuplicatesDialog::setCurrentGroup(int row)
{
    m_groupList->setCurrentRow(row);
}

bool DuplicatesDialog::isGrouping() const
{
    return m_grouping.isRunning();
}

QString DuplicatesDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DuplicatesDialog::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

QList<QPushButton *> DuplicatesDialog::keepButtons() const
{
    QList<QPushButton *> buttons;
    for (DuplicateCard *card : m_cards)
        buttons.append(card->keepButton());
    return buttons;
}

void DuplicatesDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DuplicatesDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void DuplicatesDialog::loadImages()
{
    m_images.clear();
    if (!m_store)
        return;
    auto images = m_store->items().hashedImages();
    if (!images) {
        showError(images.error().toString());
        return;
    }
    m_images = *images;
}

void DuplicatesDialog::regroup()
{
    m_summary->setText(tr("Grouping %1 images…").arg(QLocale().toString(m_images.size())));
    // The list is copied into the worker: the dialog may change it (a removal) meanwhile,
    // and setFuture() drops the result of a grouping that is no longer wanted.
    m_grouping.setFuture(QtConcurrent::run([images = m_images, bits = threshold()] {
        return media::groupNearDuplicates(images, bits);
    }));
}

void DuplicatesDialog::onGrouped()
{
    if (m_grouping.isCanceled())
        return;
    // Stay on the group of the picture shown before, when it still has one.
    QString shownId;
    if (const int row = currentGroup(); row >= 0 && row < m_groups.size())
        shownId = m_groups.at(row).members.first().item.id;
    const int previousRow = currentGroup() >= 0 ? currentGroup() : m_restoreRow;

    m_groups = m_grouping.result();
    const QLocale locale;
    m_summary->setText(tr("%n group(s) among %1 images", nullptr, int(m_groups.size()))
                               .arg(locale.toString(m_images.size())));
    int select = -1;
    {
        const QSignalBlocker blocker(m_groupList);
        m_groupList->clear();
        for (qsizetype i = 0; i < m_groups.size(); ++i) {
            const auto &g = m_groups.at(i);
            QStringList paths;
            for (const auto &m : g.members) {
                paths.append(m.item.path);
                if (select < 0 && m.item.id == shownId)
                    select = int(i);
            }
            auto *entry = new QListWidgetItem(tr("%1 · %n image(s)", nullptr, int(g.members.size()))
                                                      .arg(QFileInfo(g.members.first().item.path)
                                                                   .fileName()),
                                              m_groupList);
            entry->setToolTip(paths.join(QLatin1Char('\n')));
        }
    }
    if (select < 0)
        select = std::min(previousRow, int(m_groups.size()) - 1);
    if (m_groups.isEmpty()) {
        showGroup(-1);
    } else {
        const QSignalBlocker blocker(m_groupList);
        m_groupList->setCurrentRow(std::max(select, 0));
    }
    if (!m_groups.isEmpty())
        showGroup(m_groupList->currentRow());
    Q_EMIT groupsChanged();
}

void DuplicatesDialog::showGroup(int row)
{
    for (DuplicateCard *card : std::as_const(m_cards)) {
        // Later: this may run inside a card's own button click (a nested confirmation loop).
        card->hide();
        card->deleteLater();
    }
    m_cards.clear();
    m_highlighted = 0;
    const quint64 generation = ++m_cardGeneration;
    const bool hasGroup = row >= 0 && row < m_groups.size();
    m_scroll->setVisible(hasGroup);
    m_empty->setVisible(!hasGroup);
    if (!hasGroup) {
        m_empty->setText(
                m_images.isEmpty()
                        ? tr("The project has no images with a perceptual hash.")
                        : tr("No near-duplicates at this threshold: no two images differ in "
                             "%n bit(s) or fewer.",
                             nullptr, threshold()));
        m_pendingThumbnails = 0;
        return;
    }
    const auto &group = m_groups.at(row);
    auto *layout = static_cast<QHBoxLayout *>(m_cardsHost->layout());
    m_pendingThumbnails = int(group.members.size());
    const QSize target = s_thumbnailSize * devicePixelRatioF();
    for (qsizetype i = 0; i < group.members.size(); ++i) {
        const auto &member = group.members.at(i);
        const QString path = m_store ? m_store->absoluteMediaPath(member.item) : member.item.path;
        auto *card = new DuplicateCard(member, path, m_cardsHost);
        card->setDistanceText(
                i == 0 ? tr("added first; the others are compared with it")
                       : tr("differs in %n bit(s) from the first", nullptr, member.distance));
        card->keepButton()->setEnabled(m_mayRemove);
        connect(card->keepButton(), &QPushButton::clicked, this, [this, i] { keepMember(int(i)); });
        connect(card->watcher(), &QFutureWatcher<Thumbnail>::finished, this,
                [this, card, generation] {
                    if (generation != m_cardGeneration)
                        return;
                    card->showThumbnail(card->watcher()->result());
                    if (--m_pendingThumbnails == 0)
                        Q_EMIT thumbnailsReady();
                });
        card->watcher()->setFuture(QtConcurrent::run(decodeThumbnail, path, target));
        layout->insertWidget(layout->count() - 1, card, 0, Qt::AlignTop);
        m_cards.append(card);
    }
    setHighlightedMember(0);
}

void DuplicatesDialog::setHighlightedMember(int index)
{
    if (m_cards.isEmpty())
        return;
    m_highlighted = std::clamp(index, 0, int(m_cards.size()) - 1);
    for (qsizetype i = 0; i < m_cards.size(); ++i)
        m_cards.at(i)->setHighlighted(i == m_highlighted);
    m_scroll->ensureWidgetVisible(m_cards.at(m_highlighted));
}

bool DuplicatesDialog::keepMember(int index)
{
    const int row = currentGroup();
    if (!m_store || row < 0 || row >= m_groups.size())
        return false;
    const media::NearDuplicateGroup group = m_groups.at(row);
    if (index < 0 || index >= group.members.size())
        return false;
    if (!m_mayRemove) {
        showError(tr("%1 may not remove items.").arg(m_store->actor().name));
        return false;
    }
    const Item kept = group.members.at(index).item;
    QStringList ids;
    QStringList paths;
    for (qsizetype i = 0; i < group.members.size(); ++i) {
        if (i != index) {
            ids.append(group.members.at(i).item.id);
            paths.append(group.members.at(i).item.path);
        }
    }

    QMessageBox box(QMessageBox::Question, tr("Keep One Image"),
                    tr("Keep %1 and remove the %n other image(s) of this group from the project?",
                       nullptr, int(ids.size()))
                            .arg(kept.path),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRemoval"));
    box.setInformativeText(
            tr("Their files stay on disk. The removal is recorded in the project's log."));
    box.setDetailedText(paths.join(QLatin1Char('\n')));
    QPushButton *remove = box.addButton(tr("&Remove Others"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;

    // The log is data read on other workstations, whatever their language: not translated.
    const Status removed = m_store->items().removeItems(ids, QStringLiteral("near-duplicate of %1")
                                                                     .arg(kept.path));
    if (!removed) {
        showError(removed.error().toString());
        return false;
    }
    showError({});
    showStatus(
            tr("Kept %1; removed %n other image(s) from the project. Their files are still on disk.",
               nullptr, int(ids.size()))
                    .arg(kept.path));
    m_restoreRow = row;
    {
        // The group is gone: the next one moves into its row.
        const QSignalBlocker blocker(m_groupList);
        m_groupList->setCurrentRow(-1);
    }
    Q_EMIT itemsRemoved(ids);
    loadImages();
    regroup();
    return true;
}

bool DuplicatesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_groupList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Left: setHighlightedMember(m_highlighted - 1); return true;
        case Qt::Key_Right: setHighlightedMember(m_highlighted + 1); return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Never the dialog's default button: Enter here means "keep this picture".
            if (!m_cards.isEmpty())
                keepMember(m_highlighted);
            return true;
        default: break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace assay::widgets
