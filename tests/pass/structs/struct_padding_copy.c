/* Structs with padding: sizeof and offsetof on LP64, copying by assignment
   and by memcpy (padding bytes may be copied, they are never inspected as
   values), arrays of such structs, and comparison member by member. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct padded {
    char c;     /* 1 byte, then 7 bytes padding */
    double d;
    short s;    /* 2 bytes, then 2 bytes padding */
    int i;
    char tail;  /* 1 byte, then 7 bytes tail padding */
};

struct packed_order {
    double d;
    int i;
    short s;
    char c;
    char tail;
};

static int same(const struct padded *a, const struct padded *b) {
    return a->c == b->c && a->d == b->d && a->s == b->s && a->i == b->i && a->tail == b->tail;
}

static void show(const char *label, const struct padded *p) {
    printf("%s: c=%c d=%.2f s=%d i=%d tail=%c\n", label, p->c, p->d, p->s, p->i, p->tail);
}

int main(void) {
    printf("sizeof padded=%zu packed_order=%zu\n", sizeof(struct padded), sizeof(struct packed_order));
    printf("offsets c=%zu d=%zu s=%zu i=%zu tail=%zu\n", offsetof(struct padded, c),
           offsetof(struct padded, d), offsetof(struct padded, s), offsetof(struct padded, i),
           offsetof(struct padded, tail));
    printf("_Alignof(struct padded)=%zu\n", _Alignof(struct padded));

    struct padded a; /* members set one by one: padding stays indeterminate */
    a.c = 'x';
    a.d = 2.5;
    a.s = -7;
    a.i = 1000;
    a.tail = 'z';

    struct padded b = a; /* struct assignment */
    struct padded c;
    memcpy(&c, &a, sizeof a); /* copies the padding bytes too, which is fine */
    show("b", &b);
    show("c", &c);
    printf("same(a,b)=%d same(a,c)=%d\n", same(&a, &b), same(&a, &c));

    struct padded arr[3];
    for (int k = 0; k < 3; k++) {
        arr[k] = a;
        arr[k].i += k;
    }
    struct padded moved[3];
    memmove(moved, arr, sizeof arr);
    printf("moved[2].i=%d size of array=%zu\n", moved[2].i, sizeof arr);

    c.d = 9.75;
    printf("after change same(a,c)=%d\n", same(&a, &c));
    return 0;
}
