/* A growable stack of heap strings used to check bracket balance and to
   reverse lines; every string and the stack itself are freed. */
#define _POSIX_C_SOURCE 200809L /* strdup is POSIX; glibc hides it under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct stack {
    char **items;
    int len, cap;
};

static void push(struct stack *s, const char *text) {
    if (s->len == s->cap) {
        int cap = s->cap ? s->cap * 2 : 2;
        char **items = realloc(s->items, (size_t)cap * sizeof *items);
        if (!items)
            exit(1);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = strdup(text);
}

/* Returns an owned string the caller frees, or NULL when empty. */
static char *pop(struct stack *s) { return s->len ? s->items[--s->len] : NULL; }

static void destroy(struct stack *s) {
    char *p;
    while ((p = pop(s)) != NULL)
        free(p);
    free(s->items);
    s->items = NULL;
    s->cap = 0;
}

static int balanced(const char *text) {
    struct stack s = { NULL, 0, 0 };
    int ok = 1;
    for (const char *p = text; *p && ok; p++) {
        char c = *p;
        if (c == '(' || c == '[' || c == '{') {
            char open[2] = { c, '\0' };
            push(&s, open);
        } else if (c == ')' || c == ']' || c == '}') {
            char *top = pop(&s);
            char want = c == ')' ? '(' : c == ']' ? '[' : '{';
            ok = top != NULL && top[0] == want;
            free(top);
        }
    }
    ok = ok && s.len == 0;
    destroy(&s);
    return ok;
}

int main(void) {
    const char *cases[] = { "f(a[1], {b})", "((]", "{[()()]}", "(", "" };
    for (int i = 0; i < 5; i++)
        printf("%-14s balanced=%d\n", cases[i], balanced(cases[i]));

    struct stack lines = { NULL, 0, 0 };
    const char *poem[] = { "first line", "second line", "third line", "fourth line", "fifth line" };
    for (int i = 0; i < 5; i++)
        push(&lines, poem[i]);
    printf("cap=%d\n", lines.cap);
    char *line;
    while ((line = pop(&lines)) != NULL) {
        printf("%s\n", line);
        free(line);
    }
    destroy(&lines);
    return 0;
}
