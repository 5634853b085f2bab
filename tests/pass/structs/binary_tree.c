/* A binary search tree: recursive insert, in-order traversal through a
   callback, height, minimum, and post-order freeing. */
#include <stdio.h>
#include <stdlib.h>

struct tree {
    int key;
    struct tree *left, *right;
};

static struct tree *insert(struct tree *t, int key) {
    if (!t) {
        t = malloc(sizeof *t);
        if (!t)
            exit(1);
        t->key = key;
        t->left = t->right = NULL;
    } else if (key < t->key) {
        t->left = insert(t->left, key);
    } else if (key > t->key) {
        t->right = insert(t->right, key);
    }
    return t;
}

static void in_order(const struct tree *t, void (*visit)(int)) {
    if (!t)
        return;
    in_order(t->left, visit);
    visit(t->key);
    in_order(t->right, visit);
}

static int height(const struct tree *t) {
    if (!t)
        return 0;
    int l = height(t->left), r = height(t->right);
    return 1 + (l > r ? l : r);
}

static int contains(const struct tree *t, int key) {
    while (t && t->key != key)
        t = key < t->key ? t->left : t->right;
    return t != NULL;
}

static void destroy(struct tree *t) {
    if (!t)
        return;
    destroy(t->left);
    destroy(t->right);
    free(t);
}

static int visited_sum;
static void print_key(int k) {
    printf("%d ", k);
    visited_sum += k;
}

int main(void) {
    struct tree *root = NULL;
    unsigned x = 12345;
    for (int i = 0; i < 30; i++) {
        x = x * 1103515245u + 12345u;
        root = insert(root, (int)((x >> 16) % 100));
    }
    in_order(root, print_key);
    printf("\nsum=%d height=%d\n", visited_sum, height(root));
    printf("contains 44=%d contains 7=%d\n", contains(root, 44), contains(root, 7));
    const struct tree *m = root;
    while (m->left)
        m = m->left;
    printf("min=%d\n", m->key);
    destroy(root);
    return 0;
}
