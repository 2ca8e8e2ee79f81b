# Common configuration shared by every Marquee target, as one INTERFACE target.
add_library(marquee_common INTERFACE)
add_library(Marquee::Common ALIAS marquee_common)

target_compile_features(marquee_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(marquee_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(marquee_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
    if(MARQUEE_WARNINGS_AS_ERRORS)
        target_compile_options(marquee_common INTERFACE -Werror)
    endif()
    string(TOLOWER "${MARQUEE_SANITIZE}" sanitize)
    if(sanitize STREQUAL "thread")
        target_compile_options(marquee_common INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
        target_link_options(marquee_common INTERFACE -fsanitize=thread)
        # The run-time options of every TSan run (ctest's canary, installer/bootstrap.sh tsan):
        # Qt is not instrumented and its locks are invisible to TSan, so the interceptors ignore
        # calls from uninstrumented libraries (Qt freeing what its own threads used); our own
        # accesses are all still checked. Suppressions, each explained, in tests/tsan.supp.
        set(MARQUEE_TSAN_OPTIONS
            "ignore_noninstrumented_modules=1:second_deadlock_stack=1:suppressions=${PROJECT_SOURCE_DIR}/tests/tsan.supp"
            CACHE INTERNAL "TSAN_OPTIONS for the ThreadSanitizer build")
    elseif(sanitize MATCHES "^(address|on|true|yes|y|1)$")
        target_compile_options(marquee_common INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(marquee_common INTERFACE -fsanitize=address,undefined)
    elseif(NOT sanitize MATCHES "^(off|false|no|n|0|)$")
        message(FATAL_ERROR "MARQUEE_SANITIZE=${MARQUEE_SANITIZE}: use OFF, ON, address or thread")
    endif()
    if(MARQUEE_FUZZ)
        # Every library a fuzz target calls is instrumented for the fuzzer's coverage and checked
        # by ASan and UBSan (a report aborts); the targets add -fsanitize=fuzzer for the main.
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "MARQUEE_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++)")
        endif()
        target_compile_options(marquee_common INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
        target_link_options(marquee_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(marquee_common INTERFACE /W4 /permissive- /utf-8)
    if(MARQUEE_WARNINGS_AS_ERRORS)
        target_compile_options(marquee_common INTERFACE /WX)
    endif()
endif()

# Precompiled Qt headers for a target (the two-core build machine thanks you).
function(marquee_precompile target)
    if(MARQUEE_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
