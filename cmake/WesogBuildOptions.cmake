# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the warnings and Qt strictness flags every Wesog target uses.
add_library(wesogdesk_build_options INTERFACE)
target_compile_features(wesogdesk_build_options INTERFACE cxx_std_17)
target_compile_options(wesogdesk_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual)
target_compile_definitions(wesogdesk_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    WESOGDESK_VERSION="${PROJECT_VERSION}")

option(WESOG_WERROR "Treat warnings as errors" OFF)
if(WESOG_WERROR)
    target_compile_options(wesogdesk_build_options INTERFACE -Werror)
endif()
