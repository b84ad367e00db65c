# Runs a command and checks its exit status and, optionally, its output; for ctest tests of
# programs that must fail (or succeed) in a given way:
#   cmake -DEXPECTED_EXIT=1 [-DSTDERR_REGEX=<regex>] [-DSTDERR_LINES=<n>] [-DSTDOUT_REGEX=<regex>]
#         -P expect_exit.cmake -- <command> <args>...
# (ctest's WILL_FAIL would accept any failure, a crash included, and PASS_REGULAR_EXPRESSION
# ignores the exit status.)
cmake_minimum_required(VERSION 3.20)

if(NOT DEFINED EXPECTED_EXIT)
  message(FATAL_ERROR "expect_exit.cmake: -DEXPECTED_EXIT=<status> is required")
endif()

# The command is everything after "--".
set(command)
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_separator)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_separator TRUE)
  endif()
endforeach()
if(NOT command)
  message(FATAL_ERROR "expect_exit.cmake: no command after --")
endif()

execute_process(COMMAND ${command}
                RESULT_VARIABLE status
                OUTPUT_VARIABLE out
                ERROR_VARIABLE err)
message("command: ${command}\nexit status: ${status}\n--- stdout\n${out}--- stderr\n${err}---")

if(NOT status STREQUAL "${EXPECTED_EXIT}")
  message(FATAL_ERROR "expected exit status ${EXPECTED_EXIT}, got ${status}")
endif()
if(DEFINED STDERR_REGEX AND NOT err MATCHES "${STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}'")
endif()
if(DEFINED STDERR_LINES)
  string(REGEX REPLACE "[^\n]" "" newlines "${err}")
  string(LENGTH "${newlines}" lines)
  if(NOT lines EQUAL STDERR_LINES)
    message(FATAL_ERROR "expected ${STDERR_LINES} lines on stderr, got ${lines}")
  endif()
endif()
if(DEFINED STDOUT_REGEX AND NOT out MATCHES "${STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match '${STDOUT_REGEX}'")
endif()
