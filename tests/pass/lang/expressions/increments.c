/* ++ and -- on ints, chars, doubles, pointers and through pointers, pre and post. */
#include <stdio.h>
int main(void) {
    int i = 5;
    int a = i++, b = ++i, c = i--, d = --i;
    printf("%d %d %d %d %d\n", a, b, c, d, i);
    char ch = 'a';
    ch++;
    double x = 1.5;
    x++;
    printf("%c %.1f\n", ch, x);
    int arr[4] = { 10, 20, 30, 40 };
    int *p = arr;
    p++;
    (*p)++;
    ++*p;
    int v = *p++;
    printf("%d %d %td\n", v, *p, p - arr);
    unsigned char uc = 255;
    uc++;
    printf("%d\n", uc);
    return 0;
}
