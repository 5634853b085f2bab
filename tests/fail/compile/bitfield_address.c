/* The address of a bit-field cannot be taken (C17 6.5.3.2p1). */
struct s { unsigned flag : 1; };

int main(void) {
    struct s v = { 1 };
    unsigned *p = &v.flag; //~ ERROR: cannot take address of bit-field 'flag'
    return (int)*p;
}
