/* A power-of-two ring buffer with wrapping unsigned indices. */
#include <stdio.h>
#include <stdint.h>
#define CAP 8
struct ring { int data[CAP]; uint32_t head, tail; };
static int push(struct ring *r, int v) { if (r->head - r->tail == CAP) return 0; r->data[r->head++ & (CAP - 1)] = v; return 1; }
static int pop(struct ring *r, int *v) { if (r->head == r->tail) return 0; *v = r->data[r->tail++ & (CAP - 1)]; return 1; }
int main(void) {
    struct ring r = { { 0 }, 0xfffffffcu, 0xfffffffcu };
    int pushed = 0, v, sum = 0;
    for (int i = 0; i < 10; i++) pushed += push(&r, i);
    for (int i = 0; i < 3; i++) if (pop(&r, &v)) sum += v;
    for (int i = 100; i < 105; i++) pushed += push(&r, i);
    while (pop(&r, &v)) sum += v;
    printf("%d %d %u\n", pushed, sum, r.head);
    return 0;
}
