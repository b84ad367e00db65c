// The one main() of the eventex_tests binary; every tests/**/*_test.cpp links against it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>  // doctest's main(), test registry and runner
