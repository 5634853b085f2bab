/* The goto-cleanup idiom of C error handling: resources released in reverse order on every path. */
#include <stdio.h>
#include <stdlib.h>
static int work(int fail_at) {
    int rc = -1;
    char *a = malloc(16);
    if (!a) goto out;
    if (fail_at == 1) goto free_a;
    int *b = malloc(32);
    if (!b) goto free_a;
    if (fail_at == 2) goto free_b;
    double *c = malloc(64);
    if (!c) goto free_b;
    if (fail_at == 3) { free(c); goto free_b; }
    rc = 0;
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    return rc;
}
int main(void) {
    for (int i = 0; i <= 3; i++) printf("%d ", work(i));
    printf("\n");
    return 0;
}
