/* typeof of expressions and types in declarations, casts and sizeof; _Generic dispatch on typeof'd values. */
#include <stdio.h>
#define TYPE_NAME(x) _Generic((x), int: "int", long: "long", double: "double", char *: "char *", default: "other")
int main(void) {
    int i = 1;
    typeof(i) j = 2;
    typeof(i + 1L) l = 3;
    typeof(int *) pi = &i;
    __typeof__(*pi) k = *pi + j;
    typeof(char[4]) arr = "abc";
    printf("%s %s %d %zu %s\n", TYPE_NAME(j), TYPE_NAME(l), k, sizeof arr, arr);
    typeof(&TYPE_NAME(0)[0]) name = TYPE_NAME(1.0);
    printf("%s\n", name);
    return 0;
}
