// SPDX-License-Identifier: Apache-2.0
// Every service of a project, for the programs and views that use several of them.
#pragma once

#include "core/annotation/annotationservice.h"
#include "core/calibration/calibrationservice.h"
#include "core/gold/goldservice.h"
#include "core/guidelines/guidelineservice.h"
#include "core/items/itemservice.h"
#include "core/people/peopleservice.h"
#include "core/project/project.h"
#include "core/sync/syncservice.h"
#include "core/review/reviewservice.h"
#include "core/taxonomy/taxonomyservice.h"
#include "core/transfer/transferservice.h"
#include "core/work/workservice.h"
