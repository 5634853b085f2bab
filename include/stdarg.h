/* ciri <stdarg.h> (C17 7.16): variable arguments, implemented by the machine. */
#ifndef _CIRI_STDARG_H
#define _CIRI_STDARG_H

#define __NEED_va_list
#include <bits/alltypes.h>

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_end(ap) __builtin_va_end(ap)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_copy(dest, src) __builtin_va_copy(dest, src)
#define __va_copy(dest, src) __builtin_va_copy(dest, src)

#endif
