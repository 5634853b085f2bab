/* Writing to a pipe after closing its read end: Linux kills the program with SIGPIPE (default disposition). */
#include <stdio.h>
#include <unistd.h>

int main(void) {
    int p[2];
    if (pipe(p) != 0) return 1;
    close(p[0]);
    fprintf(stderr, "writing to a pipe nobody reads\n");
    write(p[1], "lost", 4); //~ ERROR: SIGPIPE
    fprintf(stderr, "not reached\n");
    return 0;
}
