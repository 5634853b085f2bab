/* Writing through a pointer that a failed search left null. */
#include <stddef.h>

static char *find_slot(char *slots, int n) {
    for (int i = 0; i < n; i++)
        if (slots[i] == 0)
            return &slots[i];
    return NULL;
}

int main(void) {
    char slots[3] = { 1, 1, 1 };
    char *slot = find_slot(slots, 3);
    *slot = 1; //~ ERROR: null-dereference
    return 0;
}
