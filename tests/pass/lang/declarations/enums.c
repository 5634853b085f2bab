/* Enumerations: explicit and implicit values, negative values, use in switch and arithmetic, sizeof. */
#include <stdio.h>
enum color { RED, GREEN = 5, BLUE, ALPHA = -3, BETA };
enum big { SMALL = 1, HUGE = 0x7fffffff };
typedef enum { NORTH, EAST, SOUTH, WEST } dir;
static const char *name(dir d) {
    switch (d) { case NORTH: return "N"; case EAST: return "E"; case SOUTH: return "S"; case WEST: return "W"; }
    return "?";
}
int main(void) {
    printf("%d %d %d %d %d\n", RED, GREEN, BLUE, ALPHA, BETA);
    printf("%zu %zu\n", sizeof(enum color), sizeof(enum big));
    dir d = WEST;
    d = (dir)((d + 1) % 4);
    printf("%s %s\n", name(d), name(SOUTH));
    enum color c = BLUE;
    c++;
    printf("%d %d\n", c, c == 7);
    int arr[BLUE] = { [GREEN] = 9 };
    printf("%zu %d\n", sizeof arr / sizeof arr[0], arr[5]);
    return 0;
}
