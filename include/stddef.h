/* ciri <stddef.h> (C17 7.19), x86-64 Linux values. */
#ifndef _CIRI_STDDEF_H
#define _CIRI_STDDEF_H

#define __NEED_size_t
#define __NEED_ptrdiff_t
#define __NEED_wchar_t
#define __NEED_max_align_t
#include <bits/alltypes.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif
