# ui/ reaches core through ScanController, ScanSource, the models and value
# snapshots only: no ui file includes store/, poll/ or api/apiclient.h. The
# build enforces it too (scandash_ui links scandash_controller, which keeps
# those libraries private); this names the offending line.
#   cmake -DUI_DIR=<source>/ui -P CheckUiIncludes.cmake
file(GLOB sources "${UI_DIR}/*.h" "${UI_DIR}/*.cpp")
set(offending "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](store/|poll/|api/apiclient\\.h)")
    foreach(line IN LISTS lines)
        list(APPEND offending "${source}: ${line}")
    endforeach()
endforeach()
if(offending)
    list(JOIN offending "\n  " text)
    message(FATAL_ERROR "ui includes what it must reach through the controller:\n  ${text}")
endif()
list(LENGTH sources count)
message(STATUS "${count} ui files include no store/, poll/ or api/apiclient.h")
