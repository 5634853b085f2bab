/* The <ctype.h> classification functions over all of ASCII, printed as
   counts per class, plus toupper/tolower and the unsigned char rule for
   characters above 127. */
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int counts[10] = { 0 };
    for (int c = 0; c < 128; c++) {
        counts[0] += !!isalpha(c);
        counts[1] += !!isdigit(c);
        counts[2] += !!isalnum(c);
        counts[3] += !!isspace(c);
        counts[4] += !!isupper(c);
        counts[5] += !!islower(c);
        counts[6] += !!ispunct(c);
        counts[7] += !!isxdigit(c);
        counts[8] += !!isprint(c);
        counts[9] += !!iscntrl(c);
    }
    const char *names[10] = { "alpha", "digit", "alnum", "space", "upper", "lower", "punct", "xdigit", "print", "cntrl" };
    for (int i = 0; i < 10; i++)
        printf("%s=%d\n", names[i], counts[i]);

    char text[] = "Mixed Case 123!";
    for (char *p = text; *p; p++)
        *p = (char)toupper((unsigned char)*p);
    printf("%s\n", text);
    for (char *p = text; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    printf("%s\n", text);
    printf("toupper('1')=%c tolower('Q')=%c\n", toupper('1'), tolower('Q'));

    char high = (char)0xe9; /* negative as a plain char: convert through unsigned char */
    printf("isalpha(0xe9)=%d in the C locale\n", !!isalpha((unsigned char)high));
    printf("EOF is not a digit: %d\n", !!isdigit(EOF));
    return 0;
}
