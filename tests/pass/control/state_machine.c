/* A table-free state machine that scans a string of signed decimal and hex
   numbers separated by commas, with error recovery; one state per enum value. */
#include <ctype.h>
#include <stdio.h>

enum state { START, SIGN, ZERO, DEC, HEX_X, HEX, ERROR };

static void scan(const char *input) {
    enum state st = START;
    long value = 0;
    int neg = 0;
    printf("scan \"%s\":", input);
    for (const char *p = input;; p++) {
        char c = *p;
        if (c == ',' || c == '\0') {
            if (st == DEC || st == HEX || st == ZERO)
                printf(" %ld", neg ? -value : value);
            else
                printf(" <error>");
            if (c == '\0')
                break;
            st = START;
            value = 0;
            neg = 0;
            continue;
        }
        switch (st) {
        case START:
            if (c == '-' || c == '+') {
                neg = c == '-';
                st = SIGN;
                break;
            }
            /* fall through */
        case SIGN:
            if (c == '0')
                st = ZERO;
            else if (isdigit((unsigned char)c)) {
                value = c - '0';
                st = DEC;
            } else
                st = ERROR;
            break;
        case ZERO:
            st = (c == 'x' || c == 'X') ? HEX_X : ERROR;
            break;
        case DEC:
            if (isdigit((unsigned char)c))
                value = value * 10 + (c - '0');
            else
                st = ERROR;
            break;
        case HEX_X:
        case HEX:
            if (isxdigit((unsigned char)c)) {
                int d = isdigit((unsigned char)c) ? c - '0' : tolower((unsigned char)c) - 'a' + 10;
                value = value * 16 + d;
                st = HEX;
            } else
                st = ERROR;
            break;
        case ERROR:
            break;
        }
    }
    printf("\n");
}

int main(void) {
    scan("12,-7,0x1F,+0,0");
    scan("1a,0x,,-0XfF,99999");
    scan("");
    return 0;
}
