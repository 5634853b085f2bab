/* Nested structs and arrays of structs initialized with and without designators, copied and compared member by member. */
#include <stdio.h>
#include <string.h>
struct date { int y, m, d; };
struct person { char name[8]; struct date born; int scores[3]; };
static int same(const struct person *a, const struct person *b) {
    return strcmp(a->name, b->name) == 0 && a->born.y == b->born.y && a->born.m == b->born.m && a->born.d == b->born.d &&
        memcmp(a->scores, b->scores, sizeof a->scores) == 0;
}
int main(void) {
    struct person p[] = {
        { "ada", { 1815, 12, 10 }, { 90, 95, 99 } },
        { .name = "alan", .born = { .y = 1912, .d = 23, .m = 6 }, .scores = { [2] = 100 } },
    };
    struct person copy = p[1];
    printf("%s %d-%02d-%02d %d %d\n", copy.name, copy.born.y, copy.born.m, copy.born.d, copy.scores[0], copy.scores[2]);
    printf("%d %d %zu\n", same(&copy, &p[1]), same(&p[0], &p[1]), sizeof p / sizeof p[0]);
    return 0;
}
