#!/usr/bin/env node
// Latency of `guidance.ask` in-process (build first: npx tsc -p tsconfig.build.json), and the index build time.
// Questions: every topic's examples, the same with typos, dropped and shuffled words, and off-topic questions.
// Usage: node bench/ask.mjs [--questions 4000]
import { performance } from 'node:perf_hooks';
import { createGuidance } from '../dist/domain/guidance/index.js';

const count = Number(process.argv[process.argv.indexOf('--questions') + 1]) || 4000;

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const typo = (word) => {
  if (word.length < 4) return word;
  const i = 1 + Math.floor(random() * (word.length - 2));
  const ops = [
    () => word.slice(0, i) + word.slice(i + 1),
    () => word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
    () => word.slice(0, i) + word[i] + word.slice(i),
  ];
  return pick(ops)();
};

const OFF_TOPIC = [
  "what's the wifi password",
  'book a meeting room for 3pm',
  'when does the canteen close',
  'reset my laptop password',
  'how do I claim expenses',
  'printer on floor 2 is broken',
  'who won the match last night',
  'record my timesheet',
];

function questions(guidance) {
  const base = [...guidance.topics.flatMap((t) => t.examples), ...guidance.topics.map((t) => t.title), ...OFF_TOPIC];
  const out = [];
  while (out.length < count) {
    const words = pick(base).split(' ');
    const variant = random();
    if (variant < 0.3) out.push(words.map((w) => (random() < 0.3 ? typo(w) : w)).join(' '));
    else if (variant < 0.5) out.push(words.filter(() => random() > 0.25).join(' '));
    else if (variant < 0.6) out.push(words.sort(() => random() - 0.5).join(' '));
    else if (variant < 0.7) out.push(`${words.join(' ')} ${pick(base)}`);
    else out.push(words.join(' '));
  }
  return out;
}

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

const builds = [];
for (let i = 0; i < 5; i++) {
  const started = performance.now();
  createGuidance();
  builds.push(performance.now() - started);
}
const guidance = createGuidance();
const qs = questions(guidance);
for (const q of qs.slice(0, 200)) guidance.ask(q); // warm-up

const times = [];
let answered = 0;
for (const q of qs) {
  const started = performance.now();
  const a = guidance.ask(q);
  times.push(performance.now() - started);
  if (a.answered) answered++;
}
times.sort((a, b) => a - b);
const ms = (n) => `${n.toFixed(3)} ms`;
console.log(`guidance index build: first ${ms(builds[0])}, median of 5 ${ms([...builds].sort((a, b) => a - b)[2])}`);
console.log(
  `ask latency over ${qs.length} questions: p50 ${ms(quantile(times, 0.5))}, p99 ${ms(quantile(times, 0.99))}, max ${ms(times.at(-1))} (answered ${answered})`,
);
const p99 = quantile(times, 0.99);
console.log(p99 <= 5 ? 'ask p99 within the 5 ms target' : `ask p99 ${ms(p99)} is above the 5 ms target`);
