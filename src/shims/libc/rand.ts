/**
 * glibc's rand(): the TYPE_3 additive feedback generator of random_r.c
 * (degree 31, separation 3), seeded as srandom_r does, so a program sees the
 * same sequence as natively (`srand(1); rand()` is 1804289383).
 *
 * Not here: initstate/setstate with other state sizes, rand_r.
 * Invariant: `next()` returns values in [0, RAND_MAX] = [0, 2^31 - 1].
 */

const DEG = 31;
const SEP = 3;

export interface RandomState {
  next(): number;
}

/** srandom_r's seeding followed by its 310 discarded outputs. */
export function glibcRandom(seed: number): RandomState {
  const r = new Int32Array(DEG);
  // 1. Seed 0 behaves as seed 1; the seed is stored as a 32-bit signed word.
  r[0] = seed === 0 ? 1 : seed | 0;
  // 2. Fill the table with 16807 * r[i-1] mod (2^31 - 1), by Schrage's method as glibc does.
  for (let i = 1; i < DEG; i++) {
    const word = r[i - 1]!;
    const hi = Math.trunc(word / 127773);
    const lo = word % 127773;
    let next = 16807 * lo - 2836 * hi;
    if (next < 0) next += 2147483647;
    r[i] = next;
  }
  // 3. The front pointer starts SEP entries in, the rear pointer at 0.
  let f = SEP;
  let b = 0;
  const step = (): number => {
    const v = (r[f]! + r[b]!) | 0;
    r[f] = v;
    f = (f + 1) % DEG;
    b = (b + 1) % DEG;
    return (v >>> 1) & 0x7fffffff;
  };
  // 4. srandom_r discards 10 * DEG outputs to decorrelate the start.
  for (let i = 0; i < 10 * DEG; i++) step();
  return { next: step };
}
