/* ciri cannot run machine code: inline assembly is reported as unsupported where it is written. */
static unsigned long cycles(void) {
    unsigned lo, hi;
    __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi)); //~ ERROR: unsupported: inline assembly is not supported
    return (unsigned long)hi << 32 | lo;
}

int main(void) {
    return cycles() == 0;
}
