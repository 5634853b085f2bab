/* Global variables (zero-initialised and explicitly initialised), static
   globals, static locals that keep their value between calls, and extern
   declarations of a global defined later in the file. */
#include <stdio.h>

int counter;                       /* zero-initialised */
static int table[5] = { 1, 2, 3 }; /* rest zero */
static const char *greeting = "hi";
extern int defined_later;

static int next_id(void) {
    static int id = 100;
    return id++;
}

static void bump(void) {
    counter += 10;
    table[4] += counter;
}

int defined_later = 7;

int main(void) {
    printf("counter=%d\n", counter);
    for (int i = 0; i < 3; i++)
        printf("id=%d\n", next_id());
    bump();
    bump();
    for (int i = 0; i < 5; i++)
        printf("table[%d]=%d\n", i, table[i]);
    printf("%s %d\n", greeting, defined_later);
    return 0;
}
