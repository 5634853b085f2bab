/* A statistics counter in a global struct, updated twice in one
   expression: the assignment's store and the increment are unsequenced. */
#include <stdio.h>

struct stats {
    unsigned long hits;
    unsigned long misses;
};

static struct stats stats;

static void record(int hit) {
    if (hit)
        stats.hits = stats.hits++ + 1; //~ ERROR: unsequenced-access
    else
        stats.misses++;
}

int main(void) {
    for (int i = 0; i < 4; i++)
        record(i % 2);
    printf("%lu %lu\n", stats.hits, stats.misses);
    return 0;
}
