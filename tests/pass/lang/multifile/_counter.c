/* Part of linkage.c. */
int counter_value;
static int helper(void) { return 1; }
int counter_next(void) { counter_value += helper(); return counter_value; }
