/* A small stack-based virtual machine running a factorial and a loop program. */
#include <stdio.h>
#include <stdint.h>
enum op { PUSH, ADD, SUB, MUL, DUP, SWAP, JZ, JMP, PRINT, HALT, OVER, DROP };
struct vm { int64_t stack[64]; int sp; int pc; };
static int run(struct vm *m, const int64_t *code) {
    for (;;) {
        int64_t op = code[m->pc++];
        switch (op) {
        case PUSH: m->stack[m->sp++] = code[m->pc++]; break;
        case ADD: m->sp--; m->stack[m->sp - 1] += m->stack[m->sp]; break;
        case SUB: m->sp--; m->stack[m->sp - 1] -= m->stack[m->sp]; break;
        case MUL: m->sp--; m->stack[m->sp - 1] *= m->stack[m->sp]; break;
        case DUP: m->stack[m->sp] = m->stack[m->sp - 1]; m->sp++; break;
        case OVER: m->stack[m->sp] = m->stack[m->sp - 2]; m->sp++; break;
        case DROP: m->sp--; break;
        case SWAP: { int64_t t = m->stack[m->sp - 1]; m->stack[m->sp - 1] = m->stack[m->sp - 2]; m->stack[m->sp - 2] = t; break; }
        case JZ: { int64_t target = code[m->pc++]; if (m->stack[--m->sp] == 0) m->pc = (int)target; break; }
        case JMP: m->pc = (int)code[m->pc]; break;
        case PRINT: printf("%lld\n", (long long)m->stack[--m->sp]); break;
        case HALT: return m->sp;
        default: return -1;
        }
    }
}
int main(void) {
    /* acc n: while (n != 0) { acc *= n; n -= 1; } print acc */
    const int64_t loop[] = {
        PUSH, 1, PUSH, 20,          /* 0: acc n */
        DUP, JZ, 16,                /* 4: if n == 0 goto 16 */
        SWAP, OVER, MUL,            /* 7: n acc*n */
        SWAP, PUSH, 1, SUB,         /* 10: acc*n n-1 */
        JMP, 4,                     /* 14 */
        DROP, PRINT, HALT,          /* 16 */
    };
    struct vm m = { { 0 }, 0, 0 };
    int left = run(&m, loop);
    printf("left %d\n", left);
    return 0;
}
