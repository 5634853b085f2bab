/* A goto may not jump into the scope of a variable length array (C17 6.8.6.1p1). */
int main(int argc, char **argv) {
    (void)argv;
    goto inside; //~ ERROR: jump into scope of identifier with variably modified type
    {
        int values[argc];
inside:
        values[0] = 1;
        return values[0];
    }
}
