/* Self-referential structures: a singly linked list built, reversed and freed; a binary search tree. */
#include <stdio.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
struct tree { int key; struct tree *l, *r; };
static struct node *push(struct node *head, int v) { struct node *n = malloc(sizeof *n); n->v = v; n->next = head; return n; }
static struct node *reverse(struct node *h) { struct node *prev = NULL; while (h) { struct node *nx = h->next; h->next = prev; prev = h; h = nx; } return prev; }
static struct tree *insert(struct tree *t, int k) {
    if (!t) { t = calloc(1, sizeof *t); t->key = k; return t; }
    if (k < t->key) t->l = insert(t->l, k); else t->r = insert(t->r, k);
    return t;
}
static void inorder(const struct tree *t) { if (!t) return; inorder(t->l); printf("%d ", t->key); inorder(t->r); }
static void drop(struct tree *t) { if (!t) return; drop(t->l); drop(t->r); free(t); }
int main(void) {
    struct node *h = NULL;
    for (int i = 1; i <= 5; i++) h = push(h, i);
    h = reverse(h);
    for (struct node *n = h; n; n = n->next) printf("%d ", n->v);
    printf("\n");
    while (h) { struct node *n = h->next; free(h); h = n; }
    struct tree *t = NULL;
    int keys[] = { 50, 30, 70, 20, 40, 60, 80 };
    for (int i = 0; i < 7; i++) t = insert(t, keys[i]);
    inorder(t);
    printf("\n");
    drop(t);
    return 0;
}
