/*
 * ciri <complex.h> (C17 7.3). ciri does not support complex types yet: the
 * header can be included, and using `complex`, `I` or the functions is a
 * clear "_Complex is not supported yet" error.
 */
#ifndef _CIRI_COMPLEX_H
#define _CIRI_COMPLEX_H

#define complex _Complex
#define _Complex_I (__extension__ 1.0iF)
#define I _Complex_I

#endif
