/* Static and automatic initializers: nested braces, designators, strings, zero fill, compound literals. */
struct pair { int k; const char *v; };
static const struct pair table[] = { { 1, "one" }, [2] = { .v = "two", .k = 2 } };
static int grid[2][3] = { { 1 }, [1][2] = 9 };
char greeting[8] = "hi";
int *ptr = &grid[1][0];
int main(void) {
  int local[5] = { [3] = 7, 1 };
  struct pair p = table[2];
  int *lit = (int[]){ 4, 5, 6 };
  return local[4] + p.k + lit[2] + grid[1][2] + greeting[1] - 'i' - 18 + (ptr == &grid[1][0] ? 0 : 1);
}
