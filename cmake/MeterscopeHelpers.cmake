# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# meterscope_room_library(<target> <folder> [LIBS ...])
# Builds a static library from every source in one folder ("room") of the tree.
function(meterscope_room_library target folder)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS
       "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h")
  list(FILTER sources INCLUDE REGEX "\\.cpp$")
  if(sources)
    file(GLOB all_files CONFIGURE_DEPENDS
         "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp" "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h")
    add_library(${target} STATIC ${all_files})
    target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target} PUBLIC meterscope_compile_settings ${ARG_LIBS})
  else()
    # An empty room still takes part in the link graph.
    add_library(${target} INTERFACE)
    target_include_directories(${target} INTERFACE "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${target} INTERFACE meterscope_compile_settings ${ARG_LIBS})
  endif()
endfunction()

# meterscope_add_tests(<folder> LIBS ... [LABELS ...] [ENVIRONMENT ...])
# Every tst_*.cpp in <folder> becomes one Qt Test executable and one CTest test.
function(meterscope_add_tests folder)
  cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;LABELS;ENVIRONMENT" ${ARGN})
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 300)
  endif()
  file(GLOB tests CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${folder}/tst_*.cpp")
  foreach(test_source IN LISTS tests)
    get_filename_component(name "${test_source}" NAME_WE)
    add_executable(${name} "${test_source}")
    target_include_directories(${name} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
    target_link_libraries(${name} PRIVATE meterscope_compile_settings meterscope-test-support Qt6::Test ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    # Each test gets its own home, settings, data and cache folders, so tests running side by side never
    # share an account list or a settings file (QStandardPaths' test mode keeps its files under HOME).
    set(test_home "${PROJECT_BINARY_DIR}/test-home/${name}")
    set_tests_properties(${name} PROPERTIES
      LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
      ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HOME=${test_home};MS_SOURCE_DIR=${PROJECT_SOURCE_DIR};MS_BINARY_DIR=${PROJECT_BINARY_DIR};XDG_CONFIG_HOME=${test_home}/config;XDG_DATA_HOME=${test_home}/data;XDG_CACHE_HOME=${test_home}/cache;${ARG_ENVIRONMENT}")
  endforeach()
endfunction()
