/* ciri <stdbool.h> (C17 7.18). */
#ifndef _CIRI_STDBOOL_H
#define _CIRI_STDBOOL_H

#define bool _Bool
#define true 1
#define false 0
#define __bool_true_false_are_defined 1

#endif
