# One INTERFACE target carries every compile setting the project's own targets share.
add_library(autolabel_compile_settings INTERFACE)
add_library(AutoLabel::CompileSettings ALIAS autolabel_compile_settings)

target_compile_features(autolabel_compile_settings INTERFACE cxx_std_20)
target_compile_definitions(autolabel_compile_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(autolabel_compile_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(AUTOLABEL_WERROR)
        target_compile_options(autolabel_compile_settings INTERFACE -Werror)
    endif()
    if(AUTOLABEL_SANITIZE)
        target_compile_options(autolabel_compile_settings INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(autolabel_compile_settings INTERFACE -fsanitize=address,undefined)
    endif()
    if(AUTOLABEL_FUZZ)
        # Coverage for libFuzzer in every target; the fuzzers themselves link -fsanitize=fuzzer.
        target_compile_options(autolabel_compile_settings INTERFACE -fsanitize=fuzzer-no-link)
    endif()
elseif(MSVC)
    target_compile_options(autolabel_compile_settings INTERFACE /W4 /permissive- /utf-8)
    if(AUTOLABEL_WERROR)
        target_compile_options(autolabel_compile_settings INTERFACE /WX)
    endif()
endif()
