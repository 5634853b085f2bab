/* A chained hash table with string keys (owned copies made by strdup):
   counts word frequencies, looks words up, removes one, and frees it all. */
#define _POSIX_C_SOURCE 200809L /* strdup is POSIX; glibc hides it under -std=c11 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NBUCKETS 16

struct entry {
    char *key;
    int count;
    struct entry *next;
};

struct table {
    struct entry *buckets[NBUCKETS];
    int size;
};

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s)
        h = h * 33u + (unsigned char)*s++;
    return h % NBUCKETS;
}

static struct entry *lookup(struct table *t, const char *key) {
    for (struct entry *e = t->buckets[hash(key)]; e; e = e->next)
        if (strcmp(e->key, key) == 0)
            return e;
    return NULL;
}

static void add_word(struct table *t, const char *key) {
    struct entry *e = lookup(t, key);
    if (e) {
        e->count++;
        return;
    }
    e = malloc(sizeof *e);
    if (!e)
        exit(1);
    e->key = strdup(key);
    e->count = 1;
    unsigned b = hash(key);
    e->next = t->buckets[b];
    t->buckets[b] = e;
    t->size++;
}

static int remove_word(struct table *t, const char *key) {
    struct entry **link = &t->buckets[hash(key)];
    for (; *link; link = &(*link)->next) {
        if (strcmp((*link)->key, key) == 0) {
            struct entry *dead = *link;
            *link = dead->next;
            free(dead->key);
            free(dead);
            t->size--;
            return 1;
        }
    }
    return 0;
}

static void clear(struct table *t) {
    for (int b = 0; b < NBUCKETS; b++) {
        struct entry *e = t->buckets[b];
        while (e) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
        t->buckets[b] = NULL;
    }
    t->size = 0;
}

int main(void) {
    const char *text = "the cat and the dog and the bird saw the cat near the tree";
    struct table t = { { NULL }, 0 };
    char word[32];
    const char *p = text;
    while (*p) {
        size_t n = 0;
        while (*p && *p != ' ' && n < sizeof word - 1)
            word[n++] = *p++;
        word[n] = '\0';
        if (n > 0)
            add_word(&t, word);
        while (*p == ' ')
            p++;
    }
    printf("distinct=%d\n", t.size);
    const char *queries[] = { "the", "cat", "and", "tree", "fish" };
    for (int i = 0; i < 5; i++) {
        struct entry *e = lookup(&t, queries[i]);
        printf("%s: %d\n", queries[i], e ? e->count : 0);
    }
    int removed_dog = remove_word(&t, "dog");
    int removed_fish = remove_word(&t, "fish");
    printf("remove dog=%d remove fish=%d distinct=%d\n", removed_dog, removed_fish, t.size);
    int longest = 0;
    for (int b = 0; b < NBUCKETS; b++) {
        int len = 0;
        for (struct entry *e = t.buckets[b]; e; e = e->next)
            len++;
        if (len > longest)
            longest = len;
    }
    printf("longest chain=%d\n", longest);
    clear(&t);
    printf("after clear=%d\n", t.size);
    return 0;
}
