/* ciri <string.h> (C17 7.24, plus POSIX and the GNU functions glibc declares under _GNU_SOURCE). */
#ifndef _CIRI_STRING_H
#define _CIRI_STRING_H

#define __NEED_size_t
#define __NEED_locale_t
#include <bits/alltypes.h>

#ifndef NULL
#define NULL ((void *)0)
#endif

void *memcpy(void *restrict dest, const void *restrict src, size_t n);
void *memmove(void *dest, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *s1, const void *s2, size_t n);
void *memchr(const void *s, int c, size_t n);
void *memccpy(void *restrict dest, const void *restrict src, int c, size_t n);

char *strcpy(char *restrict dest, const char *restrict src);
char *strncpy(char *restrict dest, const char *restrict src, size_t n);
char *stpcpy(char *restrict dest, const char *restrict src);
char *stpncpy(char *restrict dest, const char *restrict src, size_t n);
char *strcat(char *restrict dest, const char *restrict src);
char *strncat(char *restrict dest, const char *restrict src, size_t n);
int strcmp(const char *s1, const char *s2);
int strncmp(const char *s1, const char *s2, size_t n);
int strcoll(const char *s1, const char *s2);
size_t strxfrm(char *restrict dest, const char *restrict src, size_t n);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);

char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
size_t strcspn(const char *s, const char *reject);
size_t strspn(const char *s, const char *accept);
char *strpbrk(const char *s, const char *accept);
char *strstr(const char *haystack, const char *needle);
char *strtok(char *restrict str, const char *restrict delim);
char *strtok_r(char *restrict str, const char *restrict delim, char **restrict saveptr);
char *strsep(char **restrict stringp, const char *restrict delim);

size_t strlen(const char *s);
size_t strnlen(const char *s, size_t maxlen);
char *strerror(int errnum);
char *strerror_l(int errnum, locale_t loc);
char *strsignal(int sig);
void explicit_bzero(void *s, size_t n);

#ifdef _GNU_SOURCE
/* The GNU strerror_r returns a string; the POSIX one (below) an error number. */
char *strerror_r(int errnum, char *buf, size_t buflen);
void *memrchr(const void *s, int c, size_t n);
void *memmem(const void *haystack, size_t haystacklen, const void *needle, size_t needlelen);
void *mempcpy(void *restrict dest, const void *restrict src, size_t n);
void *rawmemchr(const void *s, int c);
char *strchrnul(const char *s, int c);
char *strcasestr(const char *haystack, const char *needle);
int strverscmp(const char *s1, const char *s2);
#else
/* glibc gives POSIX programs this name for the XSI strerror_r. */
int __xpg_strerror_r(int errnum, char *buf, size_t buflen);
#define strerror_r __xpg_strerror_r
#endif

#include <strings.h>

#endif
