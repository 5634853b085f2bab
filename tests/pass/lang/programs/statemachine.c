/* A table-driven state machine recognizing signed decimal numbers with optional fraction and exponent. */
#include <stdio.h>
#include <ctype.h>
enum state { START, SIGN, INT, DOT, FRAC, EXP, ESIGN, EDIG, BAD, NSTATES };
enum cls { C_DIGIT, C_SIGN, C_DOT, C_E, C_OTHER };
static const enum state next[NSTATES][5] = {
    [START] = { INT, SIGN, DOT, BAD, BAD }, [SIGN] = { INT, BAD, DOT, BAD, BAD }, [INT] = { INT, BAD, FRAC, EXP, BAD },
    [DOT] = { FRAC, BAD, BAD, BAD, BAD }, [FRAC] = { FRAC, BAD, BAD, EXP, BAD }, [EXP] = { EDIG, ESIGN, BAD, BAD, BAD },
    [ESIGN] = { EDIG, BAD, BAD, BAD, BAD }, [EDIG] = { EDIG, BAD, BAD, BAD, BAD }, [BAD] = { BAD, BAD, BAD, BAD, BAD },
};
static enum cls classify(char c) { return isdigit((unsigned char)c) ? C_DIGIT : c == '+' || c == '-' ? C_SIGN : c == '.' ? C_DOT : c == 'e' || c == 'E' ? C_E : C_OTHER; }
static int accept(const char *s) {
    enum state st = START;
    for (; *s; s++) st = next[st][classify(*s)];
    return st == INT || st == FRAC || st == EDIG;
}
int main(void) {
    const char *tests[] = { "42", "-3.14", "+.5", "1e10", "2.5E-3", "e5", "1.2.3", "--1", "7.", "" };
    for (int i = 0; i < 10; i++) printf("'%s' %s\n", tests[i], accept(tests[i]) ? "yes" : "no");
    return 0;
}
