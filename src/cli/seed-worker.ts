/**
 * A worker thread of `ciri run --many-seeds` (many-seeds.ts): it receives
 * seeds one at a time, runs the program under each with its output
 * discarded, and answers whether the run passed (ended on its own with
 * status 0). Runs in its own thread with a large stack, like bin/ciri's.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CiriConfig } from '../config.js';
import { run } from '../index.js';

interface SeedJob {
  /** The run's configuration without its stream callbacks (which cannot cross threads). */
  readonly config: Omit<CiriConfig, 'stdout' | 'stderr' | 'stdin'>;
  readonly stdin: Uint8Array;
}

const job = workerData as SeedJob;
parentPort!.on('message', (seed: number) => {
  const result = run({ ...job.config, seed, stdout: () => {}, stderr: () => {}, stdin: () => job.stdin });
  parentPort!.postMessage({ seed, passed: result.stop.kind === 'exit' && result.stop.code === 0 });
});
