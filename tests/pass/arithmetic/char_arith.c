/* Characters are small integers: arithmetic on them, signed char behaviour,
   Caesar cipher and digit conversion. */
#include <stdio.h>

static void caesar(char *s, int shift) {
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z')
            *s = (char)('a' + (*s - 'a' + shift) % 26);
        else if (*s >= 'A' && *s <= 'Z')
            *s = (char)('A' + (*s - 'A' + shift) % 26);
    }
}

int main(void) {
    char msg[] = "Hello, Undefined World";
    caesar(msg, 3);
    printf("%s\n", msg);
    caesar(msg, 23);
    printf("%s\n", msg);

    const char *num = "40961";
    int value = 0;
    for (const char *p = num; *p; p++)
        value = value * 10 + (*p - '0');
    printf("value=%d\n", value);

    char c = 127;
    int promoted = c + 1; /* promotion to int: no overflow */
    printf("127+1 as int=%d\n", promoted);
    signed char sc = -128;
    printf("-(-128) as int=%d\n", -sc);
    unsigned char uc = 255;
    printf("uc+1=%d\n", uc + 1);

    int counts[26] = { 0 };
    for (const char *p = "the quick brown fox jumps over the lazy dog"; *p; p++)
        if (*p != ' ')
            counts[*p - 'a']++;
    for (int i = 0; i < 26; i++)
        if (counts[i] > 1)
            printf("%c:%d ", 'a' + i, counts[i]);
    printf("\n");
    printf("'\\n'=%d '\\t'=%d '\\0'=%d '\\x41'=%c '\\101'=%c\n", '\n', '\t', '\0', '\x41', '\101');
    return 0;
}
