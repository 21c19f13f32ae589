# One INTERFACE target that every MediaDesk target links: language level, strict Qt defines and
# warnings. CI turns warnings into errors with -DMEDIADESK_WERROR=ON (dev.sh test does).
option(MEDIADESK_WERROR "Treat compiler warnings as errors" OFF)

add_library(mediadesk_common INTERFACE)
target_compile_features(mediadesk_common INTERFACE cxx_std_20)
target_compile_definitions(mediadesk_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
target_compile_options(mediadesk_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local
    $<$<BOOL:${MEDIADESK_WERROR}>:-Werror>)
