/* ciri <sys/un.h> (POSIX): Unix domain socket addresses. */
#ifndef _CIRI_SYS_UN_H
#define _CIRI_SYS_UN_H

#define __NEED_sa_family_t
#include <bits/alltypes.h>

struct sockaddr_un {
  sa_family_t sun_family;
  char sun_path[108];
};

#endif
