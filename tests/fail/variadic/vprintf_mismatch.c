/* A logging wrapper forwards its arguments to vprintf, whose format wants a string. */
#include <stdarg.h>
#include <stdio.h>

static void log_msg(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap); //~ ERROR: format-mismatch
    va_end(ap);
}

int main(void) {
    log_msg("%s=%d\n", "answer", 42);
    log_msg("%s\n", 42);
    return 0;
}
