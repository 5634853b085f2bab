/* Feature tests a portable program makes, answered as on x86-64 Linux with gcc. */
#include <stdio.h>
#include <limits.h>
int main(void) {
#if defined(__linux__) && defined(__x86_64__)
    puts("linux x86-64");
#endif
#ifdef __GNUC__
    puts("gnu c");
#endif
#if LONG_MAX > INT_MAX
    puts("long is wider than int");
#endif
#if __SIZEOF_POINTER__ == 8 && __CHAR_BIT__ == 8
    puts("64-bit pointers");
#endif
#if defined(__STDC_HOSTED__) && __STDC_HOSTED__
    puts("hosted");
#endif
#ifndef __cplusplus
    puts("not c++");
#endif
    return 0;
}
