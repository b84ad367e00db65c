#pragma once
/// eventex version, defined once; CMake parses these three lines.
#define EVENTEX_VERSION_MAJOR 0
#define EVENTEX_VERSION_MINOR 1
#define EVENTEX_VERSION_PATCH 0

#define EVENTEX_STRINGIFY_IMPL(x) #x
#define EVENTEX_STRINGIFY(x) EVENTEX_STRINGIFY_IMPL(x)
#define EVENTEX_VERSION_STRING                                                                 \
    EVENTEX_STRINGIFY(EVENTEX_VERSION_MAJOR)                                                   \
    "." EVENTEX_STRINGIFY(EVENTEX_VERSION_MINOR) "." EVENTEX_STRINGIFY(EVENTEX_VERSION_PATCH)
