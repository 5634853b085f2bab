/* Conway's game of life on a torus, with a glider and a blinker. */
#include <stdio.h>
#include <string.h>
#define W 12
#define H 8
static void step(unsigned char g[H][W]) {
    unsigned char n[H][W];
    for (int y = 0; y < H; y++)
        for (int x = 0; x < W; x++) {
            int c = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    if (dx || dy) c += g[(y + dy + H) % H][(x + dx + W) % W];
            n[y][x] = c == 3 || (c == 2 && g[y][x]);
        }
    memcpy(g, n, sizeof n);
}
static void show(unsigned char g[H][W]) {
    for (int y = 0; y < H; y++) { for (int x = 0; x < W; x++) putchar(g[y][x] ? '#' : '.'); putchar('\n'); }
    putchar('\n');
}
int main(void) {
    unsigned char g[H][W] = { 0 };
    g[0][1] = g[1][2] = g[2][0] = g[2][1] = g[2][2] = 1;
    g[5][8] = g[5][9] = g[5][10] = 1;
    for (int i = 0; i < 4; i++) step(g);
    show(g);
    int alive = 0;
    for (int i = 0; i < 20; i++) step(g);
    for (int y = 0; y < H; y++) for (int x = 0; x < W; x++) alive += g[y][x];
    printf("%d\n", alive);
    return 0;
}
