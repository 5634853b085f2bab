/* Dijkstra's shortest paths with a binary heap over an adjacency list. */
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
struct edge { int to, w; struct edge *next; };
struct item { int dist, node; };
struct heap { struct item *v; int n, cap; };
static void push(struct heap *h, struct item it) {
    if (h->n == h->cap) { h->cap = h->cap ? h->cap * 2 : 4; h->v = realloc(h->v, h->cap * sizeof *h->v); }
    int i = h->n++;
    while (i > 0 && h->v[(i - 1) / 2].dist > it.dist) { h->v[i] = h->v[(i - 1) / 2]; i = (i - 1) / 2; }
    h->v[i] = it;
}
static struct item pop(struct heap *h) {
    struct item top = h->v[0], last = h->v[--h->n];
    int i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= h->n) break;
        if (c + 1 < h->n && h->v[c + 1].dist < h->v[c].dist) c++;
        if (h->v[c].dist >= last.dist) break;
        h->v[i] = h->v[c];
        i = c;
    }
    if (h->n > 0) h->v[i] = last;
    return top;
}
int main(void) {
    enum { N = 6 };
    struct edge *adj[N] = { 0 };
    int edges[][3] = { { 0, 1, 7 }, { 0, 2, 9 }, { 0, 5, 14 }, { 1, 2, 10 }, { 1, 3, 15 }, { 2, 3, 11 }, { 2, 5, 2 }, { 3, 4, 6 }, { 4, 5, 9 } };
    for (unsigned i = 0; i < sizeof edges / sizeof edges[0]; i++)
        for (int dir = 0; dir < 2; dir++) {
            struct edge *e = malloc(sizeof *e);
            int from = edges[i][dir], to = edges[i][1 - dir];
            *e = (struct edge){ to, edges[i][2], adj[from] };
            adj[from] = e;
        }
    int dist[N];
    for (int i = 0; i < N; i++) dist[i] = INT_MAX;
    struct heap h = { 0 };
    dist[0] = 0;
    push(&h, (struct item){ 0, 0 });
    while (h.n) {
        struct item it = pop(&h);
        if (it.dist > dist[it.node]) continue;
        for (struct edge *e = adj[it.node]; e; e = e->next)
            if (it.dist + e->w < dist[e->to]) { dist[e->to] = it.dist + e->w; push(&h, (struct item){ dist[e->to], e->to }); }
    }
    for (int i = 0; i < N; i++) printf("%d ", dist[i]);
    printf("\n");
    for (int i = 0; i < N; i++) while (adj[i]) { struct edge *n = adj[i]->next; free(adj[i]); adj[i] = n; }
    free(h.v);
    return 0;
}
