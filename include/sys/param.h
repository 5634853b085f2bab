/* ciri <sys/param.h> (glibc): system parameters and the MIN/MAX helpers. */
#ifndef _CIRI_SYS_PARAM_H
#define _CIRI_SYS_PARAM_H

#include <limits.h>
#include <endian.h>

#define MAXPATHLEN 4096
#define MAXHOSTNAMELEN 64
#define NBBY 8
#define NGROUPS 65536
#define MIN(a, b) (((a) < (b)) ? (a) : (b))
#define MAX(a, b) (((a) > (b)) ? (a) : (b))
#define howmany(x, y) (((x) + ((y) - 1)) / (y))
#define roundup(x, y) ((((x) + ((y) - 1)) / (y)) * (y))
#define powerof2(x) ((((x) - 1) & (x)) == 0)

#endif
