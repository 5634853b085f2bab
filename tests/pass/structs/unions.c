/* Unions: a tagged union interpreted by a switch, and reading a member
   other than the one last stored (type punning through a union is allowed,
   C17 6.5.2.3 footnote 97). */
#include <stdint.h>
#include <stdio.h>

enum kind { K_INT, K_DOUBLE, K_STR };

struct value {
    enum kind kind;
    union {
        long i;
        double d;
        const char *s;
    } as;
};

static void print_value(struct value v) {
    switch (v.kind) {
    case K_INT: printf("int %ld\n", v.as.i); break;
    case K_DOUBLE: printf("double %.3f\n", v.as.d); break;
    case K_STR: printf("string \"%s\"\n", v.as.s); break;
    }
}

union word {
    uint32_t u;
    uint8_t bytes[4];
    float f;
};

int main(void) {
    struct value vals[3];
    vals[0].kind = K_INT;
    vals[0].as.i = -42;
    vals[1].kind = K_DOUBLE;
    vals[1].as.d = 2.718;
    vals[2].kind = K_STR;
    vals[2].as.s = "tagged";
    for (int i = 0; i < 3; i++)
        print_value(vals[i]);
    printf("sizeof(struct value)=%zu sizeof(union word)=%zu\n", sizeof(struct value), sizeof(union word));

    union word w;
    w.u = 0x01020304u;
    printf("bytes: %d %d %d %d\n", w.bytes[0], w.bytes[1], w.bytes[2], w.bytes[3]);
    w.f = 1.0f;
    printf("1.0f bits=%08x\n", (unsigned)w.u);
    w.bytes[3] = 0x40;
    printf("after byte write: %.1f\n", (double)w.f);

    union word init = { .bytes = { 0xff, 0, 0, 0 } };
    printf("init.u=%u\n", (unsigned)init.u);
    return 0;
}
