/* A switch with fall-through, a default in the middle and a case in a nested block. */
int classify(int c) {
  int r = 0;
  switch (c) {
  case 1:
    r += 1;
  case 2:
    r += 2;
    break;
  default:
    r = -1;
    break;
  case 3: {
    r = 3;
  case 4:
    r += 4;
  }
  }
  return r;
}
int main(void) { return classify(1) + classify(4) - 7; }
