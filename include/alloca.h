/* ciri <alloca.h> (glibc): stack allocation; ciri does not support alloca yet (a call is an `unsupported` stop). */
#ifndef _CIRI_ALLOCA_H
#define _CIRI_ALLOCA_H

#define __NEED_size_t
#include <bits/alltypes.h>

void *alloca(size_t size);

#endif
