/* for, while and do-while loops with break and continue, loops with empty
   bodies, the comma operator, and a sieve of Eratosthenes. */
#include <stdio.h>
#include <string.h>

int main(void) {
    char composite[101];
    memset(composite, 0, sizeof composite);
    for (int i = 2; i * i <= 100; i++)
        if (!composite[i])
            for (int j = i * i; j <= 100; j += i)
                composite[j] = 1;
    int count = 0;
    for (int i = 2; i <= 100; i++) {
        if (composite[i])
            continue;
        count++;
        if (i > 90)
            printf("last prime: %d\n", i);
    }
    printf("primes <= 100: %d\n", count);

    /* Collatz steps for 27 with while. */
    long n = 27;
    int steps = 0;
    while (n != 1) {
        n = (n % 2) ? 3 * n + 1 : n / 2;
        steps++;
    }
    printf("collatz(27)=%d\n", steps);

    /* do-while runs at least once. */
    int runs = 0;
    do
        runs++;
    while (runs < 0);
    printf("do-while runs=%d\n", runs);

    /* Comma operator in a for header: two indices moving toward each other. */
    char word[] = "stressed";
    for (int i = 0, j = (int)strlen(word) - 1; i < j; i++, j--) {
        char t = word[i];
        word[i] = word[j];
        word[j] = t;
    }
    printf("reversed=%s\n", word);

    /* An empty-bodied loop, and break out of an infinite loop. */
    int k;
    for (k = 0; k < 1000 && k * k < 500; k++)
        ;
    printf("first k with k*k>=500: %d\n", k);
    int x = 1;
    for (;;) {
        x *= 3;
        if (x > 1000)
            break;
    }
    printf("first power of 3 over 1000: %d\n", x);

    int comma = (x = 5, x + 1);
    printf("comma=%d\n", comma);

    /* Nested loops with continue on the inner one only. */
    int pairs = 0;
    for (int a = 1; a <= 20; a++)
        for (int b = a; b <= 20; b++) {
            if ((a + b) % 7 != 0)
                continue;
            pairs++;
        }
    printf("pairs summing to a multiple of 7: %d\n", pairs);
    return 0;
}
