/* A mapping still in place at exit is not a leak: the kernel takes it back with the process. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>

struct node {
    struct node *next;
    int value;
};

int main(void) {
    struct node *pool = mmap(NULL, 16 * sizeof(struct node), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (pool == MAP_FAILED)
        return 1;
    for (int i = 0; i < 16; i++) {
        pool[i].value = i * i;
        pool[i].next = i + 1 < 16 ? &pool[i + 1] : NULL;
    }
    int sum = 0;
    for (struct node *n = pool; n; n = n->next)
        sum += n->value;
    printf("%d\n", sum);
    return 0;
}
