/* Corners of stdio that glibc defines: indicators, pushback, partial elements, holes, errors on the wrong direction. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

int main(void) {
    FILE *f = tmpfile();
    fputs("0123456789", f);
    rewind(f);

    char tiny[1] = {'?'};
    const char *got = fgets(tiny, 1, f) ? "buffer" : "NULL";
    printf("fgets n=1: %s [%d]\n", got, tiny[0]);
    printf("two ungetc: %c", ungetc('b', f));
    printf("%c -> ", ungetc('a', f));
    int c1 = fgetc(f), c2 = fgetc(f), c3 = fgetc(f);
    printf("%c%c%c\n", c1, c2, c3);

    char pair[4][2];
    fseek(f, 3, SEEK_SET);
    size_t n = fread(pair, 2, 4, f);
    printf("fread of 2-byte elements from 3: %zu elements, feof=%d\n", n, feof(f) != 0);

    fseek(f, 12, SEEK_SET);
    fputc('!', f);
    fseek(f, 0, SEEK_END);
    printf("size with a hole: %ld\n", ftell(f));
    rewind(f);
    char all[16];
    n = fread(all, 1, sizeof all, f);
    printf("read %zu: hole bytes %d %d, then %c\n", n, all[10], all[11], all[12]);
    fclose(f);

    const char *name = "stdio_edge_cases.tmp";
    FILE *w = fopen(name, "w");
    errno = 0;
    int r = fgetc(w);
    printf("fgetc on a write-only stream: %d ferror=%d errno=%s\n", r, ferror(w) != 0, errno == EBADF ? "EBADF" : "other");
    printf("fputs: %d\n", fputs("x\n", w) >= 0);
    printf("fclose: %d\n", fclose(w));
    FILE *rd = fopen(name, "r");
    errno = 0;
    r = fputc('y', rd);
    printf("fputc on a read-only stream: %d ferror=%d errno=%s\n", r, ferror(rd) != 0, errno == EBADF ? "EBADF" : "other");
    clearerr(rd);
    printf("fwrite of 0 bytes: %zu\n", fwrite("", 0, 5, rd));
    printf("fflush on an input stream: %d\n", fflush(rd));
    fclose(rd);
    remove(name);

    errno = 0;
    got = fopen("stdio_edge_missing.tmp", "r") ? "opened" : "NULL";
    printf("fopen of a missing file: %s, errno=%s\n", got, errno == ENOENT ? "ENOENT" : "other");
    errno = 0;
    got = fopen(name, "z") ? "opened" : "NULL";
    printf("fopen with a bad mode: %s, errno=%s\n", got, errno == EINVAL ? "EINVAL" : "other");
    printf("remove of a missing file: %d\n", remove("stdio_edge_missing.tmp"));
    return 0;
}
