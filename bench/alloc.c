/*
 * Benchmark: malloc/free churn.
 *
 * The binary-trees workload: one long-lived tree, then for depths 4, 6, ...
 * up to the maximum, many short-lived complete trees are built, walked and
 * freed bottom-up. Each node carries a flexible array member payload of
 * 1 to 4 ints (so block sizes vary) that the walk reads back. argv[1] is
 * the maximum depth (default 15). Prints one checksum line.
 *
 * Every node is freed before exit; allocation failure frees what was
 * built and exits with status 1.
 */
#include <stdio.h>
#include <stdlib.h>

struct node {
    struct node *left, *right;
    int len;
    int payload[];
};

static struct node *make(int depth, int seed) {
    int len = 1 + seed % 4;
    struct node *n = malloc(sizeof *n + (size_t)len * sizeof n->payload[0]);
    if (!n)
        return NULL;
    n->len = len;
    for (int i = 0; i < len; i++)
        n->payload[i] = seed + i;
    n->left = n->right = NULL;
    if (depth > 0) {
        n->left = make(depth - 1, 2 * seed + 1);
        n->right = make(depth - 1, 2 * seed + 2);
    }
    return n;
}

static void destroy(struct node *n) {
    if (!n)
        return;
    destroy(n->left);
    destroy(n->right);
    free(n);
}

/* Returns the node count, or -1 if any allocation in the tree failed. */
static long check(const struct node *n, unsigned long *sum) {
    if (!n)
        return -1;
    for (int i = 0; i < n->len; i++)
        *sum = *sum * 33 + (unsigned)n->payload[i];
    if (!n->left && !n->right)
        return 1;
    long l = check(n->left, sum), r = check(n->right, sum);
    return l < 0 || r < 0 ? -1 : 1 + l + r;
}

int main(int argc, char **argv) {
    int max_depth = argc > 1 ? atoi(argv[1]) : 15;
    if (max_depth < 4 || max_depth > 24) {
        printf("depth must be in 4..24\n");
        return 1;
    }
    unsigned long sum = 0;
    struct node *long_lived = make(max_depth, 0);
    long total = 0;
    for (int depth = 4; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + 4);
        for (long i = 0; i < iterations; i++) {
            struct node *t = make(depth, (int)(i % 1000));
            long count = check(t, &sum);
            destroy(t);
            if (count < 0) {
                destroy(long_lived);
                return 1;
            }
            total += count;
        }
    }
    long lived = check(long_lived, &sum);
    destroy(long_lived);
    if (lived < 0)
        return 1;
    printf("alloc depth=%d nodes=%ld long_lived=%ld checksum=%lu\n", max_depth, total, lived, sum);
    return 0;
}
