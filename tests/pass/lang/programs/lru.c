/* An LRU cache: a doubly linked list plus a direct-mapped index, evicting the least recently used entry. */
#include <stdio.h>
#include <stdlib.h>
struct node { int key, value; struct node *prev, *next; };
struct lru { struct node head; int size, cap; struct node *index[100]; };
static void unlink_node(struct node *n) { n->prev->next = n->next; n->next->prev = n->prev; }
static void push_front(struct lru *c, struct node *n) { n->next = c->head.next; n->prev = &c->head; c->head.next->prev = n; c->head.next = n; }
static int get(struct lru *c, int key) {
    struct node *n = c->index[key];
    if (!n) return -1;
    unlink_node(n);
    push_front(c, n);
    return n->value;
}
static void put(struct lru *c, int key, int value) {
    struct node *n = c->index[key];
    if (n) { n->value = value; unlink_node(n); push_front(c, n); return; }
    if (c->size == c->cap) {
        struct node *old = c->head.prev;
        unlink_node(old);
        c->index[old->key] = NULL;
        free(old);
        c->size--;
    }
    n = malloc(sizeof *n);
    n->key = key;
    n->value = value;
    push_front(c, n);
    c->index[key] = n;
    c->size++;
}
int main(void) {
    struct lru c = { { 0, 0, NULL, NULL }, 0, 3, { NULL } };
    c.head.next = c.head.prev = &c.head;
    put(&c, 1, 10); put(&c, 2, 20); put(&c, 3, 30);
    int g1 = get(&c, 1);
    put(&c, 4, 40);
    int g2 = get(&c, 2), g3 = get(&c, 3), g4 = get(&c, 4);
    printf("%d %d %d %d\n", g1, g2, g3, g4);
    put(&c, 1, 11);
    for (struct node *n = c.head.next; n != &c.head; n = n->next) printf("%d=%d ", n->key, n->value);
    printf("\n");
    while (c.head.next != &c.head) { struct node *n = c.head.next; unlink_node(n); free(n); }
    return 0;
}
