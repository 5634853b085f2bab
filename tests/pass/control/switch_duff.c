/* switch statements: fall-through, default in the middle, nested switch,
   case ranges built from constants, and Duff's device (a switch that jumps
   into the middle of a do-while loop, C17 6.8.4.2). */
#include <stdio.h>

static int days_in_month(int month, int leap) {
    switch (month) {
    case 2:
        return leap ? 29 : 28;
    case 4: case 6: case 9: case 11:
        return 30;
    default:
        return 31;
    }
}

static const char *classify(int c) {
    switch (c) {
    default:
        return "other";
    case ' ':
    case '\t':
        return "space";
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return "digit";
    }
}

static void duff_copy(short *to, const short *from, int count) {
    int n = (count + 7) / 8;
    switch (count % 8) {
    case 0: do { *to++ = *from++;
    case 7:      *to++ = *from++;
    case 6:      *to++ = *from++;
    case 5:      *to++ = *from++;
    case 4:      *to++ = *from++;
    case 3:      *to++ = *from++;
    case 2:      *to++ = *from++;
    case 1:      *to++ = *from++;
            } while (--n > 0);
    }
}

int main(void) {
    int total = 0;
    for (int m = 1; m <= 12; m++)
        total += days_in_month(m, 0);
    printf("days=%d leap feb=%d\n", total, days_in_month(2, 1));

    const char *s = "a1 \t9";
    for (const char *p = s; *p; p++)
        printf("'%c':%s ", *p == '\t' ? 't' : *p, classify(*p));
    printf("\n");

    int trace = 0;
    for (int i = 0; i < 4; i++) {
        switch (i) {
        case 0:
            trace = trace * 10 + 1; /* fall through */
        case 1:
            trace = trace * 10 + 2;
            break;
        case 2:
            switch (trace % 3) {
            case 0: trace += 100; break;
            default: trace += 200; break;
            }
            continue; /* continues the for loop */
        default:
            trace = -trace;
        }
        trace += 1;
    }
    printf("trace=%d\n", trace);

    short src[19], dst[19] = { 0 };
    for (int i = 0; i < 19; i++)
        src[i] = (short)(i * 3);
    for (int count = 1; count <= 19; count += 6) {
        duff_copy(dst, src, count);
        printf("count=%d last copied=%d next=%d\n", count, dst[count - 1], count < 19 ? dst[count] : -1);
    }
    return 0;
}
