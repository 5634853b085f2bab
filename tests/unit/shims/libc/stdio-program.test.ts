import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'ciri-stdio-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs a C program with its output captured: which stream each chunk went to, in order (the machine merges consecutive writes to one stream). */
function runC(name: string, source: string, stdin = ''): { stop: string; ub: string | undefined; stdout: string; events: string[] } {
  const file = join(dir, `${name}.c`);
  writeFileSync(file, source);
  const events: string[] = [];
  const out: string[] = [];
  const text = (b: Uint8Array) => Buffer.from(b).toString('latin1');
  const result = run({
    files: [file],
    stdout: (b) => { out.push(text(b)); events.push(`out:${text(b)}`); },
    stderr: (b) => events.push(`err:${text(b)}`),
    stdin: () => Buffer.from(stdin),
  });
  return { stop: result.stop.kind, ub: result.stop.kind === 'ub' ? result.stop.ub.kind : undefined, stdout: out.join(''), events };
}

describe('stdio buffering in whole programs', () => {
  it('prints buffered output before stopping on UB', () => {
    const r = runC('ub', '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { printf("before\\n"); int *p = malloc(4); free(p); return *p; }\n');
    expect(r.stop).toBe('ub');
    expect(r.stdout).toBe('before\n');
  });

  it('delivers unbuffered stderr ahead of stdout that is still buffered, as glibc does into a pipe', () => {
    const r = runC('order', '#include <stdio.h>\nint main(void) { printf("a"); fprintf(stderr, "b"); printf("c\\n"); return 0; }\n');
    expect(r.events).toEqual(['err:b', 'out:ac\n']);
  });

  it('flushes at exit() but not at _Exit() or abort()', () => {
    const exit = runC('exit', '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { printf("kept"); exit(3); }\n');
    expect(exit.stdout).toBe('kept');
    const quick = runC('quick', '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { printf("lost"); _Exit(0); }\n');
    expect(quick.stdout).toBe('');
    const aborted = runC('abort', '#include <stdio.h>\n#include <stdlib.h>\nint main(void) { printf("lost"); abort(); }\n');
    expect(aborted.stdout).toBe('');
  });

  it('reads stdin line by line with fgets and scanf', () => {
    const r = runC('stdin', '#include <stdio.h>\nint main(void) { char line[16]; int n = 0;\n'
      + 'fgets(line, sizeof line, stdin); scanf("%d", &n); printf("%s%d\\n", line, n * 2); return 0; }\n', 'first\n21\n');
    expect(r.stop).toBe('exit');
    expect(r.stdout).toBe('first\n42\n');
  });

  it('redirects stdout to a file with freopen and reads it back', () => {
    const r = runC('freopen', '#include <stdio.h>\nint main(void) {\n'
      + 'fprintf(stderr, "%d\\n", fileno(stdout));\n'
      + 'if (!freopen("out.txt", "w", stdout)) return 1;\n'
      + 'printf("into the file\\n"); fclose(stdout);\n'
      + 'FILE *f = fopen("out.txt", "r"); char b[32]; fgets(b, sizeof b, f); fprintf(stderr, "%s", b); return 0; }\n');
    expect(r.stop).toBe('exit');
    expect(r.events).toEqual(['err:1\ninto the file\n']);
    expect(r.stdout).toBe('');
  });

  it('reports a setvbuf buffer that died before the stream was flushed at exit, after printing its bytes', () => {
    const r = runC('deadbuf', '#include <stdio.h>\nint main(void) { char buf[BUFSIZ]; setvbuf(stdout, buf, _IOFBF, sizeof buf);\n'
      + 'printf("hello\\n"); return 0; }\n');
    expect(r.stop).toBe('ub');
    expect(r.ub).toBe('use-after-free');
    expect(r.stdout).toBe('hello\n');
  });
});
