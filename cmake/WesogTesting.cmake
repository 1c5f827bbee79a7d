# SPDX-License-Identifier: GPL-3.0-or-later
# wesogdesk_add_test(NAME <name> SOURCES <files...> LIBS <targets...> [LABELS <labels...>])
# Tests link the libraries; they never list production sources. Every test runs offscreen in a
# fixed locale and time zone so results do not depend on the machine.
function(wesogdesk_add_test)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE wesogdesk_build_options Qt6::Test ${ARG_LIBS})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;TZ=UTC;QT_FORCE_STDERR_LOGGING=1"
        LABELS "${ARG_LABELS}"
        TIMEOUT 300)
endfunction()
