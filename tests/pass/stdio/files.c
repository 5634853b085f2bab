/* Write a file with fprintf/fputs/fputc/fwrite, read it back with fgets, fgetc, fread, getline, fscanf. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *NAME = "stdio_files_pass.tmp";

int main(void) {
    FILE *f = fopen(NAME, "w");
    if (!f) { perror("fopen"); return 1; }
    fprintf(f, "%d %s %.2f\n", 42, "forty-two", 4.25);
    fputs("second line\n", f);
    fputc('x', f);
    fwrite("yz\n", 1, 3, f);
    printf("ftell after writing: %ld\n", ftell(f));
    if (fclose(f) != 0) return 2;

    f = fopen(NAME, "r");
    if (!f) return 3;
    int n; char word[16]; double d;
    printf("fscanf: %d\n", fscanf(f, "%d %15s %lf", &n, word, &d));
    printf("values: %d %s %.2f\n", n, word, d);
    printf("newline left: %d\n", fgetc(f) == '\n');
    char line[64];
    if (!fgets(line, sizeof line, f)) return 4;
    printf("fgets: [%s]", line);
    printf("ftell: %ld\n", ftell(f));
    char rest[8] = {0};
    size_t got = fread(rest, 1, sizeof rest, f);
    printf("fread: %zu [%.*s] eof=%d\n", got, (int)got, rest, feof(f) != 0);

    rewind(f);
    printf("after rewind: eof=%d ftell=%ld\n", feof(f) != 0, ftell(f));
    char *buf = NULL;
    size_t cap = 0;
    ssize_t len;
    int count = 0;
    while ((len = getline(&buf, &cap, f)) != -1) printf("line %d (%zd): %s", ++count, len, buf);
    free(buf);

    if (fseek(f, -3, SEEK_END) != 0) return 5;
    printf("at -3 from end: %c\n", fgetc(f));
    fclose(f);

    f = fopen(NAME, "a");
    fputs("appended\n", f);
    printf("ftell in append mode: %ld\n", ftell(f));
    fclose(f);
    f = fopen(NAME, "r");
    fseek(f, -9, SEEK_END);
    printf("tail: %s", fgets(line, sizeof line, f));
    fclose(f);

    printf("remove: %d\n", remove(NAME));
    printf("fopen after remove: %s\n", fopen(NAME, "r") == NULL ? "NULL" : "opened");
    return 0;
}
