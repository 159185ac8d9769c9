// SPDX-License-Identifier: Apache-2.0
// DuplicatesDialog: near-duplicate groups of a project's images, side by side, to keep one.
#pragma once

#include "core/media/nearduplicates.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;

namespace assay::core {
class Project;
}

namespace assay::widgets {

class DuplicateCard;

class DuplicatesDialog final : public QDialog
{
    Q_OBJECT

public:
    // The store is not owned and must outlive the dialog; its actor is who removes items.
    explicit DuplicatesDialog(core::Project *store, QWidget *parent = nullptr);
    ~DuplicatesDialog() override;

    int threshold() const;
    void setThreshold(int bits); // regroups at once (no debounce)
    const QList<core::media::NearDuplicateGroup> &groups() const { return m_groups; }
    int imageCount() const { return int(m_images.size()); }
    int currentGroup() const;
    void setCurrentGroup(int row);
    int highlightedMember() const { return m_highlighted; }
    void setHighlightedMember(int index);

    // Asks for confirmation, then keeps the member and removes the group's other items.
    // False when cancelled or refused (the reason is then in errorText()).
    bool keepMember(int index);

    bool isGrouping() const;
    bool thumbnailsLoaded() const { return m_pendingThumbnails == 0; }
    QString errorText() const;
    QString statusText() const;

    QListWidget *groupList() const { return m_groupList; }
    QSpinBox *thresholdBox() const { return m_threshold; }
    QList<QPushButton *> keepButtons() const;

Q_SIGNALS:
    void groupsChanged();                      // a grouping finished and is shown
    void thumbnailsReady();                    // every picture of the shown group is decoded
    void itemsRemoved(const QStringList &ids); // the project changed: reload item lists

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadImages();
    void regroup();
    void onGrouped();
    void showGroup(int row);
    void onThumbnail(int index);
    void showError(const QString &text);
    void showStatus(const QString &text);

    core::Project *m_store;
    QList<core::Item> m_images;
    QList<core::media::NearDuplicateGroup> m_groups;
    QFutureWatcher<QList<core::media::NearDuplicateGroup>> m_grouping;
    QSpinBox *m_threshold;
    QTimer *m_regroupTimer;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_status;
    QListWidget *m_groupList;
    QScrollArea *m_scroll;
    QWidget *m_cardsHost;
    QLabel *m_empty;
    QList<DuplicateCard *> m_cards;
    int m_highlighted = 0;
    int m_pendingThumbnails = 0;
    quint64 m_cardGeneration = 0; // thumbnails of cards no longer shown are dropped
    int m_restoreRow = 0;
    bool m_mayRemove = false;
};

} // namespace assay::widgets
