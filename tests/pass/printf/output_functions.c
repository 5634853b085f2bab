/* printf's return value, puts/fputs/putchar, and fprintf to stdout.
   Only stdout is compared, so stderr output here does not appear. */
#include <stdio.h>

int main(void) {
    int n = printf("twelve chars");
    printf(" <- printf returned %d\n", n);
    n = printf("%s=%d\n", "x", 12345);
    printf("second printf returned %d\n", n);
    n = printf("%s", "");
    printf("empty printf returned %d\n", n);
    puts("puts adds a newline");
    fputs("fputs does not", stdout);
    putchar('\n');
    fprintf(stdout, "fprintf(stdout, %d)\n", 1);
    fprintf(stderr, "this goes to stderr\n");
    int c = putchar('!');
    printf(" putchar returned %d\n", c);
    for (int row = 1; row <= 4; row++) {
        for (int col = 1; col <= 4; col++)
            printf("%4d", row * col);
        putchar('\n');
    }
    return 0;
}
