/* __FILE__, __LINE__, #line, __func__, __COUNTER__, and the limits gcc predefines. */
#include <stdio.h>
#include <string.h>
static const char *base(const char *path) { const char *s = strrchr(path, '/'); return s ? s + 1 : path; }
int main(void) {
    printf("%s %d %s\n", base(__FILE__), __LINE__, __func__);
#line 100 "renamed.c"
    printf("%s %d\n", __FILE__, __LINE__);
    int a = __COUNTER__, b = __COUNTER__;
    printf("%d %d\n", a, b);
    printf("%d %ld %lld\n", __INT_MAX__, __LONG_MAX__, __LONG_LONG_MAX__);
    printf("%d %d\n", __SCHAR_MAX__, __SHRT_MAX__);
    printf("%d %d\n", __GNUC__ >= 4, __ORDER_LITTLE_ENDIAN__ == __BYTE_ORDER__);
    return 0;
}
