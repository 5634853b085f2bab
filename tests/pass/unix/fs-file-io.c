// Regular files in the working directory: create, write, read back, seek past
// the end (the gap reads as zeros), O_APPEND, ftruncate, fstat, unlink while
// open. Reads and writes may be short on regular files, so both loop.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NAME "ciri-pass-fs-file-io.tmp"

static void write_all(int fd, const char *s, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, s, n);
    if (w <= 0) { perror("write"); return; }
    s += w;
    n -= (size_t)w;
  }
}

static size_t read_all(int fd, char *buf, size_t cap) {
  size_t got = 0;
  for (;;) {
    ssize_t r = read(fd, buf + got, cap - got);
    if (r <= 0) return got;
    got += (size_t)r;
  }
}

static long size_of(int fd) {
  struct stat st;
  if (fstat(fd, &st) != 0) return -1;
  return (long)st.st_size;
}

int main(void) {
  umask(022);
  unlink(NAME);
  int fd = open(NAME, O_CREAT | O_EXCL | O_RDWR, 0666);
  if (fd < 0) { perror("open"); return 1; }
  write_all(fd, "hello, file", 11);
  printf("size after write: %ld\n", size_of(fd));

  char buf[64];
  lseek(fd, 0, SEEK_SET);
  size_t n = read_all(fd, buf, sizeof buf);
  printf("read back %zu: %.*s\n", n, (int)n, buf);
  printf("read at end: %zd\n", read(fd, buf, sizeof buf));

  printf("seek past end: %ld\n", (long)lseek(fd, 16, SEEK_SET));
  write_all(fd, "!", 1);
  lseek(fd, 0, SEEK_SET);
  n = read_all(fd, buf, sizeof buf);
  printf("bytes:");
  for (size_t i = 0; i < n; i++) printf(" %d", buf[i]);
  printf("\n");

  int t = ftruncate(fd, 5);
  printf("ftruncate to 5: %d, size %ld\n", t, size_of(fd));
  printf("offset kept: %ld\n", (long)lseek(fd, 0, SEEK_CUR));
  close(fd);

  int ap = open(NAME, O_WRONLY | O_APPEND);
  lseek(ap, 0, SEEK_SET);
  write_all(ap, " world", 6);
  close(ap);
  int rd = open(NAME, O_RDONLY);
  n = read_all(rd, buf, sizeof buf);
  printf("after append: %.*s\n", (int)n, buf);

  struct stat st;
  stat(NAME, &st);
  printf("mode %o regular %d links %ld\n", (unsigned)(st.st_mode & 07777), S_ISREG(st.st_mode), (long)st.st_nlink);

  errno = 0;
  int again = open(NAME, O_CREAT | O_EXCL | O_WRONLY, 0644);
  printf("O_EXCL again: %d %s\n", again, strerror(errno));
  printf("write to read-only fd: %zd", write(rd, "x", 1));
  printf(" %s\n", strerror(errno));

  printf("unlink: %d\n", unlink(NAME));
  lseek(rd, 0, SEEK_SET);
  n = read_all(rd, buf, sizeof buf);
  printf("still readable after unlink: %.*s\n", (int)n, buf);
  errno = 0;
  int gone = open(NAME, O_RDONLY);
  printf("reopen: %d %s\n", gone, strerror(errno));
  close(rd);
  return 0;
}
