/* Word frequencies in a text with a small array-based table, sorted by count then word. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
struct wc { char word[16]; int n; };
int main(void) {
    const char *text = "the cat and the hat and the bat sat on the mat with a cat";
    struct wc words[32];
    int nw = 0;
    char w[16];
    int len = 0;
    for (const char *p = text;; p++) {
        if (isalpha((unsigned char)*p)) { if (len < 15) w[len++] = *p; continue; }
        if (len) {
            w[len] = '\0';
            int i;
            for (i = 0; i < nw && strcmp(words[i].word, w); i++) {}
            if (i == nw) { strcpy(words[nw].word, w); words[nw++].n = 0; }
            words[i].n++;
            len = 0;
        }
        if (!*p) break;
    }
    for (int i = 1; i < nw; i++) {
        struct wc x = words[i];
        int j = i - 1;
        while (j >= 0 && (words[j].n < x.n || (words[j].n == x.n && strcmp(words[j].word, x.word) > 0))) { words[j + 1] = words[j]; j--; }
        words[j + 1] = x;
    }
    for (int i = 0; i < 5; i++) printf("%s %d\n", words[i].word, words[i].n);
    return 0;
}
