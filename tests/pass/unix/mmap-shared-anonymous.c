/* MAP_SHARED | MAP_ANONYMOUS in a single process behaves like a private mapping; the hint is only a hint. */
#include <stdio.h>
#include <sys/mman.h>

int main(void) {
    void *hint = (void *)0x10000000;
    int *counter = mmap(hint, sizeof(int), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (counter == MAP_FAILED) {
        perror("mmap");
        return 1;
    }
    for (int i = 0; i < 10; i++)
        ++*counter;
    printf("counter: %d\n", *counter);
    return munmap(counter, sizeof(int));
}
