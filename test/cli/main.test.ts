import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../helpers/memory-io.js';

describe('hygiene', () => {
  it('prints usage with --help and exits 0', async () => {
    const io = memoryIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toMatch(/Usage: hygiene <command>/);
    expect(io.out()).toMatch(/check/);
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const io = memoryIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toMatch(/unknown command 'frobnicate'/);
  });
});
