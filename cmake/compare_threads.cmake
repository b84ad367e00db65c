# Checks that `eventex --threads N` writes exactly what `--threads 1` writes: the same stdout,
# the same stderr and the same exit status, byte for byte, on one input of many documents with
# bad lines among them (tests/cli/bad.jsonl, inserted between the documents). For ctest:
#   cmake -DEVENTEX=<tool> -DSOURCE_DIR=<repository> -DWORK_DIR=<scratch folder>
#         [-DTHREADS=2;3] -P compare_threads.cmake
# The input is written at test time from the example articles, so no corpus is needed.
cmake_minimum_required(VERSION 3.20)

foreach(required EVENTEX SOURCE_DIR WORK_DIR)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "compare_threads.cmake: -D${required}=... is required")
  endif()
endforeach()
if(NOT DEFINED THREADS)
  set(THREADS 2 3)
endif()
file(MAKE_DIRECTORY "${WORK_DIR}")

# JSON string contents of a text file; the articles hold no other control characters.
function(json_text path out_var)
  file(READ "${path}" text)
  string(REPLACE "\\" "\\\\" text "${text}")
  string(REPLACE "\"" "\\\"" text "${text}")
  string(REPLACE "\r" "\\r" text "${text}")
  string(REPLACE "\n" "\\n" text "${text}")
  string(REPLACE "\t" "\\t" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

json_text("${SOURCE_DIR}/examples/seed_article.txt" seed)
json_text("${SOURCE_DIR}/examples/sanction_article.txt" sanction)
file(READ "${SOURCE_DIR}/tests/cli/bad.jsonl" bad_lines)

# 150 documents, each with its own id and date (so that no two outputs are alike), in batches
# of various sizes once split by the tool; every 40th position holds the bad lines.
set(input "${WORK_DIR}/threads_input.jsonl")
file(WRITE "${input}" "")
foreach(i RANGE 1 150)
  math(EXPR day "${i} % 28 + 1")
  if(day LESS 10)
    set(day "0${day}")
  endif()
  math(EXPR kind "${i} % 3")
  if(kind EQUAL 0)
    set(text "${sanction}")
  else()
    set(text "${seed}")
  endif()
  file(APPEND "${input}" "{\"id\": \"doc-${i}\", \"date\": \"2025-06-${day}\", \"lang\": \"de\", \"text\": \"${text}\"}\n")
  math(EXPR bad_here "${i} % 40")
  if(bad_here EQUAL 0)
    file(APPEND "${input}" "${bad_lines}")
  endif()
endforeach()

# Runs the tool with `threads` and the extra arguments; leaves <name>.out, <name>.err, and the
# exit status in ${name}_status.
function(run name threads)
  execute_process(COMMAND "${EVENTEX}" --threads ${threads} --no-progress ${ARGN}
                  RESULT_VARIABLE status
                  OUTPUT_FILE "${WORK_DIR}/${name}.out"
                  ERROR_FILE "${WORK_DIR}/${name}.err")
  set(${name}_status "${status}" PARENT_SCOPE)
endfunction()

function(expect_same reference candidate what)
  if(NOT "${${reference}_status}" STREQUAL "${${candidate}_status}")
    message(FATAL_ERROR "${what}: exit status ${${candidate}_status}, with one thread ${${reference}_status}")
  endif()
  foreach(stream out err)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files
                            "${WORK_DIR}/${reference}.${stream}" "${WORK_DIR}/${candidate}.${stream}"
                    RESULT_VARIABLE different)
    if(different)
      message(FATAL_ERROR "${what}: std${stream} differs from the one-thread run "
                          "(${WORK_DIR}/${reference}.${stream} vs ${WORK_DIR}/${candidate}.${stream})")
    endif()
  endforeach()
  message(STATUS "${what}: same stdout, stderr and exit status (${${candidate}_status}) as one thread")
endfunction()

# The reference must be worth comparing: events of all 150 documents, and the 4 bad lines of
# each of the 3 insertions reported (see tests/cli/README.md), so exit status 1; then the counts.
run(jsonl_1 1 --jsonl "${input}")
file(STRINGS "${WORK_DIR}/jsonl_1.out" events)
list(LENGTH events event_count)
file(STRINGS "${WORK_DIR}/jsonl_1.err" errors)
list(LENGTH errors error_count)
if(NOT jsonl_1_status EQUAL 1 OR NOT error_count EQUAL 13 OR event_count LESS 150)
  message(FATAL_ERROR "one thread: exit status ${jsonl_1_status}, ${error_count} lines on stderr (expected 1 and 13), "
                      "${event_count} events (expected at least 150)")
endif()
file(READ "${WORK_DIR}/jsonl_1.out" first_out LIMIT 200)
file(STRINGS "${WORK_DIR}/jsonl_1.out" last_events REGEX "\"doc\":\"doc-150\"")
if(NOT first_out MATCHES "^{\"doc\":\"doc-1\"" OR NOT last_events)
  message(FATAL_ERROR "one thread: the events do not run from doc-1 to doc-150")
endif()

# Errors as JSON lines go to stdout between the events: their place is checked too.
run(errors_1 1 --jsonl --errors-as-json "${input}")
# Plain-text files, one article each, and a file that cannot be read among them.
set(seed_file "${SOURCE_DIR}/examples/seed_article.txt")
set(sanction_file "${SOURCE_DIR}/examples/sanction_article.txt")
set(files ${seed_file} ${sanction_file} ${seed_file} "${WORK_DIR}/missing.txt" ${sanction_file} ${seed_file})
run(plain_1 1 --date 2025-07-03 ${files} ${files} ${files})

foreach(threads IN LISTS THREADS)
  run(jsonl_${threads} ${threads} --jsonl "${input}")
  expect_same(jsonl_1 jsonl_${threads} "--jsonl, ${threads} threads")
  run(errors_${threads} ${threads} --jsonl --errors-as-json "${input}")
  expect_same(errors_1 errors_${threads} "--errors-as-json, ${threads} threads")
  run(plain_${threads} ${threads} --date 2025-07-03 ${files} ${files} ${files})
  expect_same(plain_1 plain_${threads} "plain text files, ${threads} threads")
endforeach()
