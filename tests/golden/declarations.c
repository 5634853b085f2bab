/* Storage classes and linkage, typedefs, enums, a static local and a complicated declarator. */
typedef unsigned long size;
enum color { RED, GREEN = 5, BLUE };
static int hidden = 2;
extern int visible;
int visible = 3;
static int (*pick(int which))[2] {
  static int rows[2][2] = { { 1, 2 }, { 3, 4 } };
  return &rows[which];
}
int counter(void) {
  static int calls;
  return ++calls;
}
int main(void) {
  size n = sizeof(enum color) + sizeof(int (*)[2]);
  counter();
  return (int)n + (*pick(1))[1] + BLUE + hidden + visible - counter() - 28;
}
