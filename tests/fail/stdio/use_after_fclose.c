/* The FILE is freed by fclose; writing through it afterwards is a use-after-free. */
#include <stdio.h>

int main(void) {
    FILE *log = fopen("use_after_fclose.log", "w");
    if (!log) return 1;
    fprintf(log, "starting\n");
    fclose(log);
    fprintf(log, "done\n"); //~ ERROR: use-after-free
    return 0;
}
