# SPDX-FileCopyrightText: Meterscope contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the gzipped manual page of one executable from its --help and --version (help2man).
# Run as a script (cmake -P) at build time by packaging/CMakeLists.txt with:
#   HELP2MAN, GZIP  the programs
#   PROGRAM         the executable
#   SUMMARY         the NAME line's description
#   OUTPUT          the .1.gz file to write
#   COMMANDS_HELP   ON for meterscope-cli: a COMMANDS IN DETAIL section with `PROGRAM help COMMAND`
#                   of each command its --help lists
cmake_minimum_required(VERSION 3.25)

# The desktop application answers --help and --version without a display.
set(ENV{QT_QPA_PLATFORM} offscreen)
# UTF-8 help texts (Δ) stay UTF-8 in the page, whatever the build's locale.
set(ENV{LC_ALL} C.UTF-8)
# Run by name from PATH, so that the usage lines name the program and not the build folder.
get_filename_component(program_dir "${PROGRAM}" DIRECTORY)
get_filename_component(program_name "${PROGRAM}" NAME)
set(ENV{PATH} "${program_dir}:$ENV{PATH}")
set(page "${OUTPUT}.tmp")

# Escapes text for roff: backslashes, and dots or quotes that would start a request.
function(to_roff text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Removes from a command's help the entries of its "Options:" part that are in global_names.
function(drop_global_options text out_var)
  string(FIND "${text}" "\nOptions:\n" at)
  if(at LESS 0)
    set(${out_var} "${text}" PARENT_SCOPE)
    return()
  endif()
  string(SUBSTRING "${text}" 0 ${at} kept)
  math(EXPR options_at "${at} + 10")
  string(SUBSTRING "${text}" ${options_at} -1 options)
  # One list item a line (semicolons of the text kept aside).
  string(REPLACE ";" "<semicolon>" options "${options}")
  string(REPLACE "\n" ";" lines "${options}")
  set(own)
  set(keep ON)
  foreach(line IN LISTS lines)
    if(line MATCHES "^  (-[A-Za-z], )?(--[a-z0-9-]+)")
      set(keep ON)
      if(CMAKE_MATCH_2 IN_LIST global_names)
        set(keep OFF)
      endif()
    endif()
    if(keep AND NOT line STREQUAL "")
      string(APPEND own "${line}\n")
    endif()
  endforeach()
  string(REPLACE "<semicolon>" ";" own "${own}")
  if(NOT own STREQUAL "")
    string(APPEND kept "\n\nOptions:\n${own}")
  else()
    string(APPEND kept "\n")
  endif()
  set(${out_var} "${kept}" PARENT_SCOPE)
endfunction()

# The manual pages are English, whatever the language of the machine that builds them.
set(ENV{LC_ALL} C.UTF-8)
set(ENV{LANG} C.UTF-8)
unset(ENV{LANGUAGE})

set(include_args)
if(COMMANDS_HELP)
  execute_process(COMMAND "${program_name}" --help OUTPUT_VARIABLE tool_help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${program_name} --help failed (${status})")
  endif()
  string(REGEX MATCH "\nCommands:\n(.*)\n\n" commands_block "${tool_help}")
  string(REGEX MATCHALL "\n  [a-z][a-z-]*" command_lines "\n${CMAKE_MATCH_1}")
  # The tool's own options, which every command's help repeats: the page lists them once.
  string(REGEX MATCH "\nOptions:\n.*" global_options "${tool_help}")
  string(REGEX MATCHALL "--[a-z0-9-]+" global_names "${global_options}")
  set(include_text "[COMMANDS IN DETAIL]\nEach command also takes the options of OPTIONS above.\n")
  foreach(line IN LISTS command_lines)
    string(STRIP "${line}" command)
    execute_process(COMMAND "${program_name}" help "${command}" OUTPUT_VARIABLE command_help
                    RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "${program_name} help ${command} failed (${status})")
    endif()
    drop_global_options("${command_help}" command_help)
    to_roff("${command_help}" command_help)
    string(APPEND include_text ".SS ${command}\n.nf\n${command_help}.fi\n")
  endforeach()
  file(WRITE "${OUTPUT}.include" "${include_text}")
  set(include_args --include "${OUTPUT}.include")
endif()

execute_process(
  COMMAND "${HELP2MAN}" --locale=C.UTF-8 --no-info --section=1 "--name=${SUMMARY}" ${include_args}
          "--output=${page}" "${program_name}"
  RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "help2man failed for ${program_name} (${status})")
endif()
# -n: no name or time stamp in the gzip header, so that the page is the same on every build.
execute_process(COMMAND "${GZIP}" -9nf "${page}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "gzip failed for ${page} (${status})")
endif()
file(RENAME "${page}.gz" "${OUTPUT}")
