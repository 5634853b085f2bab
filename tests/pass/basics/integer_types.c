/* Sizes and limits of the integer types on x86-64 Linux (LP64, char signed). */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

int main(void) {
    printf("char=%zu short=%zu int=%zu long=%zu llong=%zu ptr=%zu\n",
           sizeof(char), sizeof(short), sizeof(int), sizeof(long),
           sizeof(long long), sizeof(void *));
    printf("float=%zu double=%zu size_t=%zu\n", sizeof(float), sizeof(double), sizeof(size_t));
    printf("CHAR_MIN=%d CHAR_MAX=%d UCHAR_MAX=%d\n", CHAR_MIN, CHAR_MAX, UCHAR_MAX);
    printf("SHRT_MIN=%d SHRT_MAX=%d USHRT_MAX=%d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("INT_MIN=%d INT_MAX=%d UINT_MAX=%u\n", INT_MIN, INT_MAX, UINT_MAX);
    printf("LONG_MIN=%ld LONG_MAX=%ld\n", LONG_MIN, LONG_MAX);
    printf("ULONG_MAX=%lu\n", ULONG_MAX);
    printf("LLONG_MIN=%lld LLONG_MAX=%lld ULLONG_MAX=%llu\n", LLONG_MIN, LLONG_MAX, ULLONG_MAX);
    printf("INT8_MIN=%d INT16_MAX=%d INT32_MIN=%d\n", INT8_MIN, INT16_MAX, INT32_MIN);
    printf("UINT8_MAX=%d UINT16_MAX=%d UINT32_MAX=%u\n", UINT8_MAX, UINT16_MAX, UINT32_MAX);
    printf("INT64_MIN=%lld UINT64_MAX=%llu\n", (long long)INT64_MIN, (unsigned long long)UINT64_MAX);
    printf("SIZE_MAX=%zu\n", SIZE_MAX);

    char c = (char)0x80; /* char is signed on this target */
    printf("(char)0x80 = %d, is negative: %d\n", c, c < 0);
    unsigned char uc = (unsigned char)-1;
    printf("(unsigned char)-1 = %d\n", uc);
    return 0;
}
