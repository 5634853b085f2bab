/* A bit-field wider than its type (C17 6.7.2.1p4). */
struct s {
    unsigned char small : 9; //~ ERROR: width of 'small' exceeds its type
};

int main(void) {
    struct s v = { 1 };
    return v.small;
}
