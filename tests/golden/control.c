/* Loops, break/continue, goto and the short-circuit operators split into blocks. */
int count(int n) {
  int hits = 0;
  for (int i = 0; i < n; i++) {
    if (i % 3 == 0 && i != 6) continue;
    if (i > 10 || hits > 4) break;
    hits++;
  }
  while (hits > 100) hits--;
  do { hits += 2; } while (hits < 3);
  if (hits == 7) goto done;
  hits = hits ? hits : -1;
done:
  return hits;
}
int main(void) { return count(20) - 7; }
