/* A switch that promises the compiler every case is covered. */
#include <stdio.h>

enum op { ADD, SUB, MUL };

static int apply(enum op op, int a, int b) {
    switch (op) {
    case ADD: return a + b;
    case SUB: return a - b;
    }
    __builtin_unreachable(); //~ ERROR: reached code the program declared unreachable
}

int main(void) {
    printf("%d\n", apply(ADD, 2, 3));
    printf("%d\n", apply(MUL, 2, 3));
    return 0;
}
