// Names: mkstemp makes a fresh 0600 file, link gives it a second name (one
// inode, two links), realpath resolves "." and ".." against getcwd, readlink
// says EINVAL for a file that is not a symbolic link, utimensat sets the time
// stat reports.
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(void) {
  char name[] = "ciri-pass-fs-names-XXXXXX";
  int fd = mkstemp(name);
  if (fd < 0) { perror("mkstemp"); return 1; }
  printf("template filled: %d\n", strlen(name) == 25 && strcmp(name + 19, "XXXXXX") != 0);
  struct stat st;
  fstat(fd, &st);
  printf("mode %o\n", (unsigned)(st.st_mode & 07777));

  char other[64];
  snprintf(other, sizeof other, "%s.link", name);
  printf("link: %d\n", link(name, other));
  struct stat a, b;
  stat(name, &a);
  stat(other, &b);
  printf("same inode %d, links %ld\n", a.st_ino == b.st_ino, (long)a.st_nlink);

  char cwd[PATH_MAX], resolved[PATH_MAX], expect[PATH_MAX + 80];
  getcwd(cwd, sizeof cwd);
  char twisted[128];
  snprintf(twisted, sizeof twisted, "./.././%s/%s", strrchr(cwd, '/') + 1, name);
  snprintf(expect, sizeof expect, "%s/%s", cwd, name);
  printf("realpath: %d\n", realpath(twisted, resolved) != NULL && strcmp(resolved, expect) == 0);

  char buf[16];
  errno = 0;
  ssize_t n = readlink(name, buf, sizeof buf);
  printf("readlink: %zd %s\n", n, strerror(errno));

  struct timespec times[2] = {{1000000000, 0}, {1234567890, 0}};
  printf("utimensat: %d\n", utimensat(AT_FDCWD, name, times, 0));
  stat(other, &st);
  printf("mtime %ld\n", (long)st.st_mtime);

  close(fd);
  printf("unlink: %d %d\n", unlink(name), unlink(other));
  return 0;
}
