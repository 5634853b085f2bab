/* fmemopen over a caller's buffer and a string literal, and open_memstream growing a heap block. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    char buf[16];
    memset(buf, 'x', sizeof buf);
    FILE *f = fmemopen(buf, sizeof buf, "w");
    fprintf(f, "%d-%d", 12, 34);
    printf("before fflush: %.5s\n", buf);
    fflush(f);
    printf("after fflush: [%s] ftell=%ld\n", buf, ftell(f));
    fprintf(f, "%s", "abcdefghijklmnop");
    fclose(f);
    printf("full: [%.16s] last=%d\n", buf, buf[15]);
    printf("fileno of a memory stream: %d\n", fileno(fmemopen(buf, 4, "r")));

    FILE *in = fmemopen("10 20 30", 8, "r");
    int a, b, c;
    printf("fscanf: %d\n", fscanf(in, "%d %d %d", &a, &b, &c));
    printf("sum: %d, then fgetc: %d, feof: %d\n", a + b + c, fgetc(in), feof(in) != 0);
    fclose(in);

    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    for (int i = 0; i < 2000; i++) fprintf(m, "%d,", i % 10);
    fflush(m);
    printf("open_memstream after fflush: len=%zu starts \"%.6s\"\n", len, text);
    fputs("end", m);
    fclose(m);
    printf("after fclose: len=%zu ends \"%s\" strlen=%zu\n", len, text + len - 5, strlen(text));
    free(text);
    return 0;
}
