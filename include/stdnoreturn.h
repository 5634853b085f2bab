/* ciri <stdnoreturn.h> (C17 7.23). */
#ifndef _CIRI_STDNORETURN_H
#define _CIRI_STDNORETURN_H

#define noreturn _Noreturn

#endif
