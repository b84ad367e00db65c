# Checks `eventex --jsonl --errors FILE tests/cli/bad.jsonl`: FILE holds one JSON record per bad
# line (see tests/cli/README.md), in input order, saying where it is and why, so that a batch can
# be re-run on exactly what failed; stderr ends with the counts. For ctest:
#   cmake -DEVENTEX=<tool> -DSOURCE_DIR=<repository> -DERRORS=<file to write> -P errors_file.cmake
cmake_minimum_required(VERSION 3.20)

foreach(required EVENTEX SOURCE_DIR ERRORS)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "errors_file.cmake: -D${required}=... is required")
  endif()
endforeach()

file(REMOVE "${ERRORS}")
execute_process(COMMAND "${EVENTEX}" --jsonl --no-progress --errors "${ERRORS}" tests/cli/bad.jsonl
                WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status EQUAL 1)
  message(FATAL_ERROR "exit status ${status}, expected 1\n${err}")
endif()
if(NOT err MATCHES "\neventex: 7 read, 3 processed, 4 rejected\n$")
  message(FATAL_ERROR "stderr does not end with the counts 7 = 3 + 4:\n${err}")
endif()

file(STRINGS "${ERRORS}" records)
list(LENGTH records count)
if(NOT count EQUAL 4)
  message(FATAL_ERROR "${count} error records, expected 4:\n${records}")
endif()
set(source "\"source\":\"tests/cli/bad\\.jsonl\"")
set(expected
  "^{${source},\"line\":4,\"id\":null,\"error\":\"syntax\",\"offset\":0,\"reason\":\"not a JSON object: [^\"]*\",\"rule\":null}$"
  "^{${source},\"line\":5,\"id\":\"de-5\",\"error\":\"missing_field\",\"offset\":0,\"reason\":\"no \\\\\"text\\\\\" field\",\"rule\":null}$"
  "^{${source},\"line\":6,\"id\":null,\"error\":\"invalid_utf8\",\"offset\":43,\"reason\":\"invalid UTF-8 at byte offset 43 of the line\",\"rule\":null}$"
  "^{${source},\"line\":7,\"id\":\"de-7\",\"error\":\"bad_value\",\"offset\":0,\"reason\":\"\\\\\"text\\\\\" must be a string, not number\",\"rule\":null}$")
foreach(i RANGE 3)
  list(GET records ${i} record)
  list(GET expected ${i} pattern)
  if(NOT record MATCHES "${pattern}")
    message(FATAL_ERROR "record ${i}:\n  ${record}\ndoes not match\n  ${pattern}")
  endif()
endforeach()
message(STATUS "4 error records, each with its line, id, error, offset and reason")
