/* Function pointers: a dispatch table indexed by an operator, callbacks,
   a function returning a function pointer, and comparing function pointers. */
#include <stdio.h>
#include <string.h>

typedef int (*binop)(int, int);

static int op_add(int a, int b) { return a + b; }
static int op_sub(int a, int b) { return a - b; }
static int op_mul(int a, int b) { return a * b; }
static int op_max(int a, int b) { return a > b ? a : b; }

static const struct {
    char symbol;
    const char *name;
    binop fn;
} ops[] = {
    { '+', "add", op_add },
    { '-', "sub", op_sub },
    { '*', "mul", &op_mul }, /* & is optional */
    { 'M', "max", op_max },
};

static binop lookup(char symbol) {
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].symbol == symbol)
            return ops[i].fn;
    return NULL;
}

/* A function that returns a pointer to a function, declared without a typedef. */
static int (*pick(int want_max))(int, int) { return want_max ? op_max : op_add; }

static int fold(const int *xs, int n, int init, binop f) {
    int acc = init;
    for (int i = 0; i < n; i++)
        acc = f(acc, xs[i]);
    return acc;
}

static void apply_all(void (*each)(const char *), const char *const *items, int n) {
    for (int i = 0; i < n; i++)
        (*each)(items[i]);
}

static void print_len(const char *s) { printf("%s:%zu ", s, strlen(s)); }

int main(void) {
    const char *program = "+-*M?";
    for (const char *p = program; *p; p++) {
        binop f = lookup(*p);
        if (f)
            printf("7 %c 3 = %d\n", *p, f(7, 3));
        else
            printf("7 %c 3 = unknown operator\n", *p);
    }
    int xs[] = { 3, 1, 4, 1, 5, 9, 2, 6 };
    printf("sum=%d product=%d max=%d\n", fold(xs, 8, 0, op_add), fold(xs, 8, 1, op_mul), fold(xs, 8, xs[0], pick(1)));
    printf("pick(0)==op_add: %d pick(1)==op_add: %d\n", pick(0) == op_add, pick(1) == op_add);

    const char *const words[] = { "alpha", "be", "gam" };
    apply_all(print_len, words, 3);
    printf("\n");

    binop table[2][2] = { { op_add, op_sub }, { op_mul, op_max } };
    int acc = 2;
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 2; j++)
            acc = table[i][j](acc, i + j + 1);
    printf("acc=%d\n", acc);
    return 0;
}
