/* setvbuf, ungetc, fflush, tmpfile, fgetpos/fsetpos and the stream indicators. */
#include <stdio.h>
#include <string.h>

int main(void) {
    static char outbuf[BUFSIZ];
    if (setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf) != 0) return 1;
    printf("stdout has a full buffer of its own\n");
    fflush(stdout);

    FILE *f = tmpfile();
    if (!f) return 2;
    for (int i = 0; i < 1000; i++) fprintf(f, "%03d,", i);
    printf("ftell: %ld\n", ftell(f));
    rewind(f);
    fpos_t mark;
    char field[8];
    for (int i = 0; i < 3; i++) fscanf(f, "%3[0-9],", field);
    fgetpos(f, &mark);
    printf("after 3 fields: %s at %ld\n", field, ftell(f));
    fscanf(f, "%3[0-9],", field);
    printf("4th: %s\n", field);
    fsetpos(f, &mark);
    fscanf(f, "%3[0-9],", field);
    printf("4th again: %s\n", field);

    int ch = fgetc(f);
    ungetc(ch, f);
    printf("ungetc gives back '%c', read again: '%c'\n", ch, fgetc(f));
    fseek(f, 0, SEEK_END);
    int last = fgetc(f);
    printf("at end: fgetc=%d feof=%d ferror=%d\n", last, feof(f) != 0, ferror(f) != 0);
    clearerr(f);
    printf("after clearerr: feof=%d\n", feof(f) != 0);
    fputc('!', f);
    fflush(f);
    printf("size now: %ld\n", ftell(f));
    fclose(f);

    FILE *g = tmpfile();
    setvbuf(g, NULL, _IONBF, 0);
    fputs("unbuffered", g);
    printf("fileno differs from stdout: %d\n", fileno(g) != fileno(stdout));
    fclose(g);
    printf("done\n");
    return 0;
}
