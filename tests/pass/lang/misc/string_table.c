/* A string interning table: equal strings map to the same pointer, compared by address afterwards. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
static char *table[64];
static int count;
static const char *intern(const char *s) {
    for (int i = 0; i < count; i++) if (strcmp(table[i], s) == 0) return table[i];
    table[count] = strdup(s);
    return table[count++];
}
int main(void) {
    char buf[8];
    const char *a = intern("alpha"), *b = intern("beta");
    strcpy(buf, "alp");
    strcat(buf, "ha");
    const char *c = intern(buf);
    printf("%d %d %d\n", a == c, a == b, count);
    for (int i = 0; i < count; i++) free(table[i]);
    return 0;
}
