/* ciri <arpa/inet.h> (POSIX): address conversion. */
#ifndef _CIRI_ARPA_INET_H
#define _CIRI_ARPA_INET_H

#include <netinet/in.h>

in_addr_t inet_addr(const char *cp);
char *inet_ntoa(struct in_addr in);
const char *inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size);
int inet_pton(int af, const char *restrict src, void *restrict dst);

#endif
