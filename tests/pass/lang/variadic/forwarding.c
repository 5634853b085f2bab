/* A logging layer: variadic functions forwarding to v* functions through several levels, with prefixes. */
#include <stdio.h>
#include <stdarg.h>
#include <string.h>
static char log_buf[256];
static size_t log_len;
static void vappend(const char *fmt, va_list ap) {
    int n = vsnprintf(log_buf + log_len, sizeof log_buf - log_len, fmt, ap);
    if (n > 0) log_len += (size_t)n;
}
static void append(const char *fmt, ...) { va_list ap; va_start(ap, fmt); vappend(fmt, ap); va_end(ap); }
static void logmsg(int level, const char *fmt, ...) {
    static const char *names[] = { "debug", "info", "error" };
    append("[%s] ", names[level]);
    va_list ap;
    va_start(ap, fmt);
    vappend(fmt, ap);
    va_end(ap);
    append("\n");
}
int main(void) {
    logmsg(1, "started %s v%d.%d", "ciri", 0, 1);
    logmsg(2, "%d errors, %.1f%% done", 3, 42.5);
    logmsg(0, "pointer is %s", (char *)NULL == NULL ? "null" : "set");
    fputs(log_buf, stdout);
    printf("%zu\n", strlen(log_buf));
    return 0;
}
