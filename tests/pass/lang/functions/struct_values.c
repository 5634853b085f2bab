/* Structs passed and returned by value through several calls; the callee's copy is independent. */
#include <stdio.h>
struct vec { double x, y, z; };
struct mat { struct vec r[3]; };
static struct vec add(struct vec a, struct vec b) { return (struct vec){ a.x + b.x, a.y + b.y, a.z + b.z }; }
static struct vec scale(struct vec a, double k) { a.x *= k; a.y *= k; a.z *= k; return a; }
static double dot(struct vec a, struct vec b) { return a.x * b.x + a.y * b.y + a.z * b.z; }
static struct vec apply(struct mat m, struct vec v) { return (struct vec){ dot(m.r[0], v), dot(m.r[1], v), dot(m.r[2], v) }; }
static struct mat identity(void) { struct mat m = { { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } } }; return m; }
int main(void) {
    struct vec a = { 1, 2, 3 }, b = { 4, 5, 6 };
    struct vec c = add(scale(a, 2), b);
    printf("%.1f %.1f %.1f %.1f\n", c.x, c.y, c.z, a.x);
    struct mat m = identity();
    m.r[0].y = 2;
    struct vec r = apply(m, a);
    printf("%.1f %.1f %.1f\n", r.x, r.y, r.z);
    return 0;
}
