/* . and -> through arrays of structs, pointers to pointers, nested members, and members of function results. */
#include <stdio.h>
struct inner { int v[3]; };
struct outer { struct inner in; struct inner *ptr; const char *name; };
static struct outer make(int k) { static struct inner shared = { { 7, 8, 9 } }; return (struct outer){ { { k, k + 1, k + 2 } }, &shared, "made" }; }
int main(void) {
    struct outer o[2] = { make(1), make(10) };
    struct outer *po = o;
    struct outer **ppo = &po;
    printf("%d %d %d\n", o[1].in.v[2], po->ptr->v[0], (*ppo)[1].in.v[0]);
    printf("%d %s %c\n", make(5).in.v[1], make(0).name, make(0).name[1]);
    (++po)->in.v[0] = 42;
    printf("%d\n", o[1].in.v[0]);
    return 0;
}
