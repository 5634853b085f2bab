/*
 * ciri <assert.h> (C17 7.2). Deliberately without an include guard: each
 * inclusion redefines assert for the current state of NDEBUG (7.2p1).
 * A failed assertion calls glibc's __assert_fail, as glibc's assert does.
 */
#undef assert

#ifdef NDEBUG
#define assert(expr) ((void)0)
#else
_Noreturn void __assert_fail(const char *assertion, const char *file, unsigned int line, const char *function);
#define assert(expr) ((expr) ? (void)0 : __assert_fail(#expr, __FILE__, __LINE__, __func__))
#endif

#ifndef static_assert
#define static_assert _Static_assert
#endif
