//@ files: _stack.c
/* An abstract data type across files: an incomplete struct in the interface, defined in the implementation. */
#include <stdio.h>
struct stack;
struct stack *stack_new(void);
void stack_push(struct stack *s, int v);
int stack_pop(struct stack *s);
int stack_size(const struct stack *s);
void stack_free(struct stack *s);
int main(void) {
    struct stack *s = stack_new();
    for (int i = 1; i <= 10; i++) stack_push(s, i * i);
    int a = stack_pop(s), b = stack_pop(s);
    printf("%d %d %d\n", a, b, stack_size(s));
    stack_free(s);
    return 0;
}
