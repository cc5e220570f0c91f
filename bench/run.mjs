#!/usr/bin/env node
// `npm run bench`: builds, then runs each benchmark in its own process and prints its figures.
// Pass names to run some: `npm run bench -- check ask`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const all = ['check', 'ask', 'graph'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : all;

const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

let failed = 0;
for (const name of wanted) {
  const file = join(here, `${name}.mjs`);
  if (!existsSync(file)) {
    console.log(`\n== ${name}: no benchmark (bench/${name}.mjs)`);
    continue;
  }
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, [file], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
