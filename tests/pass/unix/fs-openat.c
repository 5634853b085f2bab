// The *at calls relative to a directory fd: openat, mkdirat, fstatat,
// unlinkat (with and without AT_REMOVEDIR), and fstat on the fds they give.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TOP "ciri-pass-fs-openat.tmp"

int main(void) {
  umask(022);
  mkdir(TOP, 0755);
  int dir = open(TOP, O_RDONLY | O_DIRECTORY);
  printf("dir fd ok: %d\n", dir >= 0);

  int fd = openat(dir, "file", O_CREAT | O_RDWR | O_TRUNC, 0640);
  const char text[] = "12345";
  size_t done = 0;
  while (done < 5) {
    ssize_t w = write(fd, text + done, 5 - done);
    if (w <= 0) break;
    done += (size_t)w;
  }
  struct stat st;
  fstat(fd, &st);
  printf("fstat: size %ld mode %o\n", (long)st.st_size, (unsigned)(st.st_mode & 07777));
  close(fd);

  printf("mkdirat: %d\n", mkdirat(dir, "sub", 0750));
  printf("fstatat sub: %d", fstatat(dir, "sub", &st, 0));
  printf(" dir %d mode %o\n", S_ISDIR(st.st_mode), (unsigned)(st.st_mode & 07777));
  int r = fstatat(AT_FDCWD, TOP "/file", &st, 0);
  printf("fstatat via cwd: %d size %ld\n", r, (long)st.st_size);

  errno = 0;
  printf("unlinkat dir without flag: %d", unlinkat(dir, "sub", 0));
  printf(" %s\n", strerror(errno));
  printf("unlinkat dir: %d\n", unlinkat(dir, "sub", AT_REMOVEDIR));
  printf("unlinkat file: %d\n", unlinkat(dir, "file", 0));
  errno = 0;
  printf("openat missing: %d", openat(dir, "file", O_RDONLY));
  printf(" %s\n", strerror(errno));

  int f2 = open(TOP "/x", O_CREAT | O_WRONLY, 0644);
  errno = 0;
  printf("openat on a file fd: %d", openat(f2, "y", O_RDONLY));
  printf(" %s\n", strerror(errno));
  close(f2);
  unlink(TOP "/x");
  close(dir);
  printf("rmdir: %d\n", rmdir(TOP));
  return 0;
}
