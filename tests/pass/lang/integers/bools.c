/* _Bool and stdbool: conversion of any scalar to 0 or 1, arithmetic on bools, bool in structs. */
#include <stdio.h>
#include <stdbool.h>
struct flags { bool a, b; };
int main(void) {
    bool t = 5, f = 0, p = (void *)&t, d = 0.0001;
    printf("%d %d %d %d %zu\n", t, f, p, d, sizeof(bool));
    bool b = true;
    b = b + 1;
    printf("%d %d\n", b, true + true);
    struct flags fl = { .a = 2 };
    printf("%d %d\n", fl.a, fl.b);
    int count = 0;
    for (int i = -2; i <= 2; i++) count += (bool)i;
    printf("%d\n", count);
    return 0;
}
