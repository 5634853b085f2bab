/* Pointer arithmetic, subtraction, comparison, decay and the address of locals. */
int sum(const int *p, const int *end) {
  int s = 0;
  while (p < end) s += *p++;
  return s;
}
int main(void) {
  int a[4] = { 1, 2, 3, 4 };
  int *q = &a[1];
  long n = (a + 4) - q;
  int x = 5;
  int *px = &x;
  *px += (int)n;
  return sum(a, a + 4) + x - 18;
}
