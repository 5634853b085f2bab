/* Facilities from the freestanding-ish headers: bool from <stdbool.h>,
   fixed-width types from <stdint.h>, offsetof and NULL from <stddef.h>,
   limits, errno values, and a passing assert. */
#include <assert.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct header {
    uint8_t version;
    uint16_t flags;
    uint32_t length;
    uint64_t id;
};

static bool is_power_of_two(uint32_t x) { return x != 0 && (x & (x - 1)) == 0; }

int main(void) {
    bool yes = true, no = false;
    printf("true=%d false=%d sizeof(bool)=%zu\n", yes, no, sizeof(bool));
    printf("offsets: %zu %zu %zu %zu size=%zu\n", offsetof(struct header, version), offsetof(struct header, flags),
           offsetof(struct header, length), offsetof(struct header, id), sizeof(struct header));
    int8_t i8 = INT8_MIN;
    uint16_t u16 = UINT16_MAX;
    int32_t i32 = INT32_MAX;
    uint64_t u64 = UINT64_MAX;
    printf("%d %d %d %llu\n", i8, u16, i32, (unsigned long long)u64);
    intptr_t ip = 0;
    size_t sz = sizeof(ptrdiff_t);
    printf("intptr zero=%ld sizeof ptrdiff_t=%zu\n", (long)ip, sz);
    printf("CHAR_BIT=%d\n", CHAR_BIT);
    printf("ENOENT=%d EINVAL=%d ERANGE=%d ENOMEM=%d\n", ENOENT, EINVAL, ERANGE, ENOMEM);
    int *np = NULL;
    printf("NULL is null: %d\n", np == 0);
    for (uint32_t x = 1; x <= 64; x++)
        if (is_power_of_two(x))
            printf("%u ", (unsigned)x);
    printf("\n");
    assert(is_power_of_two(1024));
    assert(!is_power_of_two(1000) && "1000 is not a power of two");
    printf("asserts passed\n");
    return 0;
}
