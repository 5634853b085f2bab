/* goto: the single-exit cleanup idiom (allocations released in reverse
   order on every failure path), breaking out of nested loops, and a loop
   written with a backward goto. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Builds "a-b-c"-like strings; fails on purpose when `fail_at` is reached. */
static int build(int fail_at, char *out, size_t outsz) {
    int rc = -1;
    char *a = NULL, *b = NULL, *c = NULL;
    a = malloc(8);
    if (!a)
        goto out;
    if (fail_at == 1)
        goto free_a;
    b = malloc(8);
    if (!b || fail_at == 2) /* free(NULL) is a no-op, so one label serves both */
        goto free_b;
    c = malloc(8);
    if (!c || fail_at == 3)
        goto free_c;
    strcpy(a, "alpha");
    strcpy(b, "beta");
    strcpy(c, "gamma");
    snprintf(out, outsz, "%s-%s-%s", a, b, c);
    rc = 0;
free_c:
    free(c);
free_b:
    free(b);
free_a:
    free(a);
out:
    return rc;
}

int main(void) {
    char buf[32];
    for (int f = 0; f <= 3; f++) {
        strcpy(buf, "none");
        int rc = build(f, buf, sizeof buf);
        printf("fail_at=%d rc=%d out=%s\n", f, rc, buf);
    }

    int found_r = -1, found_c = -1;
    for (int r = 0; r < 10; r++)
        for (int c = 0; c < 10; c++)
            if (r * c == 42) {
                found_r = r;
                found_c = c;
                goto done;
            }
done:
    printf("first r*c==42: %d*%d\n", found_r, found_c);

    int i = 0, sum = 0;
again:
    sum += i;
    if (++i <= 10)
        goto again;
    printf("sum 0..10=%d\n", sum);
    return 0;
}
