/* Printing a tree of values as JSON with escaping and indentation. */
#include <stdio.h>
enum type { NUM, STR, ARR, OBJ };
struct value { enum type t; double num; const char *str; const struct value *items; const char **keys; int n; };
static void indent(int d) { for (int i = 0; i < d; i++) printf("  "); }
static void print_str(const char *s) {
    putchar('"');
    for (; *s; s++) {
        if (*s == '"' || *s == '\\') { putchar('\\'); putchar(*s); }
        else if (*s == '\n') printf("\\n");
        else putchar(*s);
    }
    putchar('"');
}
static void print(const struct value *v, int d) {
    switch (v->t) {
    case NUM: printf("%g", v->num); break;
    case STR: print_str(v->str); break;
    case ARR: case OBJ:
        printf(v->t == ARR ? "[\n" : "{\n");
        for (int i = 0; i < v->n; i++) {
            indent(d + 1);
            if (v->t == OBJ) { print_str(v->keys[i]); printf(": "); }
            print(&v->items[i], d + 1);
            printf(i + 1 < v->n ? ",\n" : "\n");
        }
        indent(d);
        putchar(v->t == ARR ? ']' : '}');
    }
}
int main(void) {
    static const struct value nums[] = { { NUM, 1, 0, 0, 0, 0 }, { NUM, 2.5, 0, 0, 0, 0 } };
    static const char *keys[] = { "name", "quote", "list" };
    static const struct value fields[] = {
        { STR, 0, "ciri", 0, 0, 0 }, { STR, 0, "say \"hi\"\n", 0, 0, 0 }, { ARR, 0, 0, nums, 0, 2 },
    };
    struct value root = { OBJ, 0, 0, fields, keys, 3 };
    print(&root, 0);
    putchar('\n');
    return 0;
}
