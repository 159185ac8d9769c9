# SPDX-License-Identifier: Apache-2.0
# The layering check: every #include "..." of a source folder must name a folder that layer may
# use. Run at build time (target check_layers, part of `all`), so an include that goes the wrong
# way fails the build, as a missing link would. The table mirrors the targets' links in
# core/CMakeLists.txt, widgets/ and app/.
#
#   cmake -DSOURCE_DIR=<repo> -P cmake/CheckLayers.cmake

# Sets of folders are written with "|" so that the table below stays a flat list of pairs.
set(base "core/result.h|core/assert.h|core/base/|core/domain/")
set(services "core/people/|core/taxonomy/|core/items/|core/work/|core/gold/|core/annotation/|core/transfer/|core/sync/|core/review/|core/report/|core/guidelines/|core/calibration/|core/project/|core/models/")
set(lower "${base}|core/events/|core/identity/|core/media/|core/quality/|core/interchange/|core/json/|core/csv/")

# layer folder ; allowed include prefixes
set(layers
    "core/base/|core/domain/" "${base}"
    "core/json/|core/csv/" "${base}|core/json/|core/csv/"
    "core/events/" "${base}|core/events/|core/json/"
    "core/identity/" "${base}|core/identity/"
    "core/media/" "${base}|core/media/"
    "core/quality/" "${base}|core/quality/|core/csv/"
    "core/interchange/" "${base}|core/interchange/|core/media/|core/json/|core/csv/"
    "core/store/" "${base}|core/events/|core/identity/|core/store/|core/json/"
    "${services}" "${lower}|core/store/|${services}"
    "widgets/" "${lower}|${services}|widgets/"
    "app/" "${lower}|${services}|widgets/|app/"
)

set(failures "")
list(LENGTH layers count)
math(EXPR last "${count} - 1")
foreach(i RANGE 0 ${last} 2)
    math(EXPR j "${i} + 1")
    list(GET layers ${i} folders)
    list(GET layers ${j} allowed)
    string(REPLACE "|" ";" folders "${folders}")
    string(REPLACE "|" ";" allowed "${allowed}")
    foreach(folder ${folders})
        file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}*.cpp" "${SOURCE_DIR}/${folder}*.h")
        foreach(source ${sources})
            file(STRINGS "${source}" includes REGEX "^#include \"")
            foreach(line ${includes})
                string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
                if(NOT header MATCHES "/")
                    continue() # a file beside it (moc output, a private header)
                endif()
                if(NOT header MATCHES "^(core|widgets|app)/")
                    continue() # not ours
                endif()
                set(ok FALSE)
                foreach(prefix ${allowed})
                    string(FIND "${header}" "${prefix}" at)
                    if(at EQUAL 0)
                        set(ok TRUE)
                        break()
                    endif()
                endforeach()
                if(NOT ok)
                    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${source}")
                    list(APPEND failures "${rel}: ${header} is outside what ${folder} may use")
                endif()
            endforeach()
        endforeach()
    endforeach()
endforeach()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "Wrong-way includes:\n  ${text}")
endif()
