/*
 * Benchmark: integer and double arithmetic over arrays.
 *
 * Renders an n x n Mandelbrot set into an int array of iteration counts
 * (double arithmetic), then folds the image with integer work: a 257-bucket
 * histogram, a 3x3 box blur into a second array, and an FNV-1a hash of the
 * result. argv[1] is n (default 700). Prints one checksum line.
 *
 * The Mandelbrot loop only adds and multiplies doubles (no library calls,
 * no fused multiply-add at -O0 on x86-64), so the iteration counts and the
 * checksum are exact and identical on every IEEE-754 implementation.
 */
#include <stdio.h>
#include <stdlib.h>

#define MAX_ITER 256

static int escape_time(double cr, double ci) {
    double zr = 0.0, zi = 0.0;
    int k = 0;
    while (k < MAX_ITER && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        k++;
    }
    return k;
}

static void render(int *img, int n) {
    for (int y = 0; y < n; y++) {
        double ci = -1.25 + 2.5 * y / n;
        for (int x = 0; x < n; x++) {
            double cr = -2.0 + 2.5 * x / n;
            img[y * n + x] = escape_time(cr, ci);
        }
    }
}

static void blur(const int *img, int *out, int n) {
    for (int y = 0; y < n; y++)
        for (int x = 0; x < n; x++) {
            int sum = 0, count = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++) {
                    int yy = y + dy, xx = x + dx;
                    if (yy >= 0 && yy < n && xx >= 0 && xx < n) {
                        sum += img[yy * n + xx];
                        count++;
                    }
                }
            out[y * n + x] = sum / count;
        }
}

int main(int argc, char **argv) {
    int n = argc > 1 ? atoi(argv[1]) : 700;
    if (n < 1 || n > 4096) {
        printf("size must be in 1..4096\n");
        return 1;
    }
    int *img = malloc((size_t)n * (size_t)n * sizeof *img);
    int *soft = malloc((size_t)n * (size_t)n * sizeof *soft);
    if (!img || !soft) {
        free(img);
        free(soft);
        return 1;
    }
    render(img, n);
    blur(img, soft, n);

    long histogram[MAX_ITER + 1] = { 0 };
    unsigned hash = 2166136261u;
    for (int i = 0; i < n * n; i++) {
        histogram[img[i]]++;
        hash = (hash ^ (unsigned)soft[i]) * 16777619u;
    }
    long inside = histogram[MAX_ITER];
    long weighted = 0;
    for (int k = 0; k <= MAX_ITER; k++)
        weighted += histogram[k] * k;
    printf("compute n=%d inside=%ld weighted=%ld hash=%08x\n", n, inside, weighted, hash);
    free(img);
    free(soft);
    return 0;
}
