# Runs as `cmake -P`: installs the build tree into a temporary prefix, then
# configures, builds and runs test/install/consumer against that prefix with
# find_package(taskgroup CONFIG REQUIRED). Fails if any step fails.
#
# Inputs: BUILD_DIR, CONSUMER_DIR, WORK_DIR, GENERATOR, CXX_COMPILER.
cmake_minimum_required(VERSION 3.25)

foreach(var BUILD_DIR CONSUMER_DIR WORK_DIR GENERATOR CXX_COMPILER)
  if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
    message(FATAL_ERROR "install test: ${var} is not set")
  endif()
endforeach()

set(prefix ${WORK_DIR}/prefix)
set(consumer_build ${WORK_DIR}/consumer-build)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(step name)
  message(STATUS "install test: ${name}: ${ARGN}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "install test: step '${name}' failed (${result})")
  endif()
endfunction()

step(install ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})

if(NOT EXISTS ${prefix}/include/taskgroup/taskgroup.hpp)
  message(FATAL_ERROR "install test: ${prefix}/include/taskgroup/taskgroup.hpp was not installed")
endif()

step(configure ${CMAKE_COMMAND}
  -S ${CONSUMER_DIR} -B ${consumer_build} -G ${GENERATOR}
  -DCMAKE_BUILD_TYPE=Release
  -DCMAKE_CXX_COMPILER=${CXX_COMPILER}
  -DCMAKE_PREFIX_PATH=${prefix}
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF)

# The package must come from the temporary prefix, not from anywhere else.
file(STRINGS ${consumer_build}/CMakeCache.txt found_dir REGEX "^taskgroup_DIR:")
string(REGEX REPLACE "^taskgroup_DIR:[A-Z]+=" "" found_dir "${found_dir}")
file(REAL_PATH "${found_dir}" found_dir)
file(REAL_PATH "${prefix}" real_prefix)
string(FIND "${found_dir}" "${real_prefix}/" at)
if(NOT at EQUAL 0)
  message(FATAL_ERROR "install test: taskgroup was found in '${found_dir}', not under ${real_prefix}")
endif()

step(build ${CMAKE_COMMAND} --build ${consumer_build})
step(run ${consumer_build}/taskgroup_consumer)
message(STATUS "install test: ok (package found in ${found_dir})")
