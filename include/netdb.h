/* ciri <netdb.h> (POSIX): name resolution; there is no network under ciri, so the functions are declared only. */
#ifndef _CIRI_NETDB_H
#define _CIRI_NETDB_H

#include <netinet/in.h>

struct hostent { char *h_name; char **h_aliases; int h_addrtype; int h_length; char **h_addr_list; };
struct addrinfo {
  int ai_flags, ai_family, ai_socktype, ai_protocol;
  socklen_t ai_addrlen;
  struct sockaddr *ai_addr;
  char *ai_canonname;
  struct addrinfo *ai_next;
};
#define AI_PASSIVE 0x0001
#define AI_CANONNAME 0x0002
#define AI_NUMERICHOST 0x0004
#define EAI_AGAIN (-3)
#define EAI_FAIL (-4)
#define EAI_NONAME (-2)

int getaddrinfo(const char *restrict node, const char *restrict service, const struct addrinfo *restrict hints,
                struct addrinfo **restrict res);
void freeaddrinfo(struct addrinfo *res);
const char *gai_strerror(int errcode);
struct hostent *gethostbyname(const char *name);

#endif
