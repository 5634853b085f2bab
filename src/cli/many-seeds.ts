/**
 * `ciri run --many-seeds N` (issue 5 item 6, DESIGN.md decision 11): run
 * the program under seeds 0 to N-1 and find the lowest seed that fails
 * (anything but a clean exit with status 0), so that code which only works
 * when every `read` returns everything fails in CI instead of in production.
 *
 * Seeds run in worker threads (seed-worker.ts), one per core up to N, handed
 * out in order; once a seed fails no new seed starts, and the lowest failing
 * seed among those that ran is the answer. Under --disable-isolation the
 * seeds would share the host's files, so they run one at a time. When the
 * compiled worker is not there (running from the TypeScript sources, as the
 * unit tests do), seeds run one after another in this thread.
 *
 * Invariant: every worker is terminated before the promise settles, so a
 * run never hangs on a stray thread.
 *
 * (Session 3 note to the helpers: the lead wrote this file while you were
 * starting, then handed it over; extend and fix it rather than replace it.)
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CiriConfig } from '../config.js';

const WORKER = new URL('./seed-worker.js', import.meta.url);
const STACK_MB = 256;

/** The lowest seed in [0, n) under which the program fails, or undefined when all pass. */
export async function findFailingSeed(config: CiriConfig, n: number, stdin: Uint8Array): Promise<number | undefined> {
  const { stdout: _o, stderr: _e, stdin: _i, ...plain } = config;
  if (!existsSync(fileURLToPath(WORKER))) return sequential(plain, n, stdin);
  // Without isolation the seeds would share the host's files: one at a time then.
  const width = plain.isolation === false ? 1 : Math.max(1, Math.min(n, availableParallelism()));
  // Node options of this process, except those a worker rejects (`node --input-type=module -e`).
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--input-type'));
  return new Promise((resolve, reject) => {
    let next = 0;
    let running = 0;
    let failing: number | undefined;
    const workers: Worker[] = [];
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error);
      else resolve(failing);
    };
    const feed = (w: Worker): void => {
      if (failing === undefined && next < n) {
        running++;
        w.postMessage(next++);
      } else if (running === 0) {
        finish();
      }
    };
    for (let i = 0; i < width; i++) {
      const w = new Worker(WORKER, { workerData: { config: plain, stdin }, execArgv, resourceLimits: { stackSizeMb: STACK_MB } });
      workers.push(w);
      w.on('message', (m: { seed: number; passed: boolean }) => {
        running--;
        if (!m.passed && (failing === undefined || m.seed < failing)) failing = m.seed;
        feed(w);
      });
      w.on('error', (e) => finish(e));
      w.on('exit', (code) => finish(new Error(`a --many-seeds worker stopped unexpectedly (exit code ${code})`)));
      feed(w);
    }
  });
}

async function sequential(config: Omit<CiriConfig, 'stdout' | 'stderr' | 'stdin'>, n: number, stdin: Uint8Array): Promise<number | undefined> {
  const { run } = await import('../index.js');
  for (let seed = 0; seed < n; seed++) {
    const r = run({ ...config, seed, stdout: () => {}, stderr: () => {}, stdin: () => stdin });
    if (!(r.stop.kind === 'exit' && r.stop.code === 0)) return seed;
  }
  return undefined;
}
