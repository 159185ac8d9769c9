// SPDX-License-Identifier: Apache-2.0
// GuidelineService: versioned guidelines with sections and stable anchors, drafts only authors
// read, publishing bound to the taxonomy version, worked examples of classes, the diff by
// section, what changed since a person's last task, and how often each section is cited.
#pragma once

#include "core/guidelines/guidelineevents.h"
#include "core/guidelines/guidelinetext.h"
#include "core/project/service.h"

#include <optional>

namespace assay::core {

namespace store {
class ApplierRegistry;
}

// A published version (version > 0) or the draft (version 0).
struct Guideline
{
    int version = 0;
    Id eventId; // the event that made it
    QString title;
    QString body; // Markdown, headings with their {#anchor}
    int taxonomyVersion = 0;
    Id personId;
    QString time;
    QList<GuidelineSection> sections;

    const GuidelineSection *section(const QString &anchor) const;
    const GuidelineSection *sectionOfClass(const Id &classId) const;
};

struct GuidelineDiff
{
    int from = 0; // 0: nothing (every section is added)
    int to = 0;
    QList<SectionChange> changes;
};

// The published guideline changed since the person's last task: from the version that task was
// done under to the current one.
struct GuidelineNotice
{
    int seenVersion = 0;
    int currentVersion = 0;
    GuidelineDiff diff;
};

struct WorkedExample
{
    Id itemId;
    Id classId;
    ExampleKind kind = ExampleKind::Positive;
    QString note;
    QList<Box> boxes;
    Id personId;
    QString time;
};

// How often a section was cited by flags and by review rejections, and the items concerned.
struct SectionCitations
{
    QString anchor;
    QString title; // in the current version; empty when no section has the anchor any more
    int flags = 0;
    int rejections = 0;
    QList<Id> itemIds; // each once, in the order first cited
    int total() const { return flags + rejections; }
};

class GuidelineService final : public ServiceBase
{
public:
    using ServiceBase::ServiceBase;

    // The number of the current published version (0: none yet).
    int currentVersion() const;
    // A published version (0: the current one). Everyone may read published versions.
    Result<Guideline> published(int version = 0) const;
    // Every published version, without sections, oldest first.
    Result<QList<Guideline>> versions() const;

    // The latest draft not yet published, for authors (Read::GuidelineDrafts); none when the
    // latest draft was published.
    Result<std::optional<Guideline>> draft() const;
    // Saves the Markdown as a draft: anchors written into every heading (kept from the version
    // before where the heading was there), sections bound to their classes. One event whose
    // audience is the authors.
    Result<Guideline> saveDraft(const QString &markdown, const QString &title = {});
    // Makes the latest draft the next version, bound to the taxonomy version in force. Refused
    // when there is no unpublished draft or when a class of the taxonomy has no section.
    Result<int> publish();

    // The diff by section between two published versions (`from` 0: from nothing). `to` 0 is
    // the current version; -1 is the draft (authors only).
    Result<GuidelineDiff> diff(int from, int to) const;
    // When the person (empty: the actor) last finished a task under an older version than the
    // current one: what changed since. Nothing when they have done no task yet or are up to
    // date. A person reads their own; others need Read::OthersAnswers.
    Result<std::optional<GuidelineNotice>> changedSinceLastTask(const Id &personId = {}) const;

    // Worked examples (of one class, or all), positive first.
    Result<QList<WorkedExample>> examples(const Id &classId = {}) const;
    // Marks an item as an example of a class. Refused for a gold item or a calibration reference:
    // an item people are measured on is never shown with its answer.
    Status setExample(const WorkedExample &example);
    Status removeExample(const Id &itemId, const Id &classId);
    // Whether the item is a worked example of any class (GoldService refuses it as gold).
    Result<bool> isExample(const Id &itemId) const;

    // Per section, how often flags and review rejections cited it, most cited first; for
    // authors (Read::GuidelineDrafts).
    Result<QList<SectionCitations>> citations() const;

    static void registerAppliers(store::ApplierRegistry &registry);

private:
    Result<Guideline> guidelineFrom(int version) const;
};

} // namespace assay::core
