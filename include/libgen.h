/* ciri <libgen.h> (POSIX): path name components. */
#ifndef _CIRI_LIBGEN_H
#define _CIRI_LIBGEN_H

char *basename(char *path);
char *dirname(char *path);

#endif
