/* Integer promotions, usual arithmetic conversions, and conversions between
   integer and floating types (C17 6.3.1). Every result here is defined. */
#include <stdio.h>

int main(void) {
    /* -1 converts to UINT_MAX when compared with an unsigned int. */
    int minus_one = -1;
    unsigned int zero_u = 0;
    printf("-1 < 0u: %d\n", minus_one < zero_u);
    /* ...but long can hold every unsigned int, so here -1 stays -1. */
    long minus_one_l = -1;
    printf("-1L < 0u: %d\n", minus_one_l < zero_u);

    /* unsigned char and short promote to int before arithmetic. */
    unsigned char a = 200, b = 100;
    int sum = a + b;
    unsigned char wrapped = (unsigned char)(a + b);
    printf("200+100 as int=%d as uchar=%d\n", sum, wrapped);

    short s = -3;
    unsigned short us = 65535;
    printf("short*ushort=%d\n", s * us);

    /* Conversion to a narrower unsigned type is reduction modulo 2^N. */
    unsigned int big = 0x12345678u;
    printf("low byte=0x%x low half=0x%x\n", (unsigned char)big, (unsigned short)big);

    /* Conversion to a narrower signed type: implementation-defined, gcc wraps. */
    int i300 = 300;
    signed char sc = (signed char)i300;
    printf("(signed char)300=%d\n", sc);

    /* Floating to integer truncates toward zero. */
    double d1 = 3.99, d2 = -3.99;
    printf("(int)3.99=%d (int)-3.99=%d\n", (int)d1, (int)d2);
    /* Integer to floating. */
    long long big_ll = 9007199254740993LL; /* 2^53 + 1 rounds to even */
    double as_double = (double)big_ll;
    printf("2^53+1 as double=%.1f\n", as_double);
    float f = 16777217.0f; /* 2^24 + 1 is not representable in float */
    printf("float 2^24+1=%.1f\n", (double)f);

    /* Boolean conversion: any nonzero value becomes 1. */
    _Bool flag = 42;
    printf("(_Bool)42=%d (_Bool)0.5=%d\n", flag, (_Bool)0.5);

    /* The type of a character constant is int. */
    printf("sizeof('a')=%zu\n", sizeof('a'));
    return 0;
}
