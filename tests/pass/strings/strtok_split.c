/* strtok splits in place and keeps its position between calls;
   strtok_r keeps it in the caller's pointer, so two scans can interleave. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[] = "  alpha,beta;;gamma , delta  ";
    for (char *t = strtok(line, " ,;"); t != NULL; t = strtok(NULL, " ,;"))
        printf("[%s]\n", t);

    char a[] = "1 2 3", b[] = "x-y";
    char *sa, *sb;
    char *ta = strtok_r(a, " ", &sa);
    char *tb = strtok_r(b, "-", &sb);
    while (ta != NULL || tb != NULL) {
        printf("%s/%s\n", ta ? ta : "-", tb ? tb : "-");
        if (ta) ta = strtok_r(NULL, " ", &sa);
        if (tb) tb = strtok_r(NULL, "-", &sb);
    }
    char empty[] = ";;;";
    printf("%s\n", strtok(empty, ";") == NULL ? "no tokens" : "tokens");
    return 0;
}
