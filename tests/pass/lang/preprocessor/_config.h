/* A local header for include.c: guarded, with a macro and a function. */
#ifndef CONFIG_H
#define CONFIG_H
#define VERSION_MAJOR 2
#define VERSION_MINOR 7
#define VERSION_STRING "2.7"
static inline int version_number(void) { return VERSION_MAJOR * 100 + VERSION_MINOR; }
#endif
