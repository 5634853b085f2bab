/**
 * One sentence per C17 clause (or POSIX page) that a diagnostic cites, so a report can say
 * what the standard requires without sending the reader to the PDF.
 *
 * The sentences paraphrase ISO/IEC 9899:2018 (C17); they are not quotations.
 * Invariant: every clause `messages.ts` can cite has an entry here (a unit
 * test walks the message table to check it).
 */

const SENTENCES: Readonly<Record<string, string>> = {
  'C17 4p2': 'when a program breaks a "shall" outside a constraint, or reaches what the standard leaves undefined, the behavior is undefined',
  'C17 6.2.4p2': 'an object exists only during its lifetime; using it, or the value of a pointer to it, after that lifetime has ended is undefined',
  'C17 6.2.4p6': 'an object\'s value is indeterminate until something is stored in it (so is memory from malloc, 7.22.3.4p2), and using an indeterminate value is undefined (J.2); a character type may copy such bytes, but ciri, like MemorySanitizer, reports the first use of the copied value',
  'C17 6.2.6.1p5': 'reading an object whose bytes do not hold a value of its type (such as uninitialized memory) through a non-character lvalue is undefined',
  'C17 6.3.1.4p1': 'converting a floating value to an integer type that cannot represent its integral part is undefined',
  'C17 6.3.2.1p2': 'using the value of an automatic variable that was never initialized (and whose address is never taken) is undefined',
  'C17 6.3.2.3p7': 'a pointer that is not correctly aligned for the type it is used as makes the behavior undefined',
  'C17 6.4.5p7': 'attempting to modify a string literal is undefined',
  'C17 6.5p2': 'two side effects on the same scalar object, or a side effect and a use of its value, that are unsequenced relative to each other (no sequence point orders them) are undefined',
  'C17 6.5p5': 'if the result of evaluating an expression is not representable in its type (signed overflow), the behavior is undefined',
  'C17 6.5.2.2p6': 'calling a function without a prototype with a different number of arguments than it has parameters, or with promoted arguments of other types, is undefined',
  'C17 6.5.2.2p9': 'calling a function through an expression whose type is not compatible with the function\'s type is undefined',
  'C17 6.5.3.2p4': 'applying `*` to a pointer that does not point to an object or function (null, dangling or made up) is undefined',
  'C17 6.5.5p5': 'if the second operand of `/` or `%` is zero, the behavior is undefined',
  'C17 6.5.5p6': 'if the quotient `a / b` is not representable, both `a / b` and `a % b` are undefined (e.g. INT_MIN / -1)',
  'C17 6.5.6p8': 'pointer arithmetic must stay within the array object (or one past its end), and a pointer one past the end must not be dereferenced',
  'C17 6.5.7p3': 'a shift amount that is negative, or not less than the width of the promoted left operand, is undefined',
  'C17 6.5.7p4': 'left-shifting a negative value, or a value whose result is not representable in the result type, is undefined',
  'C17 6.7.3p6': 'attempting to modify an object defined with a const-qualified type is undefined',
  'C17 6.9.1p12': 'if a function reaches its closing `}` without returning a value and the caller uses the value, the behavior is undefined',
  'C17 7.1.4p1': 'calling a library function with an invalid argument (a null pointer, an out-of-range value, too short a buffer) is undefined unless the function says otherwise',
  'C17 6.5.6p9': 'subtracting two pointers is defined only when both point into (or one past the end of) the same array object',
  'C17 6.5.8p5': 'comparing pointers with <, <=, > or >= is defined only when both point into the same object (or one past the end of the same array)',
  'C17 6.7.4p8': 'a function declared _Noreturn (or noreturn) must not return to its caller',
  'C17 6.7.6.2p5': 'the size expression of a variable length array must have a value greater than zero each time it is evaluated',
  'C17 7.16.1.1p2': 'calling va_arg when there is no next argument, or with a type not compatible with the type the next argument was passed as (after default argument promotion), is undefined',
  'C17 7.16.1.3p2': 'after va_end, a va_list may be used again only once va_start or va_copy has initialized it anew',
  'C17 7.21.6.1p9': 'if an argument does not have the type its conversion specification expects, the behavior of the formatted I/O function is undefined',
  'C17 7.22.3.3p2': 'free must be given a null pointer or a pointer returned by malloc, calloc or realloc that has not been freed yet',
  'C17 7.24.2.1p2': 'copying between objects that overlap with memcpy is undefined (memmove handles overlap)',
  // Not C17: the POSIX page whose rule a shim enforces, cited the same way.
  'POSIX munmap': 'munmap may only take back memory that mmap mapped and that is still mapped; ciri models each mapping as one allocation (as compilers see it), so a mapping must be unmapped whole, at its start',
};

/** The sentence for a clause such as "C17 6.5.6p8", or undefined if ciri has none. */
export function clauseSentence(clause: string): string | undefined {
  return SENTENCES[clause];
}

export function knownClauses(): string[] {
  return Object.keys(SENTENCES);
}
