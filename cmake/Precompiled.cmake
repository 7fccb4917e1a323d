# Precompiled Qt headers for the targets with many Qt-heavy sources: parsing
# Qt's headers is most of the time each of their files takes to compile.
#
# Off when a compiler launcher (ccache) is set: ccache caches nothing that
# uses a precompiled header unless its sloppiness is set for it, and a warm
# ccache is faster than any precompiled header. A first build without ccache
# (the README's commands) is where this counts.
if(DEFINED CMAKE_CXX_COMPILER_LAUNCHER AND NOT CMAKE_CXX_COMPILER_LAUNCHER STREQUAL "")
    set(scandash_pch_default OFF)
else()
    set(scandash_pch_default ON)
endif()
option(SCANDASH_PCH "Precompile Qt's headers for the larger targets" ${scandash_pch_default})

# scandash_precompile_qt(<target> <header>...): precompiles the given Qt
# headers (<QWidget> …) for <target>'s sources, all C++.
function(scandash_precompile_qt target)
    if(SCANDASH_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
