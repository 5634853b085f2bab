/* A tiny stack-machine interpreter: bytecode with jumps, a data stack, and
   calls with a return stack. It runs a loop computing factorials and a
   recursive Fibonacci written in bytecode. */
#include <stdio.h>

enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, DROP, OVER, JZ, JMP, CALL, RET, PRINT, LT, HALT };

struct vm {
    long stack[64];
    int sp;
    int rstack[64];
    int rsp;
    long steps;
};

static void push(struct vm *vm, long v) { vm->stack[vm->sp++] = v; }
static long pop(struct vm *vm) { return vm->stack[--vm->sp]; }

static void run(struct vm *vm, const int *code) {
    int pc = 0;
    for (;;) {
        vm->steps++;
        enum op op = (enum op)code[pc++];
        long a, b;
        switch (op) {
        case PUSH: push(vm, code[pc++]); break;
        case ADD: b = pop(vm); a = pop(vm); push(vm, a + b); break;
        case SUB: b = pop(vm); a = pop(vm); push(vm, a - b); break;
        case MUL: b = pop(vm); a = pop(vm); push(vm, a * b); break;
        case LT: b = pop(vm); a = pop(vm); push(vm, a < b); break;
        case DUP: a = pop(vm); push(vm, a); push(vm, a); break;
        case SWAP: b = pop(vm); a = pop(vm); push(vm, b); push(vm, a); break;
        case OVER: b = pop(vm); a = pop(vm); push(vm, a); push(vm, b); push(vm, a); break;
        case DROP: (void)pop(vm); break;
        case JZ: a = pop(vm); if (a == 0) pc = code[pc]; else pc++; break;
        case JMP: pc = code[pc]; break;
        case CALL: vm->rstack[vm->rsp++] = pc + 1; pc = code[pc]; break;
        case RET: pc = vm->rstack[--vm->rsp]; break;
        case PRINT: printf("%ld\n", pop(vm)); break;
        case HALT: return;
        }
    }
}

int main(void) {
    /* acc = 1; for (n = 1; n < 11; n++) { acc *= n; print acc; } */
    const int fact[] = {
        PUSH, 1, PUSH, 1,          /* 0: [acc=1 n=1] */
        DUP, PUSH, 11, LT, JZ, 20, /* 4: if !(n < 11) goto 20 */
        CALL, 24,                  /* 10: [acc*n n] */
        OVER, PRINT,               /* 12: print acc */
        PUSH, 1, ADD,              /* 14: n += 1 */
        JMP, 4,                    /* 17 */
        HALT,                      /* 19: never reached */
        DROP, DROP, HALT,          /* 20: leave an empty stack */
        HALT,                      /* 23: never reached */
        SWAP, OVER, MUL, SWAP, RET, /* 24: [acc n] -> [acc*n n] */
    };
    /* fib(n) = n < 2 ? n : fib(n-1) + fib(n-2), n on the stack */
    const int fib[] = {
        PUSH, 20, CALL, 6, PRINT, HALT, /* 0 */
        DUP, PUSH, 2, LT, JZ, 13, RET,  /* 6: if n < 2 return n */
        DUP, PUSH, 1, SUB, CALL, 6,     /* 13: [n fib(n-1)] */
        SWAP, PUSH, 2, SUB, CALL, 6,    /* 19: [fib(n-1) fib(n-2)] */
        ADD, RET,                       /* 25 */
    };
    struct vm vm = { .sp = 0, .rsp = 0, .steps = 0 };
    run(&vm, fact);
    printf("steps=%ld sp=%d\n", vm.steps, vm.sp);
    vm.steps = 0;
    run(&vm, fib);
    printf("steps=%ld sp=%d rsp=%d\n", vm.steps, vm.sp, vm.rsp);
    return 0;
}
