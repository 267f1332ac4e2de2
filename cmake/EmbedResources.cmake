# mixplanner_embed_resources(TARGET <name> BASE_DIR <dir> FILES <relative paths...>)
#
# Generates a C++ source that holds each file's bytes in a table keyed by its
# path relative to BASE_DIR, and adds it to TARGET. The Qt-free core and the
# CLI read the catalogues, parameters, templates and sample from this table,
# so they work from any directory without an install step.
set(_MIXPLANNER_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedResourcesScript.cmake")

function(mixplanner_embed_resources)
    cmake_parse_arguments(ARG "" "TARGET;BASE_DIR" "FILES" ${ARGN})
    set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded_resources.cpp")
    set(absolute_files "")
    foreach(file IN LISTS ARG_FILES)
        list(APPEND absolute_files "${ARG_BASE_DIR}/${file}")
    endforeach()
    string(REPLACE ";" "|" files_arg "${ARG_FILES}")
    add_custom_command(
        OUTPUT "${output}"
        COMMAND ${CMAKE_COMMAND}
            "-DBASE_DIR=${ARG_BASE_DIR}"
            "-DFILES=${files_arg}"
            "-DOUTPUT=${output}"
            -P "${_MIXPLANNER_EMBED_SCRIPT}"
        DEPENDS ${absolute_files} "${_MIXPLANNER_EMBED_SCRIPT}"
        COMMENT "Embedding MixPlanner resources"
        VERBATIM)
    target_sources(${ARG_TARGET} PRIVATE "${output}")
endfunction()
