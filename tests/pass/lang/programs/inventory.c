/* An inventory with records sorted by two keys, totals by category, and a report with aligned columns. */
#include <stdio.h>
#include <string.h>
struct item { const char *name; const char *category; int qty; double price; };
static int before(const struct item *a, const struct item *b) {
    int c = strcmp(a->category, b->category);
    return c < 0 || (c == 0 && a->price * a->qty > b->price * b->qty);
}
int main(void) {
    struct item items[] = {
        { "bolt", "hardware", 120, 0.05 }, { "apple", "food", 30, 0.4 }, { "saw", "tools", 2, 19.99 },
        { "nail", "hardware", 500, 0.01 }, { "bread", "food", 5, 2.5 }, { "drill", "tools", 1, 89.0 },
    };
    int n = sizeof items / sizeof items[0];
    for (int i = 1; i < n; i++) { struct item x = items[i]; int j = i - 1; while (j >= 0 && before(&x, &items[j])) { items[j + 1] = items[j]; j--; } items[j + 1] = x; }
    const char *cat = "";
    double cat_total = 0, total = 0;
    for (int i = 0; i < n; i++) {
        if (strcmp(cat, items[i].category)) { if (*cat) printf("  %-10s %8.2f\n", "subtotal", cat_total); cat = items[i].category; cat_total = 0; printf("%s\n", cat); }
        double v = items[i].qty * items[i].price;
        cat_total += v;
        total += v;
        printf("  %-10s %4d x %6.2f = %8.2f\n", items[i].name, items[i].qty, items[i].price, v);
    }
    printf("  %-10s %8.2f\ntotal %.2f\n", "subtotal", cat_total, total);
    return 0;
}
