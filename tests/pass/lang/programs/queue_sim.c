/* A deterministic simulation: a bank queue driven by a linear congruential generator, with statistics. */
#include <stdio.h>
#include <stdint.h>
static uint32_t state = 2463534242u;
static uint32_t next_rand(void) { state ^= state << 13; state ^= state >> 17; state ^= state << 5; return state; }
int main(void) {
    int queue[64], head = 0, tail = 0;
    long waited = 0;
    int served = 0, maxlen = 0, busy_until = 0;
    for (int t = 0; t < 500; t++) {
        if (next_rand() % 100 < 30 && tail - head < 64) queue[tail++ % 64] = t;
        if (t >= busy_until && head < tail) {
            waited += t - queue[head++ % 64];
            served++;
            busy_until = t + 1 + (int)(next_rand() % 4);
        }
        if (tail - head > maxlen) maxlen = tail - head;
    }
    printf("%d served, avg wait %.2f, max queue %d, left %d\n", served, (double)waited / served, maxlen, tail - head);
    return 0;
}
