/* The result pointer of __builtin_add_overflow is written like any store:
   pointing it one past an array is an out-of-bounds write. */
int main(void) {
    int sums[2];
    int *out = sums + 2;
    return __builtin_add_overflow(1, 2, out); //~ ERROR: out-of-bounds
}
