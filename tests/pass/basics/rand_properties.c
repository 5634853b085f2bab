/* rand and srand: the program relies only on what the standard promises
   (values in [0, RAND_MAX], the same seed gives the same sequence), never
   on the particular values, which are the library's business. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int first[20];
    srand(12345);
    for (int i = 0; i < 20; i++)
        first[i] = rand();
    srand(12345);
    int same = 1, in_range = 1;
    for (int i = 0; i < 20; i++) {
        int r = rand();
        same &= r == first[i];
        in_range &= r >= 0 && r <= RAND_MAX;
    }
    printf("same sequence after srand: %d, all in range: %d\n", same, in_range);
    printf("RAND_MAX=%d\n", RAND_MAX);

    int buckets[4] = { 0 };
    for (int i = 0; i < 4000; i++)
        buckets[rand() % 4]++;
    int all_used = 1;
    for (int i = 0; i < 4; i++)
        all_used &= buckets[i] > 500;
    printf("every bucket used: %d\n", all_used);

    int dice_ok = 1;
    for (int i = 0; i < 1000; i++) {
        int d = 1 + rand() / (RAND_MAX / 6 + 1);
        dice_ok &= d >= 1 && d <= 6;
    }
    printf("dice in 1..6: %d\n", dice_ok);
    return 0;
}
