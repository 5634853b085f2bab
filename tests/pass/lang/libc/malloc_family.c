/* malloc, calloc (zeroed), realloc growing and shrinking (contents kept), free(NULL). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(void) {
    int *a = calloc(4, sizeof *a);
    printf("%d %d\n", a[0], a[3]);
    for (int i = 0; i < 4; i++) a[i] = i + 1;
    a = realloc(a, 8 * sizeof *a);
    for (int i = 4; i < 8; i++) a[i] = (i + 1) * 10;
    printf("%d %d %d\n", a[0], a[3], a[7]);
    a = realloc(a, 2 * sizeof *a);
    printf("%d %d\n", a[0], a[1]);
    free(a);
    free(NULL);
    char *s = malloc(6);
    memcpy(s, "hello", 6);
    char *t = realloc(NULL, 3);
    t[0] = s[4];
    t[1] = s[0];
    t[2] = '\0';
    printf("%s %s\n", s, t);
    free(s);
    free(t);
    return 0;
}
