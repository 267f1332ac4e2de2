# One INTERFACE target carries the language standard, warnings and defines,
# so every library and executable is built the same way.
add_library(mixplanner_settings INTERFACE)
add_library(MixPlanner::settings ALIAS mixplanner_settings)

target_compile_features(mixplanner_settings INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mixplanner_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
        -Wcast-align -Woverloaded-virtual
        -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
    if(MIXPLANNER_WERROR)
        target_compile_options(mixplanner_settings INTERFACE -Werror)
    endif()
endif()

# These catch real mistakes in Qt code: implicit conversions between
# const char* and QString hide encoding bugs, and foreach/keywords clash
# with the standard library. They are harmless for the Qt-free core.
target_compile_definitions(mixplanner_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MIXPLANNER_VERSION="${PROJECT_VERSION}")

# CI builds keep assertions (assert in core, Q_ASSERT in the app) in an
# optimised build, so the invariants they state are checked on every test run.
if(MIXPLANNER_ASSERTS)
    target_compile_options(mixplanner_settings INTERFACE -UNDEBUG)
    target_compile_definitions(mixplanner_settings INTERFACE QT_FORCE_ASSERTS)
endif()

# Sanitizers apply to everything built here (core, ui, tests) so that errors
# are caught where they happen. Qt itself is not instrumented.
if(MIXPLANNER_SANITIZE)
    target_compile_options(mixplanner_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(mixplanner_settings INTERFACE -fsanitize=address,undefined)
endif()
# Fuzzing instruments core for coverage; the fuzz targets add the driver.
if(MIXPLANNER_FUZZ)
    target_compile_options(mixplanner_settings INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(mixplanner_settings INTERFACE -fsanitize=address,undefined)
endif()
