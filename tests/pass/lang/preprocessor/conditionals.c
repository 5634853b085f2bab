/* #if arithmetic with every operator, defined, #elif chains, nested conditionals, unsigned arithmetic in #if. */
#include <stdio.h>
#define V 3
#if V * 2 + 1 == 7 && (V << 2) == 12 && !(V & 4) && (V | 8) == 11 && (V ^ 1) == 2
#define ARITH "ok"
#else
#define ARITH "bad"
#endif
#if -1 > 0u
#define UNS "unsigned"
#else
#define UNS "signed"
#endif
#if defined(V) && defined V && !defined(NOPE)
#define DEF "defined"
#endif
#if V == 1
#define WHICH "one"
#elif V == 2
#define WHICH "two"
#elif V == 3
#  if 0
#    error not reached
#  else
#    define WHICH "three"
#  endif
#else
#define WHICH "many"
#endif
#if (2 ? 5 : 6) == 5 && (0, 1) && 10 / 3 == 3 && 10 % 3 == 1 && ~0 == -1 && 0x10 == 16 && 'A' == 65
#define MISC "misc"
#endif
#ifdef UNDEFINED_THING
#error not reached either
#endif
#ifndef WHICH
#error WHICH missing
#endif
#if __STDC_VERSION__ >= 201112L && __STDC__ && __x86_64__ && __LP64__ && __CHAR_BIT__ == 8
#define ENV "c11+ x86-64 lp64"
#endif
int main(void) {
    printf("%s %s %s %s %s %s\n", ARITH, UNS, DEF, WHICH, MISC, ENV);
    printf("%d %d %d\n", __SIZEOF_INT__, __SIZEOF_LONG__, __SIZEOF_POINTER__);
    printf("%ld\n", __STDC_VERSION__);
    return 0;
}
