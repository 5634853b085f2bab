/* ciri <setjmp.h> (C17 7.13): declarations only, with glibc's 200-byte jmp_buf. */
#ifndef _CIRI_SETJMP_H
#define _CIRI_SETJMP_H

#define __NEED_sigset_t
#include <bits/alltypes.h>

typedef long __jmp_buf[8];
struct __jmp_buf_tag {
  __jmp_buf __jmpbuf;
  int __mask_was_saved;
  __sigset_t __saved_mask;
};
typedef struct __jmp_buf_tag jmp_buf[1];
typedef struct __jmp_buf_tag sigjmp_buf[1];

int setjmp(jmp_buf env);
int _setjmp(jmp_buf env);
int sigsetjmp(sigjmp_buf env, int savesigs);
_Noreturn void longjmp(jmp_buf env, int val);
_Noreturn void _longjmp(jmp_buf env, int val);
_Noreturn void siglongjmp(sigjmp_buf env, int val);

#endif
