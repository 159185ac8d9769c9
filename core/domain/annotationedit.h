// SPDX-License-Identifier: Apache-2.0
// AnnotationEdit: one change within a composite edit of an annotation (a gesture, "accept all").
#pragma once

#include "core/domain/types.h"

namespace assay::core {

// IAnnotationEditor::applyEdits applies a list of these in order, all or none, as one event:
// what a person does in one gesture is one decision in the log and one step of undo.
struct AnnotationEdit
{
    enum class Kind {
        AddBox,              // box, with its id
        UpdateBox,           // box: an existing id, new values
        RemoveBox,           // boxId
        SetClasses,          // classIds
        AcceptBoxPreLabel,   // preLabelId, boxId: the suggestion becomes box `boxId`
        AcceptClassPreLabel, // preLabelId, classIds (which hold the suggestion's class)
        RejectPreLabel,      // preLabelId
        WithdrawPreLabel,    // preLabelId; with hasClasses, the classes are set to classIds too
    };

    Kind kind = Kind::AddBox;
    Box box;
    Id boxId;
    Id preLabelId;
    QStringList classIds;
    bool hasClasses = false;

    bool isPreLabelDecision() const { return kind >= Kind::AcceptBoxPreLabel; }

    static AnnotationEdit addBox(const Box &box)
    {
        return {Kind::AddBox, box, box.id, {}, {}, false};
    }
    static AnnotationEdit updateBox(const Box &box)
    {
        return {Kind::UpdateBox, box, box.id, {}, {}, false};
    }
    static AnnotationEdit removeBox(const Id &boxId)
    {
        return {Kind::RemoveBox, {}, boxId, {}, {}, false};
    }
    static AnnotationEdit setClasses(const QStringList &classIds)
    {
        return {Kind::SetClasses, {}, {}, {}, classIds, true};
    }
    static AnnotationEdit acceptBoxPreLabel(const Id &preLabelId, const Id &boxId)
    {
        return {Kind::AcceptBoxPreLabel, {}, boxId, preLabelId, {}, false};
    }
    static AnnotationEdit acceptClassPreLabel(const Id &preLabelId, const QStringList &classIds)
    {
        return {Kind::AcceptClassPreLabel, {}, {}, preLabelId, classIds, true};
    }
    static AnnotationEdit rejectPreLabel(const Id &preLabelId)
    {
        return {Kind::RejectPreLabel, {}, {}, preLabelId, {}, false};
    }
    // Takes a decision back (the undo of an accept or reject); `classIds` when given are set too.
    static AnnotationEdit withdrawPreLabel(const Id &preLabelId)
    {
        return {Kind::WithdrawPreLabel, {}, {}, preLabelId, {}, false};
    }
    static AnnotationEdit withdrawPreLabel(const Id &preLabelId, const QStringList &classIds)
    {
        return {Kind::WithdrawPreLabel, {}, {}, preLabelId, classIds, true};
    }
};

} // namespace assay::core
