/* Pointers to pointers: out-parameters, arrays of strings, and unlinking
   from a list through a pointer to the link. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static void swap_ptr(const char **a, const char **b) {
    const char *t = *a;
    *a = *b;
    *b = t;
}

static void push(struct node **head, int value) {
    struct node *n = malloc(sizeof *n);
    if (!n)
        exit(1);
    n->value = value;
    n->next = *head;
    *head = n;
}

/* Removes every node with the given value, without a special case for the head. */
static void remove_all(struct node **link, int value) {
    while (*link) {
        struct node *n = *link;
        if (n->value == value) {
            *link = n->next;
            free(n);
        } else {
            link = &n->next;
        }
    }
}

int main(void) {
    const char *words[] = { "delta", "alpha", "charlie", "bravo" };
    /* selection sort on the pointers, not the strings */
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            const char *a = words[i], *b = words[j];
            int k = 0;
            while (a[k] && a[k] == b[k])
                k++;
            if ((unsigned char)a[k] > (unsigned char)b[k])
                swap_ptr(&words[i], &words[j]);
        }
    for (const char **w = words; w < words + 4; w++)
        printf("%s ", *w);
    printf("\n");

    struct node *head = NULL;
    int values[] = { 1, 2, 3, 2, 2, 4, 2 };
    for (int i = 0; i < 7; i++)
        push(&head, values[i]);
    remove_all(&head, 2);
    for (struct node *n = head; n; n = n->next)
        printf("%d ", n->value);
    printf("\n");
    remove_all(&head, 1);
    remove_all(&head, 3);
    remove_all(&head, 4);
    printf("empty: %d\n", head == NULL);

    int x = 5;
    int *px = &x;
    int **ppx = &px;
    **ppx = 6;
    printf("x=%d\n", x);
    return 0;
}
