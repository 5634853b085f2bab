/* ciri <iso646.h> (C17 7.9): alternative spellings of operators. */
#ifndef _CIRI_ISO646_H
#define _CIRI_ISO646_H

#define and &&
#define and_eq &=
#define bitand &
#define bitor |
#define compl ~
#define not !
#define not_eq !=
#define or ||
#define or_eq |=
#define xor ^
#define xor_eq ^=

#endif
