/* Struct and union members, nested records, struct assignment and a struct returned by value. */
struct point { int x, y; };
struct rect { struct point lo, hi; const char *name; };
union bits { unsigned u; float f; };
static struct point add(struct point a, struct point b) {
  struct point r = { a.x + b.x, a.y + b.y };
  return r;
}
int main(void) {
  struct rect r = { .hi = { 3, 4 }, .name = "r" };
  struct point p = add(r.lo, r.hi);
  union bits b;
  b.f = 1.0f;
  r.lo = p;
  return (int)(b.u >> 31) + r.lo.x - 3;
}
