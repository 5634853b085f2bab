/* ciri <uchar.h> (C17 7.28): UTF-16 and UTF-32 characters. */
#ifndef _CIRI_UCHAR_H
#define _CIRI_UCHAR_H

#define __NEED_size_t
#define __NEED_mbstate_t
#include <bits/alltypes.h>

typedef unsigned short char16_t;
typedef unsigned int char32_t;

size_t mbrtoc16(char16_t *restrict pc16, const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t c16rtomb(char *restrict s, char16_t c16, mbstate_t *restrict ps);
size_t mbrtoc32(char32_t *restrict pc32, const char *restrict s, size_t n, mbstate_t *restrict ps);
size_t c32rtomb(char *restrict s, char32_t c32, mbstate_t *restrict ps);

#endif
