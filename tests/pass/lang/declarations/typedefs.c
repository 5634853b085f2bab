/* typedef names: of structs, pointers, arrays, functions; shadowed by ordinary names in inner scopes; _Static_assert; _Alignof. */
#include <stdio.h>
#include <stddef.h>
typedef struct node { int v; struct node *next; } node;
typedef node *link;
typedef int vec3[3];
typedef int binop(int, int);
static int add(int a, int b) { return a + b; }
_Static_assert(sizeof(vec3) == 12, "vec3 is three ints");
int main(void) {
    node b = { 2, NULL }, a = { 1, &b };
    link l = &a;
    int total = 0;
    for (; l; l = l->next) total += l->v;
    vec3 v = { 1, 2, 3 };
    binop *op = add;
    printf("%d %d %d\n", total, v[2], op(3, 4));
    {
        int node = 5; /* an ordinary name hides the typedef in this block */
        printf("%d\n", node * 2);
    }
    node c = { 9, NULL };
    printf("%d %zu %zu\n", c.v, _Alignof(node), _Alignof(char));
    _Static_assert(offsetof(node, next) == 8, "next follows the int, aligned");
    printf("%zu\n", sizeof(link) + sizeof(vec3));
    return 0;
}
