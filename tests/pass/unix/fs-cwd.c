// The working directory: getcwd, chdir into a new directory and back with
// "..", relative paths resolved from the new place, fchdir, and ERANGE for
// a buffer that is too small.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DIR_NAME "ciri-pass-fs-cwd.tmp"

int main(void) {
  char start[4096], now[4096];
  if (!getcwd(start, sizeof start)) { perror("getcwd"); return 1; }
  mkdir(DIR_NAME, 0755);
  printf("chdir: %d\n", chdir(DIR_NAME));
  getcwd(now, sizeof now);
  size_t len = strlen(start);
  printf("inside: prefix %d, rest %s\n", strncmp(now, start, len) == 0, now + len);

  int fd = open("inner.txt", O_CREAT | O_WRONLY, 0644);
  close(fd);
  printf("visible from the parent: %d\n", access("../" DIR_NAME "/inner.txt", F_OK));

  char tiny[4];
  errno = 0;
  const char *got = getcwd(tiny, sizeof tiny);
  printf("tiny buffer: %s %s\n", got ? "ok" : "NULL", strerror(errno));

  char *owned = getcwd(NULL, 0);
  printf("getcwd(NULL, 0) matches: %d\n", owned && strcmp(owned, now) == 0);
  free(owned);

  int here = open(".", O_RDONLY | O_DIRECTORY);
  printf("chdir ..: %d\n", chdir(".."));
  getcwd(now, sizeof now);
  printf("back: %d\n", strcmp(now, start) == 0);
  printf("fchdir: %d\n", fchdir(here));
  printf("inner via fchdir: %d\n", access("inner.txt", R_OK | W_OK));
  close(here);
  chdir(start);

  errno = 0;
  int r = chdir(DIR_NAME "/inner.txt");
  printf("chdir to a file: %d %s\n", r, strerror(errno));
  unlink(DIR_NAME "/inner.txt");
  printf("rmdir: %d\n", rmdir(DIR_NAME));
  return 0;
}
