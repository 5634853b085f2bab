/* A queue of structs with head and tail pointers, and a struct containing a pointer to itself. */
#include <stdio.h>
#include <stdlib.h>
struct job { int id; struct job *next; };
struct queue { struct job *head, *tail; int n; };
static void enqueue(struct queue *q, int id) {
    struct job *j = malloc(sizeof *j);
    j->id = id;
    j->next = NULL;
    if (q->tail) q->tail->next = j; else q->head = j;
    q->tail = j;
    q->n++;
}
static int dequeue(struct queue *q) {
    struct job *j = q->head;
    int id = j->id;
    q->head = j->next;
    if (!q->head) q->tail = NULL;
    free(j);
    q->n--;
    return id;
}
struct self { int v; struct self *me; };
int main(void) {
    struct queue q = { 0 };
    for (int i = 1; i <= 4; i++) enqueue(&q, i * 11);
    int a = dequeue(&q), b = dequeue(&q);
    enqueue(&q, 99);
    printf("%d %d %d\n", a, b, q.n);
    while (q.n) printf("%d ", dequeue(&q));
    printf("\n");
    struct self s = { 5, &s };
    printf("%d\n", s.me->me->me->v);
    return 0;
}
