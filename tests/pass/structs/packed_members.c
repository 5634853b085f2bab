/* Members of packed records are accessed where gcc's layout put them, at any
   address: reads, writes, compound assignment, initializers, pointers stored
   in a packed member, a record nested in a packed one, and elements of array
   members (gcc accesses all of these as possibly unaligned). */
#include <stdio.h>
#include <stdint.h>

struct __attribute__((packed)) wire {
    uint8_t tag;
    uint32_t length;
    void *payload;
    uint16_t crc;
};

struct __attribute__((packed)) outer {
    char c;
    struct { int a; long b; double d; } in;
};

struct __attribute__((packed)) table {
    char tag;
    int row[3];
    short grid[2][3];
    struct { char pad; long values[2]; } inner;
};

union __attribute__((packed)) bytes_or_word {
    uint8_t b[3];
    uint16_t w;
};

int main(void) {
    int value = 5;
    struct wire w = { 1, 300, &value, 0xbeef };
    printf("%u %u %d %x size %zu\n", w.tag, w.length, *(int *)w.payload, w.crc, sizeof w);

    struct wire ring[3];
    for (int i = 0; i < 3; i++) {
        ring[i].tag = (uint8_t)i;
        ring[i].length = 1000u * (unsigned)i;
        ring[i].payload = &value;
        ring[i].crc = (uint16_t)(i + 7);
    }
    ring[2].length += ring[1].length;
    ring[1].crc++;
    *(int *)ring[2].payload += (int)ring[2].crc;
    printf("%u %u %d\n", ring[2].length, ring[1].crc, value);

    struct outer o = { 'x', { 1, 2, 0.5 } };
    o.in.b *= 21;
    o.in.d += o.in.a;
    printf("%c %d %ld %.1f size %zu\n", o.c, o.in.a, o.in.b, o.in.d, sizeof o);

    struct table t;
    t.tag = 't';
    for (int i = 0; i < 3; i++) {
        t.row[i] = 10 * i;
        for (int j = 0; j < 2; j++) t.grid[j][i] = (short)(i + j);
    }
    *t.row += 1;
    t.inner.values[1] = 1L << 40;
    t.inner.values[0] = t.row[2] + t.grid[1][2];
    printf("%d %d %d %ld %ld size %zu\n", t.row[0], t.row[2], t.grid[1][2], t.inner.values[0], t.inner.values[1], sizeof t);

    union bytes_or_word u[2];
    u[1].w = 0x1234;
    printf("%x %x size %zu\n", u[1].b[0], u[1].w, sizeof u[0]);
    return 0;
}
