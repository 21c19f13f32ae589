# One INTERFACE target that every MediaDesk target links: language level, strict Qt defines and
# warnings. CI turns warnings into errors with -DMEDIADESK_WERROR=ON (dev.sh test does).
option(MEDIADESK_WERROR "Treat compiler warnings as errors" OFF)

add_library(mediadesk_common INTERFACE)
# Vocabulary every part shares, the emulator included: result.h (Result<T>, Failure).
target_include_directories(mediadesk_common INTERFACE ${PROJECT_SOURCE_DIR}/app/common)
target_compile_features(mediadesk_common INTERFACE cxx_std_20)
target_compile_definitions(mediadesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
# Per compiler front end: MSVC reads none of the GNU flags (and would ignore -Werror, so a warning
# would silently stop failing the build); /utf-8 because the sources are UTF-8 (Japanese in
# strings and tests), /Zc:__cplusplus so __cplusplus tells the truth.
if(MSVC)
    target_compile_options(mediadesk_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus
        $<$<BOOL:${MEDIADESK_WERROR}>:/WX>)
else()
    target_compile_options(mediadesk_common INTERFACE -Wall -Wextra -Wpedantic
        $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<BOOL:${MEDIADESK_WERROR}>:-Werror>)
endif()

# The suite again under AddressSanitizer and UndefinedBehaviorSanitizer (./dev.sh test builds it
# in build-sanitize with clang), and the libFuzzer targets, which need clang.
option(MEDIADESK_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(MEDIADESK_FUZZ "Instrument everything for libFuzzer and build tests/fuzz (clang)" OFF)
if(MEDIADESK_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(MEDIADESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "MEDIADESK_FUZZ needs clang (CXX=clang++)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# Debian's hardening (what dpkg-buildflags gives with hardening=+all): fortified libc calls, stack
# protector and clash protection, control-flow protection, position-independent executables, and
# a read-only GOT resolved at start (relro + now). _FORTIFY_SOURCE needs optimisation, and does not
# go with AddressSanitizer, which replaces the same calls.
option(MEDIADESK_HARDENING "Build with Debian's hardening flags" ON)
if(MEDIADESK_HARDENING AND NOT MEDIADESK_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_definitions(mediadesk_common INTERFACE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    target_compile_options(mediadesk_common INTERFACE -fstack-protector-strong -fstack-clash-protection
        $<$<STREQUAL:${CMAKE_SYSTEM_PROCESSOR},x86_64>:-fcf-protection> -Wformat -Werror=format-security)
    target_link_options(mediadesk_common INTERFACE -Wl,-z,relro -Wl,-z,now)
    set(CMAKE_POSITION_INDEPENDENT_CODE ON)
    include(CheckPIESupported)
    check_pie_supported()
endif()
