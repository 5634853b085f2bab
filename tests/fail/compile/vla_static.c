/* A static object cannot have a variable length array type. */
int main(int argc, char **argv) {
    (void)argv;
    static int counts[argc]; //~ ERROR: storage size of 'counts' isn't constant
    return counts[0];
}
