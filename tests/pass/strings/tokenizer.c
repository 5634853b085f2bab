/* String tokenizing: splitting a line into words in place (writing NULs
   into a copy), then a recursive-descent evaluator for arithmetic
   expressions with precedence, parentheses and unary minus. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int split(char *line, char **words, int max) {
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        while (*p && isspace((unsigned char)*p))
            *p++ = '\0';
        if (!*p)
            break;
        words[n++] = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
    }
    return n;
}

struct parser {
    const char *p;
    int error;
};

static long expr(struct parser *ps);

static void skip_spaces(struct parser *ps) {
    while (isspace((unsigned char)*ps->p))
        ps->p++;
}

static long primary(struct parser *ps) {
    skip_spaces(ps);
    if (*ps->p == '(') {
        ps->p++;
        long v = expr(ps);
        skip_spaces(ps);
        if (*ps->p == ')')
            ps->p++;
        else
            ps->error = 1;
        return v;
    }
    if (*ps->p == '-') {
        ps->p++;
        return -primary(ps);
    }
    if (!isdigit((unsigned char)*ps->p)) {
        ps->error = 1;
        return 0;
    }
    long v = 0;
    while (isdigit((unsigned char)*ps->p))
        v = v * 10 + (*ps->p++ - '0');
    return v;
}

static long term(struct parser *ps) {
    long v = primary(ps);
    for (;;) {
        skip_spaces(ps);
        char op = *ps->p;
        if (op != '*' && op != '/' && op != '%')
            return v;
        ps->p++;
        long r = primary(ps);
        if (op != '*' && r == 0) {
            ps->error = 1;
            return 0;
        }
        v = op == '*' ? v * r : op == '/' ? v / r : v % r;
    }
}

static long expr(struct parser *ps) {
    long v = term(ps);
    for (;;) {
        skip_spaces(ps);
        char op = *ps->p;
        if (op != '+' && op != '-')
            return v;
        ps->p++;
        long r = term(ps);
        v = op == '+' ? v + r : v - r;
    }
}

static void evaluate(const char *text) {
    struct parser ps = { text, 0 };
    long v = expr(&ps);
    skip_spaces(&ps);
    if (ps.error || *ps.p)
        printf("%-22s => error\n", text);
    else
        printf("%-22s => %ld\n", text, v);
}

int main(void) {
    char line[] = "  the quick\tbrown   fox\n jumps ";
    char *words[8];
    int n = split(line, words, 8);
    printf("%d words:", n);
    for (int i = 0; i < n; i++)
        printf(" [%s]", words[i]);
    printf("\n");

    evaluate("1 + 2 * 3");
    evaluate("(1 + 2) * 3");
    evaluate("100 / 7 % 4");
    evaluate("-(4 - 10) * -2");
    evaluate("2 * (3 + (4 - 1)) / 3");
    evaluate("1 / 0");
    evaluate("(1 + 2");
    evaluate("12 34");
    return 0;
}
