/* Structs passed and returned by value (including ones holding arrays),
   nested structs, and the caller's copy staying unchanged. */
#include <stdio.h>

struct vec { double x, y; };
struct segment { struct vec from, to; };
struct buffer { int len; char data[16]; };

static struct vec add(struct vec a, struct vec b) {
    struct vec r = { a.x + b.x, a.y + b.y };
    return r;
}

static struct vec scale(struct vec v, double k) {
    v.x *= k; /* modifies the callee's copy only */
    v.y *= k;
    return v;
}

static struct vec midpoint(struct segment s) { return scale(add(s.from, s.to), 0.5); }

static struct buffer make_buffer(const char *text) {
    struct buffer b = { 0 };
    while (text[b.len] && b.len < 15) {
        b.data[b.len] = text[b.len];
        b.len++;
    }
    return b;
}

static struct buffer shout(struct buffer b) {
    for (int i = 0; i < b.len; i++)
        if (b.data[i] >= 'a' && b.data[i] <= 'z')
            b.data[i] = (char)(b.data[i] - 'a' + 'A');
    return b;
}

int main(void) {
    struct vec a = { 1.0, 2.0 }, b = { 3.0, -4.0 };
    struct vec s = add(a, b);
    struct vec k = scale(a, 3.0);
    printf("sum=(%.1f,%.1f) scaled=(%.1f,%.1f) a unchanged=(%.1f,%.1f)\n", s.x, s.y, k.x, k.y, a.x, a.y);

    struct segment seg = { { 0, 0 }, { 4, 10 } };
    struct vec m = midpoint(seg);
    printf("midpoint=(%.1f,%.1f)\n", m.x, m.y);

    struct buffer quiet = make_buffer("hello ciri");
    struct buffer loud = shout(quiet);
    printf("quiet=%s loud=%s len=%d\n", quiet.data, loud.data, loud.len);

    struct segment copy = seg;
    copy.to.x = 100;
    printf("seg.to.x=%.1f copy.to.x=%.1f\n", seg.to.x, copy.to.x);

    struct vec chain = add(add(a, b), add(b, a));
    printf("chain=(%.1f,%.1f)\n", chain.x, chain.y);
    printf("field of returned struct: %d\n", make_buffer("abc").len);
    return 0;
}
