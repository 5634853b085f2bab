/* puts, putchar, fputs and fprintf to stdout; stderr output is not compared, stdout keeps its order. */
#include <stdio.h>
int main(void) {
    puts("puts adds a newline");
    putchar('p');
    putchar('\n');
    fputs("fputs does not\n", stdout);
    fprintf(stdout, "%s %d\n", "fprintf", 1);
    fprintf(stderr, "to stderr\n");
    fflush(stdout);
    printf("%5s|%-5s|\n", "r", "l");
    return 0;
}
