/* #include of a local header twice (include guard), found next to the including file. */
#include <stdio.h>
#include "_config.h"
#include "_config.h"
#if VERSION_MAJOR >= 2
#define NEW_API 1
#endif
int main(void) {
    printf("%s %d %d\n", VERSION_STRING, version_number(), NEW_API);
    return 0;
}
