# SPDX-License-Identifier: Apache-2.0
# The formatting check: every C++ source of the tree is as clang-format (.clang-format at the
# root) writes it. Run by ctest as `clang_format`; `make format` applies it.
#
#   cmake -DCLANG_FORMAT=<program> -DSOURCE_DIR=<repo> [-DFIX=ON] -P cmake/CheckFormat.cmake

if(NOT CLANG_FORMAT)
    message(FATAL_ERROR "clang-format is not installed (Debian package clang-format)")
endif()
set(sources "")
foreach(top core widgets app tests bench)
    file(GLOB_RECURSE found "${SOURCE_DIR}/${top}/*.cpp" "${SOURCE_DIR}/${top}/*.h")
    list(APPEND sources ${found})
endforeach()
list(FILTER sources EXCLUDE REGEX "/tests/fuzz/corpus/")
list(LENGTH sources count)
if(FIX)
    execute_process(COMMAND ${CLANG_FORMAT} -i ${sources} RESULT_VARIABLE rc)
    message(STATUS "clang-format applied to ${count} files")
    return()
endif()
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
                RESULT_VARIABLE rc ERROR_VARIABLE errors OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    string(REGEX MATCHALL "[^\n]*: error: code should be clang-formatted" lines "${errors}")
    list(TRANSFORM lines REPLACE ":[0-9]+:[0-9]+: error: code should be clang-formatted" "")
    list(REMOVE_DUPLICATES lines)
    list(JOIN lines "\n  " text)
    message(FATAL_ERROR "Not formatted (run `make format`):\n  ${text}")
endif()
message(STATUS "${count} files formatted as .clang-format says")
