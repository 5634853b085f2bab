/* An open-addressing hash map from strings to ints that grows, with deletion by tombstones. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
struct entry { char *key; int value; int state; }; /* state: 0 empty, 1 full, 2 deleted */
struct map { struct entry *slots; size_t cap, len; };
static uint64_t hash(const char *s) { uint64_t h = 14695981039346656037ULL; while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ULL; } return h; }
static struct entry *find(struct map *m, const char *key, int for_insert) {
    size_t i = hash(key) & (m->cap - 1);
    struct entry *tomb = NULL;
    for (;;) {
        struct entry *e = &m->slots[i];
        if (e->state == 0) return for_insert && tomb ? tomb : e;
        if (e->state == 2) { if (!tomb) tomb = e; }
        else if (strcmp(e->key, key) == 0) return e;
        i = (i + 1) & (m->cap - 1);
    }
}
static void put(struct map *m, const char *key, int value);
static void grow(struct map *m) {
    struct entry *old = m->slots;
    size_t oldcap = m->cap;
    m->cap = oldcap ? oldcap * 2 : 8;
    m->slots = calloc(m->cap, sizeof *m->slots);
    m->len = 0;
    for (size_t i = 0; i < oldcap; i++) if (old[i].state == 1) { put(m, old[i].key, old[i].value); free(old[i].key); }
    free(old);
}
static void put(struct map *m, const char *key, int value) {
    if ((m->len + 1) * 4 > m->cap * 3) grow(m);
    struct entry *e = find(m, key, 1);
    if (e->state == 1) { e->value = value; return; }
    e->key = strdup(key);
    e->value = value;
    e->state = 1;
    m->len++;
}
static int get(struct map *m, const char *key, int *out) { struct entry *e = find(m, key, 0); if (e->state != 1) return 0; *out = e->value; return 1; }
static void del(struct map *m, const char *key) { struct entry *e = find(m, key, 0); if (e->state == 1) { free(e->key); e->key = NULL; e->state = 2; m->len--; } }
int main(void) {
    struct map m = { 0 };
    grow(&m);
    char key[16];
    for (int i = 0; i < 100; i++) { snprintf(key, sizeof key, "k%d", i); put(&m, key, i * i); }
    for (int i = 0; i < 100; i += 3) { snprintf(key, sizeof key, "k%d", i); del(&m, key); }
    int v, found = 0;
    long sum = 0;
    for (int i = 0; i < 100; i++) { snprintf(key, sizeof key, "k%d", i); if (get(&m, key, &v)) { found++; sum += v; } }
    put(&m, "k1", -1);
    get(&m, "k1", &v);
    printf("%zu %zu %d %ld %d\n", m.len, m.cap, found, sum, v);
    for (size_t i = 0; i < m.cap; i++) free(m.slots[i].key);
    free(m.slots);
    return 0;
}
