# Fails when a translation that ships complete has unfinished entries.
# cmake -DTS_FILES="a.ts;b.ts" -P CheckTranslations.cmake
foreach(ts IN LISTS TS_FILES)
    file(READ ${ts} ts_text)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts_text}")
    list(LENGTH unfinished unfinished_count)
    if(unfinished_count GREATER 0)
        message(FATAL_ERROR "${ts} has ${unfinished_count} unfinished entries: translate them "
                            "(Qt Linguist) before building.")
    endif()
endforeach()
