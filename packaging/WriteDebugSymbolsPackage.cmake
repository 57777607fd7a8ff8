# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by cpack after it has written meterscope_<version>_<arch>.deb (CPACK_POST_BUILD_SCRIPTS, set in
# packaging/CMakeLists.txt for builds with debug information). Writes meterscope-dbgsym_<version>_<arch>.deb
# beside it, laid out as Debian's automatic debug packages are: the debug information of each unstripped
# executable of the build, compressed, in /usr/lib/debug/.build-id/<first two hex digits>/<rest>.debug.
# gdb finds it through the build ID that the package's stripped executable keeps.
# Inputs (CPackConfig.cmake): CPACK_PACKAGE_FILES, CPACK_PACKAGE_DIRECTORY, CPACK_PACKAGE_NAME,
# CPACK_MS_DEBUG_SOURCES (a file naming the unstripped executables, one per line), CPACK_MS_OBJCOPY,
# CPACK_MS_READELF.
foreach(variable IN ITEMS CPACK_PACKAGE_FILES CPACK_PACKAGE_DIRECTORY CPACK_PACKAGE_NAME CPACK_MS_DEBUG_SOURCES
                         CPACK_MS_OBJCOPY CPACK_MS_READELF)
  if(NOT ${variable})
    message(FATAL_ERROR "meterscope-dbgsym: ${variable} is not set")
  endif()
endforeach()
find_program(DPKG_DEB dpkg-deb REQUIRED)

# The main package: its fields name the debug package's.
set(main_package "")
foreach(file IN LISTS CPACK_PACKAGE_FILES)
  get_filename_component(file_name "${file}" NAME)
  if(file_name MATCHES "^${CPACK_PACKAGE_NAME}_.*\\.deb$")
    set(main_package "${file}")
  endif()
endforeach()
if(NOT main_package)
  message(FATAL_ERROR "meterscope-dbgsym: cpack wrote no ${CPACK_PACKAGE_NAME}_….deb (${CPACK_PACKAGE_FILES})")
endif()
foreach(field IN ITEMS Package Version Architecture Maintainer)
  execute_process(COMMAND "${DPKG_DEB}" --field "${main_package}" ${field} OUTPUT_VARIABLE value
                  OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
  set(main_${field} "${value}")
endforeach()
set(debug_package "${main_Package}-dbgsym")

set(root "${CPACK_PACKAGE_DIRECTORY}/_CPack_Packages/${debug_package}")
file(REMOVE_RECURSE "${root}")
file(MAKE_DIRECTORY "${root}/DEBIAN")

# The debug files, one per executable, named by its build ID.
file(STRINGS "${CPACK_MS_DEBUG_SOURCES}" sources)
set(build_ids "")
set(installed_bytes 0)
set(md5sums "")
foreach(source IN LISTS sources)
  execute_process(COMMAND "${CPACK_MS_READELF}" --notes --section-headers --wide "${source}" OUTPUT_VARIABLE notes
                  COMMAND_ERROR_IS_FATAL ANY)
  if(NOT notes MATCHES "Build ID: ([0-9a-f]+)")
    message(FATAL_ERROR "meterscope-dbgsym: ${source} has no build ID")
  endif()
  set(build_id "${CMAKE_MATCH_1}")
  if(NOT notes MATCHES "\\.debug_info")
    message(FATAL_ERROR "meterscope-dbgsym: ${source} was built without debug information (-g)")
  endif()
  string(SUBSTRING "${build_id}" 0 2 directory)
  string(SUBSTRING "${build_id}" 2 -1 name)
  set(relative "usr/lib/debug/.build-id/${directory}/${name}.debug")
  file(MAKE_DIRECTORY "${root}/usr/lib/debug/.build-id/${directory}")
  execute_process(COMMAND "${CPACK_MS_OBJCOPY}" --only-keep-debug --compress-debug-sections "${source}"
                          "${root}/${relative}" COMMAND_ERROR_IS_FATAL ANY)
  file(CHMOD "${root}/${relative}" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
  file(SIZE "${root}/${relative}" bytes)
  math(EXPR installed_bytes "${installed_bytes} + ${bytes}")
  file(MD5 "${root}/${relative}" md5)
  string(APPEND md5sums "${md5}  ${relative}\n")
  list(APPEND build_ids "${build_id}")
endforeach()
list(JOIN build_ids " " build_ids)

# The copyright and changelog are the main package's: Debian links the documentation folder.
file(MAKE_DIRECTORY "${root}/usr/share/doc")
file(CREATE_LINK "${main_Package}" "${root}/usr/share/doc/${debug_package}" SYMBOLIC)

math(EXPR installed_kib "(${installed_bytes} + 1023) / 1024")
file(WRITE "${root}/DEBIAN/control"
     "Package: ${debug_package}\n"
     "Source: ${main_Package}\n"
     "Version: ${main_Version}\n"
     "Auto-Built-Package: debug-symbols\n"
     "Architecture: ${main_Architecture}\n"
     "Maintainer: ${main_Maintainer}\n"
     "Installed-Size: ${installed_kib}\n"
     "Depends: ${main_Package} (= ${main_Version})\n"
     "Section: debug\n"
     "Priority: optional\n"
     "Description: debug symbols for ${main_Package}\n"
     "Build-Ids: ${build_ids}\n")
file(WRITE "${root}/DEBIAN/md5sums" "${md5sums}")
execute_process(COMMAND find "${root}" -type d -exec chmod 0755 {} + COMMAND_ERROR_IS_FATAL ANY)
file(CHMOD "${root}/DEBIAN/control" "${root}/DEBIAN/md5sums" PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ
                                                                         WORLD_READ)

set(output "${CPACK_PACKAGE_DIRECTORY}/${debug_package}_${main_Version}_${main_Architecture}.deb")
execute_process(COMMAND "${DPKG_DEB}" --root-owner-group --build "${root}" "${output}" OUTPUT_QUIET
                COMMAND_ERROR_IS_FATAL ANY)
message(STATUS "meterscope-dbgsym: ${output} (build IDs ${build_ids})")
