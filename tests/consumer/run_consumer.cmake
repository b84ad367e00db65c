# Builds and runs tests/consumer/main.cpp as a project that uses eventex would; run by ctest as
#   cmake -D MODE=<mode> -D WORK_DIR=<dir> ... -P run_consumer.cmake
# MODE is one of
#   install           cmake --install BINARY_DIR into PREFIX (the fixture the next mode needs)
#   find_package      configure tests/consumer/find_package with PREFIX on CMAKE_PREFIX_PATH
#   add_subdirectory  configure tests/consumer/add_subdirectory, which vendors SOURCE_DIR
#   plain             CXX_COMPILER -std=c++17 -I include main.cpp -lboost_regex -lfmt -pthread
# Other variables: SOURCE_DIR (eventex's source tree), BINARY_DIR (its build tree), PREFIX,
# GENERATOR, MAKE_PROGRAM, CXX_COMPILER, PREFIX_PATH ('|'-separated), EXPECTED_VERSION.
# On success the last line is "consumer <mode> OK: <first line of the program's output>";
# ctest's PASS_REGULAR_EXPRESSION looks for it, since with that property ctest ignores the
# exit code and a failed step must not be able to print it.
cmake_minimum_required(VERSION 3.20)

foreach(var MODE WORK_DIR SOURCE_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run_consumer.cmake: -D ${var}=... is required")
  endif()
endforeach()

set(consumer_dir "${SOURCE_DIR}/tests/consumer")

# Runs one step, echoes its output, and stops the test if it fails.
function(run_step what)
  execute_process(COMMAND ${ARGN}
                  WORKING_DIRECTORY "${WORK_DIR}"
                  RESULT_VARIABLE result
                  OUTPUT_VARIABLE output
                  ERROR_VARIABLE output)
  message("---- ${what}: ${ARGN}\n${output}")
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "consumer ${MODE}: ${what} failed (${result})")
  endif()
  set(step_output "${output}" PARENT_SCOPE)
endfunction()

# Start clean so that a stale build from an earlier run cannot hide a broken one.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  run_step("install" "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${PREFIX}")
  foreach(file include/eventex/eventex.hpp include/eventex/version.hpp)
    if(NOT EXISTS "${PREFIX}/${file}")
      message(FATAL_ERROR "consumer install: ${PREFIX}/${file} was not installed")
    endif()
  endforeach()
  file(GLOB_RECURSE config_files "${PREFIX}/*/eventexConfig.cmake")
  if(NOT config_files)
    message(FATAL_ERROR "consumer install: no eventexConfig.cmake under ${PREFIX}")
  endif()
  message("consumer install OK: ${config_files}")
  return()
endif()

if(MODE STREQUAL "plain")
  set(program "${WORK_DIR}/eventex_consumer${EXECUTABLE_SUFFIX}")
  run_step("compile" "${CXX_COMPILER}" -std=c++17 -I "${SOURCE_DIR}/include"
           "${consumer_dir}/main.cpp" -o "${program}" -lboost_regex -lfmt -pthread)
else()
  if(MODE STREQUAL "find_package")
    set(project_dir "${consumer_dir}/find_package")
  elseif(MODE STREQUAL "add_subdirectory")
    set(project_dir "${consumer_dir}/add_subdirectory")
  else()
    message(FATAL_ERROR "run_consumer.cmake: unknown MODE '${MODE}'")
  endif()
  # The parent's search path, with the test prefix first so that an eventex installed
  # elsewhere on the machine cannot stand in for the one just built.
  string(REPLACE "|" ";" prefix_path "${PREFIX_PATH}")
  if(DEFINED PREFIX)
    list(PREPEND prefix_path "${PREFIX}")
  endif()
  string(REPLACE ";" "\\;" prefix_path "${prefix_path}")
  set(configure_args -S "${project_dir}" -B "${WORK_DIR}/build"
      "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}"
      "-DCMAKE_PREFIX_PATH=${prefix_path}"
      "-DCMAKE_BUILD_TYPE=Debug"  # -O0: the build is the test, not the program's speed
      "-DEVENTEX_SOURCE_DIR=${SOURCE_DIR}"
      "-DEVENTEX_EXPECTED_VERSION=${EXPECTED_VERSION}")
  if(GENERATOR)
    list(APPEND configure_args -G "${GENERATOR}")
  endif()
  if(MAKE_PROGRAM)
    list(APPEND configure_args "-DCMAKE_MAKE_PROGRAM=${MAKE_PROGRAM}")
  endif()
  run_step("configure" "${CMAKE_COMMAND}" ${configure_args})
  run_step("build" "${CMAKE_COMMAND}" --build "${WORK_DIR}/build" --config Debug)
  set(program "${WORK_DIR}/build/eventex_consumer${EXECUTABLE_SUFFIX}")
  if(NOT EXISTS "${program}") # multi-config generators put it in a per-config folder
    set(program "${WORK_DIR}/build/Debug/eventex_consumer${EXECUTABLE_SUFFIX}")
  endif()
endif()

run_step("run" "${program}")
string(REGEX MATCH "^[^\n]*" first_line "${step_output}")
message("consumer ${MODE} OK: ${first_line}")
