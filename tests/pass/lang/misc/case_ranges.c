/* GNU case ranges and range designators in array initializers. */
#include <stdio.h>
static const char *grade(int score) {
    switch (score) {
    case 90 ... 100: return "A";
    case 80 ... 89: return "B";
    case 70 ... 79: return "C";
    case 0 ... 69: return "F";
    default: return "?";
    }
}
int main(void) {
    int scores[] = { 95, 85, 72, 10, 101, -1 };
    for (int i = 0; i < 6; i++) printf("%s ", grade(scores[i]));
    printf("\n");
    int table[10] = { [0 ... 4] = 1, [5 ... 9] = 2, [3] = 7 };
    for (int i = 0; i < 10; i++) printf("%d", table[i]);
    printf("\n");
    return 0;
}
