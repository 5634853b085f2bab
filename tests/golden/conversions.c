/* Integer promotions, usual arithmetic conversions and casts, each visible. */
unsigned char uc = 200;
short s = -3;
int main(void) {
  long l = uc + s;
  unsigned u = 1u;
  int cmp = -1 < u;
  double d = l / 2 + 0.5f;
  char c = (char)d;
  return cmp + c - (int)l;
}
