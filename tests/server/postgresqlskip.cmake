# Runs a server test executable as its PostgreSQL variant with PostgreSQL not configured and
# checks the exit codes CTest relies on (see CMakeLists.txt next to this file).
unset(ENV{HEARTH_TEST_PG_URL})
unset(ENV{HEARTH_REQUIRE_PG})
set(ENV{HEARTH_TEST_BACKEND} postgresql)

execute_process(COMMAND "${TEST_EXECUTABLE}" RESULT_VARIABLE skipped OUTPUT_VARIABLE said)
if(NOT skipped EQUAL SKIPPED)
  message(FATAL_ERROR "without PostgreSQL: exit ${skipped}, expected the skip code ${SKIPPED}")
endif()
if(NOT said MATCHES "was skipped")
  message(FATAL_ERROR "without PostgreSQL the variant did not say it was skipped: ${said}")
endif()

set(ENV{HEARTH_REQUIRE_PG} 1)
execute_process(COMMAND "${TEST_EXECUTABLE}" RESULT_VARIABLE required ERROR_VARIABLE complaint)
if(required EQUAL 0 OR required EQUAL SKIPPED)
  message(FATAL_ERROR "HEARTH_REQUIRE_PG=1 without PostgreSQL: exit ${required}, expected a failure")
endif()
if(NOT complaint MATCHES "HEARTH_REQUIRE_PG=1")
  message(FATAL_ERROR "HEARTH_REQUIRE_PG=1 failure did not say why: ${complaint}")
endif()
message(STATUS "skip code ${skipped}; HEARTH_REQUIRE_PG=1 gives exit ${required}")
