import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError } from 'commander';
import { main } from '../../../src/cli/main.js';
import type { CiriConfig } from '../../../src/config.js';
import type { CliIo } from '../../../src/cli/io.js';
import { parseMount } from '../../../src/cli/options.js';
import { SourceMap } from '../../../src/frontend/source.js';

const data = mkdtempSync(join(tmpdir(), 'ciri-mount-flag-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** The config `ciri run` builds from `args` (the run itself is stubbed). */
async function configOf(args: string[]): Promise<{ status: number; config: CiriConfig | undefined; stderr: string }> {
  let config: CiriConfig | undefined;
  const stderr: string[] = [];
  const io: Partial<CliIo> = {
    run: (c) => {
      config = c;
      return { stop: { kind: 'exit', code: 0 }, warnings: [], sources: new SourceMap(), seed: c.seed };
    },
    stdout: () => {},
    stderr: (s) => stderr.push(s),
    isFile: (p) => p.endsWith('.c'),
    stderrIsTTY: false,
    env: {},
  };
  const status = await main(['run', ...args], io);
  return { status, config, stderr: stderr.join('') };
}

describe('--mount', () => {
  it('splits host and guest at the last colon', () => {
    expect(parseMount(`${data}:/data`)).toEqual({ host: data, guest: '/data' });
  });

  it('rejects a missing guest, a missing colon and a host that is not a directory', () => {
    expect(() => parseMount(`${data}:`)).toThrow(InvalidArgumentError);
    expect(() => parseMount(data)).toThrow(InvalidArgumentError);
    expect(() => parseMount(`${join(data, 'nope')}:/x`)).toThrow(/is not a directory/);
  });

  it('fills CiriConfig.mounts, once per flag', async () => {
    const r = await configOf(['--mount', `${data}:/a`, '--mount', `${data}:b`, 'prog.c']);
    expect(r.config?.mounts).toEqual([{ host: data, guest: '/a' }, { host: data, guest: 'b' }]);
    expect(r.config?.isolation).toBe(true);
  });

  it('is a usage error (status 2) for a host directory that does not exist', async () => {
    const r = await configOf(['--mount', '/no/such/dir/for/ciri:/x', 'prog.c']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is not a directory');
  });
});

describe('--disable-isolation', () => {
  it('turns isolation off; without it the default stays on with no mounts', async () => {
    expect((await configOf(['--disable-isolation', 'prog.c'])).config?.isolation).toBe(false);
    const plain = await configOf(['prog.c']);
    expect(plain.config).toMatchObject({ isolation: true, mounts: [] });
  });
});
