/* A function returning a pointer falls off its end when the list is
   empty; the caller dereferences the result. */
#include <stddef.h>
#include <stdio.h>

struct item { int v; struct item *next; };

static struct item *last(struct item *head) {
    if (head) {
        while (head->next)
            head = head->next;
        return head;
    }
}

int main(void) {
    struct item b = { 2, NULL }, a = { 1, &b };
    printf("%d\n", last(&a)->v);
    printf("%d\n", last(NULL)->v); //~ ERROR: missing-return
    return 0;
}
