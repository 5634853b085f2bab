/* Deep but legal recursion: 50000 nested calls with small frames, well
   within an 8 MiB stack, plus a recursive sum over a linked chain. */
#include <stdio.h>

static long depth_sum(int n) {
    if (n == 0)
        return 0;
    return n + depth_sum(n - 1);
}

static int max_depth;
static void descend(int depth, int limit) {
    if (depth > max_depth)
        max_depth = depth;
    if (depth < limit)
        descend(depth + 1, limit);
}

int main(void) {
    printf("sum 1..50000 = %ld\n", depth_sum(50000));
    descend(1, 50000);
    printf("max depth = %d\n", max_depth);
    return 0;
}
