//@ args: one two three
/* main with argc, argv and envp; argv ends with a null pointer. */
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv, char **envp) {
    printf("%d\n", argc);
    for (int i = 1; i < argc; i++) printf("%s %zu\n", argv[i], strlen(argv[i]));
    printf("%d\n", argv[argc] == NULL);
    printf("%d\n", envp != NULL);
    return argc - 4;
}
