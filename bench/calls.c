/*
 * Benchmark: call-heavy recursion.
 *
 * Two workloads dominated by function calls and returns, repeated for n
 * rounds so the cost grows linearly with n: naive recursive Fibonacci
 * (fib(18..24), about 50 000 calls a round), and a recursive-descent parser
 * that evaluates EXPRS_PER_ROUND arithmetic expressions produced by a
 * recursive generator (one small call per grammar rule and per character).
 * argv[1] is n (default 640). Prints one checksum line.
 *
 * All arithmetic is unsigned (wrapping is defined), so large values are
 * fine; division and modulo guard against a zero divisor.
 */
#include <stdio.h>
#include <stdlib.h>

#define EXPRS_PER_ROUND 100

static unsigned long fib(int n) { return n < 2 ? (unsigned long)n : fib(n - 1) + fib(n - 2); }

/* ---- expression generator: a random tree printed with parentheses ---- */

struct gen {
    char *out;
    size_t len, cap;
    unsigned state;
};

static unsigned next_random(struct gen *g) {
    g->state = g->state * 1103515245u + 12345u;
    return (g->state >> 16) & 0x7fff;
}

static void emit(struct gen *g, char c) {
    if (g->len + 1 < g->cap)
        g->out[g->len++] = c;
}

static void emit_number(struct gen *g, unsigned v) {
    if (v >= 10)
        emit_number(g, v / 10);
    emit(g, (char)('0' + v % 10));
}

static void generate(struct gen *g, int depth) {
    if (depth == 0 || next_random(g) % 4 == 0) {
        emit_number(g, next_random(g) % 1000);
        return;
    }
    static const char ops[] = "+-*/%";
    emit(g, '(');
    generate(g, depth - 1);
    emit(g, ops[next_random(g) % 5]);
    generate(g, depth - 1);
    emit(g, ')');
}

/* ---- recursive-descent evaluator ---- */

struct parser {
    const char *p;
};

static unsigned long expr(struct parser *ps);

static int peek(const struct parser *ps) { return *ps->p; }
static int take(struct parser *ps) { return *ps->p++; }
static int is_digit(int c) { return c >= '0' && c <= '9'; }

static unsigned long number(struct parser *ps) {
    unsigned long v = 0;
    while (is_digit(peek(ps)))
        v = v * 10 + (unsigned long)(take(ps) - '0');
    return v;
}

static unsigned long primary(struct parser *ps) {
    if (peek(ps) == '(') {
        take(ps);
        unsigned long v = expr(ps);
        take(ps); /* ')' */
        return v;
    }
    return number(ps);
}

static unsigned long apply(int op, unsigned long a, unsigned long b) {
    switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b ? a / b : a;
    default: return b ? a % b : a;
    }
}

static unsigned long term(struct parser *ps) {
    unsigned long v = primary(ps);
    while (peek(ps) == '*' || peek(ps) == '/' || peek(ps) == '%') {
        int op = take(ps);
        v = apply(op, v, primary(ps));
    }
    return v;
}

static unsigned long expr(struct parser *ps) {
    unsigned long v = term(ps);
    while (peek(ps) == '+' || peek(ps) == '-') {
        int op = take(ps);
        v = apply(op, v, term(ps));
    }
    return v;
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 640;
    if (n < 1 || n > 100000) {
        printf("size must be in 1..100000\n");
        return 1;
    }
    char *buf = malloc(4096);
    if (!buf)
        return 1;
    unsigned long fibs = 0, sum = 0, chars = 0;
    for (int round = 0; round < n; round++) {
        fibs += fib(18 + round % 7);
        for (int i = 0; i < EXPRS_PER_ROUND; i++) {
            unsigned seed = (unsigned)(round * EXPRS_PER_ROUND + i) * 2654435761u;
            struct gen g = { buf, 0, 4096, seed };
            generate(&g, 7);
            buf[g.len] = '\0';
            struct parser ps = { buf };
            sum = sum * 31 + expr(&ps);
            chars += g.len;
        }
    }
    free(buf);
    printf("calls n=%d fibs=%lu expressions=%d chars=%lu checksum=%lu\n", n, fibs, n * EXPRS_PER_ROUND, chars, sum);
    return 0;
}
