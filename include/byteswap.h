/* ciri <byteswap.h> (glibc): byte swapping with gcc's builtins. */
#ifndef _CIRI_BYTESWAP_H
#define _CIRI_BYTESWAP_H

#define bswap_16(x) __builtin_bswap16(x)
#define bswap_32(x) __builtin_bswap32(x)
#define bswap_64(x) __builtin_bswap64(x)

#endif
