# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# MS_BUILD_FUZZERS: every Meterscope library is compiled for libFuzzer's coverage feedback with
# AddressSanitizer and UndefinedBehaviorSanitizer (any undefined behaviour aborts the run);
# tests/fuzz links its targets with -fsanitize=fuzzer. Clang only; Qt itself stays as installed.
if(NOT MS_BUILD_FUZZERS)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "MS_BUILD_FUZZERS needs clang (the fuzz preset uses clang++-14), not ${CMAKE_CXX_COMPILER_ID}")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer)
add_link_options(-fsanitize=address,undefined)
