/* A tokenizer and recursive-descent calculator with variables. */
#include <stdio.h>
#include <ctype.h>
#include <string.h>
#include <stdlib.h>
enum tok { NUM, IDENT, OP, LP, RP, END };
struct lexer { const char *s; enum tok kind; double num; char name[16]; char op; };
static double vars[26];
static void next(struct lexer *l) {
    while (isspace((unsigned char)*l->s)) l->s++;
    char c = *l->s;
    if (!c) { l->kind = END; return; }
    if (isdigit((unsigned char)c) || c == '.') { char *end; l->num = strtod(l->s, &end); l->s = end; l->kind = NUM; return; }
    if (isalpha((unsigned char)c)) {
        int n = 0;
        while (isalnum((unsigned char)*l->s) && n < 15) l->name[n++] = *l->s++;
        l->name[n] = '\0';
        l->kind = IDENT;
        return;
    }
    l->s++;
    if (c == '(') l->kind = LP; else if (c == ')') l->kind = RP; else { l->kind = OP; l->op = c; }
}
static double expr(struct lexer *l);
static double primary(struct lexer *l) {
    if (l->kind == NUM) { double v = l->num; next(l); return v; }
    if (l->kind == IDENT) { double v = vars[(l->name[0] | 0x20) - 'a']; next(l); return v; }
    if (l->kind == LP) { next(l); double v = expr(l); next(l); return v; }
    if (l->kind == OP && l->op == '-') { next(l); return -primary(l); }
    return 0;
}
static double power(struct lexer *l) {
    double b = primary(l);
    if (l->kind == OP && l->op == '^') { next(l); double e = power(l); double r = 1; for (int i = 0; i < (int)e; i++) r *= b; return r; }
    return b;
}
static double term(struct lexer *l) {
    double v = power(l);
    while (l->kind == OP && (l->op == '*' || l->op == '/' || l->op == '%')) {
        char op = l->op; next(l); double r = power(l);
        v = op == '*' ? v * r : op == '/' ? v / r : (double)((long)v % (long)r);
    }
    return v;
}
static double expr(struct lexer *l) {
    double v = term(l);
    while (l->kind == OP && (l->op == '+' || l->op == '-')) { char op = l->op; next(l); double r = term(l); v = op == '+' ? v + r : v - r; }
    return v;
}
static double eval(const char *line) {
    struct lexer l = { line, END, 0, "", 0 };
    const char *eq = strchr(line, '=');
    if (eq) { l.s = eq + 1; next(&l); double v = expr(&l); vars[(line[0] | 0x20) - 'a'] = v; return v; }
    next(&l);
    return expr(&l);
}
int main(void) {
    const char *lines[] = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x = 10", "y = x / 4", "x * y - -3", "17 % 5 + .5", "-(2 + 3) * 2" };
    for (unsigned i = 0; i < sizeof lines / sizeof *lines; i++) printf("%-14s = %g\n", lines[i], eval(lines[i]));
    return 0;
}
