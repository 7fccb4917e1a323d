# cmake -DSOURCE_DIR=<tests/sarif> -DVALIDATOR_DIR=<build dir> -P InstallSarifValidator.cmake
# Installs the pinned sarif-multitool with `npm ci` into VALIDATOR_DIR, unless
# the same lock file is installed there already, and writes the path of the
# platform's executable to VALIDATOR_DIR/multitool-path.txt.
find_program(NPM npm)
find_program(NODE node)
if(NOT NPM OR NOT NODE)
    message(FATAL_ERROR "npm and node are needed to install the SARIF validator "
                        "(apt-get install npm), or configure with -DSCANDASH_SARIF_VALIDATOR=OFF")
endif()

file(MAKE_DIRECTORY ${VALIDATOR_DIR})
file(READ ${SOURCE_DIR}/package-lock.json lock)
set(stamp ${VALIDATOR_DIR}/installed-package-lock.json)
set(installed "")
if(EXISTS ${stamp})
    file(READ ${stamp} installed)
endif()
if(NOT installed STREQUAL lock OR NOT EXISTS ${VALIDATOR_DIR}/node_modules)
    file(COPY ${SOURCE_DIR}/package.json ${SOURCE_DIR}/package-lock.json
         DESTINATION ${VALIDATOR_DIR})
    file(REMOVE ${stamp})
    execute_process(COMMAND ${NPM} ci --no-audit --no-fund
                    WORKING_DIRECTORY ${VALIDATOR_DIR}
                    RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR "npm ci failed (${npm_result}): the SARIF validator is not installed")
    endif()
    file(WRITE ${stamp} "${lock}")
else()
    message(STATUS "sarif-multitool already installed in ${VALIDATOR_DIR}")
endif()

# The package's own bin.js runs the executable through a shell, which splits
# "Sarif;Gh" at the semicolon: resolve the executable and call it directly.
execute_process(COMMAND ${NODE} -p "require('@microsoft/sarif-multitool')"
                WORKING_DIRECTORY ${VALIDATOR_DIR}
                OUTPUT_VARIABLE multitool OUTPUT_STRIP_TRAILING_WHITESPACE
                RESULT_VARIABLE node_result)
if(NOT node_result EQUAL 0 OR NOT EXISTS "${multitool}")
    message(FATAL_ERROR "sarif-multitool has no executable for this platform: '${multitool}'")
endif()
# npm may skip the package's postinstall (chmod u+x).
file(CHMOD ${multitool} PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
     GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
file(WRITE ${VALIDATOR_DIR}/multitool-path.txt "${multitool}")
message(STATUS "sarif-multitool: ${multitool}")
