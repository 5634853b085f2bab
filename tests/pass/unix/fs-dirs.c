// Directories: mkdir, files inside, readdir (sorted here: Linux gives no
// order), rename of a directory with its contents, and the errno of each
// misuse (EEXIST, ENOTEMPTY, ENOTDIR, EISDIR, ENOENT).
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define TOP "ciri-pass-fs-dirs.tmp"

static void sort(char **names, int n) {
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && strcmp(names[j - 1], names[j]) > 0; j--) {
      char *t = names[j];
      names[j] = names[j - 1];
      names[j - 1] = t;
    }
}

static void list(const char *path) {
  DIR *d = opendir(path);
  if (!d) { printf("opendir %s: %s\n", path, strerror(errno)); return; }
  char *names[16];
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < 16) {
    char *copy = malloc(strlen(e->d_name) + 3);
    sprintf(copy, "%s%s", e->d_name, e->d_type == DT_DIR ? "/" : "");
    names[n++] = copy;
  }
  closedir(d);
  sort(names, n);
  printf("%s:", path);
  for (int i = 0; i < n; i++) {
    printf(" %s", names[i]);
    free(names[i]);
  }
  printf("\n");
}

static void touch(const char *path) {
  int fd = open(path, O_CREAT | O_WRONLY, 0644);
  if (fd >= 0) close(fd);
}

static void report(const char *what, int r) {
  printf("%s: %d %s\n", what, r, r == 0 ? "ok" : strerror(errno));
}

int main(void) {
  umask(022);
  report("mkdir", mkdir(TOP, 0755));
  report("mkdir again", mkdir(TOP, 0755));
  report("mkdir sub", mkdir(TOP "/sub", 0700));
  touch(TOP "/a.txt");
  touch(TOP "/sub/b.txt");
  list(TOP);
  list(TOP "/sub");

  struct stat st;
  stat(TOP "/sub", &st);
  printf("sub: dir %d mode %o\n", S_ISDIR(st.st_mode), (unsigned)(st.st_mode & 07777));

  report("rmdir non-empty", rmdir(TOP));
  report("rmdir a file", rmdir(TOP "/a.txt"));
  report("unlink a directory", unlink(TOP "/sub"));
  report("path through a file", mkdir(TOP "/a.txt/x", 0755));
  report("missing parent", mkdir(TOP "/no/such", 0755));

  report("rename dir", rename(TOP "/sub", TOP "/moved"));
  list(TOP);
  report("old path", access(TOP "/sub/b.txt", F_OK));
  report("new path", access(TOP "/moved/b.txt", F_OK));
  report("rename file over dir", rename(TOP "/a.txt", TOP "/moved"));

  report("unlink b", unlink(TOP "/moved/b.txt"));
  report("rmdir moved", rmdir(TOP "/moved"));
  report("unlink a", unlink(TOP "/a.txt"));
  report("rmdir top", rmdir(TOP));
  report("rmdir top again", rmdir(TOP));
  return 0;
}
