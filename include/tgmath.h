/*
 * ciri <tgmath.h> (C17 7.25): type-generic math for real types with
 * _Generic (complex types are not supported). A float argument calls the
 * `f` function, long double the `l` one, anything else the double one.
 */
#ifndef _CIRI_TGMATH_H
#define _CIRI_TGMATH_H

#include <math.h>

#define __ciri_tg1(fn, x) _Generic((x), float: fn##f, long double: fn##l, default: fn)(x)
#define __ciri_tg2(fn, x, y) _Generic((x) + (y), float: fn##f, long double: fn##l, default: fn)(x, y)

#define acos(x) __ciri_tg1(acos, x)
#define asin(x) __ciri_tg1(asin, x)
#define atan(x) __ciri_tg1(atan, x)
#define cos(x) __ciri_tg1(cos, x)
#define sin(x) __ciri_tg1(sin, x)
#define tan(x) __ciri_tg1(tan, x)
#define cosh(x) __ciri_tg1(cosh, x)
#define sinh(x) __ciri_tg1(sinh, x)
#define tanh(x) __ciri_tg1(tanh, x)
#define exp(x) __ciri_tg1(exp, x)
#define log(x) __ciri_tg1(log, x)
#define log10(x) __ciri_tg1(log10, x)
#define log2(x) __ciri_tg1(log2, x)
#define sqrt(x) __ciri_tg1(sqrt, x)
#define cbrt(x) __ciri_tg1(cbrt, x)
#define fabs(x) __ciri_tg1(fabs, x)
#define ceil(x) __ciri_tg1(ceil, x)
#define floor(x) __ciri_tg1(floor, x)
#define round(x) __ciri_tg1(round, x)
#define trunc(x) __ciri_tg1(trunc, x)
#define atan2(x, y) __ciri_tg2(atan2, x, y)
#define pow(x, y) __ciri_tg2(pow, x, y)
#define fmod(x, y) __ciri_tg2(fmod, x, y)
#define fmax(x, y) __ciri_tg2(fmax, x, y)
#define fmin(x, y) __ciri_tg2(fmin, x, y)
#define hypot(x, y) __ciri_tg2(hypot, x, y)
#define copysign(x, y) __ciri_tg2(copysign, x, y)

#endif
