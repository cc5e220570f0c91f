// Independent question sets in the eval's own record format (../shared/eval/README.md), scored by the eval's rule:
// an answerable question must be answered with every `must` group present in the answer's text or checklist; an
// out-of-scope one must be declined. Each was written by someone who had not seen the bot or the other sets.
//
// qa-unseen-15 (49 answerable, 21 near misses), first try: answered 39/49 = 0.796, declined 19/21 = 0.905. The general
// changes it prompted: a topic on the guidance itself (whom it is for: organisations, with separate guidance for
// individuals and families; when it was published), interviews are meetings, "the first ten minutes" is no meeting
// minutes, assistants who run calls are the organiser's delegates, questions of what is legal are another subject, VPN
// client products as decoys, and staff phrasings in seven topics.
// qa-unseen-16 (49 answerable, 21 near misses), written before those changes and first scored after them: answered
// 38/49 = 0.776, declined 16/21 = 0.762. The general changes it prompted: asking for more admin rights is privileged
// access, the authentication the NCSC prefers is single sign-on, "everyone is internal" asks who goes straight in, a
// request for the dial-in code is about join details, "is my camera actually on" is the webcam's indicator, posting a
// password is sharing it, retention periods are another subject, another organisation's program is joined from the
// browser, and presenting skills, participant limits and GDPR retention as decoys.
// Both sets now score 1.000 / 1.000; asserted with a small margin, as they are no longer unseen.
// qa-unseen-17 (49 answerable, 21 near misses), written after both rounds, first try: answered 44/49 = 0.898, declined
// 17/21 = 0.810. After the general changes it prompted (going out to market is choosing, admission rules are the lobby,
// "only a link" is join details, asking the bot itself for a passcode, a child's school call on a family tablet as
// personal use, webcam lighting and conditional-access policies as decoys): 46/49 = 0.939 and 19/21 = 0.905. Left:
// two questions ranked to a neighbouring topic, one declined for naming a personal mailbox, and two near misses
// (webcam lighting, a conditional-access policy) answered from the camera and single sign-on topics.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createGuidance } from '../../../src/domain/guidance/index.js';

interface QaRecord {
  id: string;
  question: string;
  answerable: boolean;
  must: string[][];
}

const corpus = (name: string): QaRecord[] =>
  readFileSync(new URL(`../../fixtures/qa/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as QaRecord);

const guidance = createGuidance();

describe.each([
  ['qa-unseen-15.jsonl', 0.95, 0.95],
  ['qa-unseen-16.jsonl', 0.95, 0.95],
  ['qa-unseen-17.jsonl', 0.92, 0.88],
] as const)('%s', (name, minAnswered, minDeclined) => {
  const records = corpus(name);
  const answerable = records.filter((r) => r.answerable);
  const outOfScope = records.filter((r) => !r.answerable);

  it('is a set in the eval format, with both kinds of question', () => {
    expect(answerable.length).toBeGreaterThanOrEqual(40);
    expect(outOfScope.length).toBeGreaterThanOrEqual(15);
    for (const r of outOfScope) expect(r.must).toEqual([]);
  });

  it(`answers >= ${minAnswered} of the answerable questions with every must group`, () => {
    const wrong: string[] = [];
    for (const r of answerable) {
      const a = guidance.ask(r.question);
      const text = `${a.text} ${a.checklist.join(' ')}`.toLowerCase();
      const lacking = r.must.filter((group) => !group.some((alt) => text.includes(alt.toLowerCase())));
      if (!a.answered || lacking.length > 0) wrong.push(`${r.id} ${a.topic ?? 'declined'}: ${r.question}`);
    }
    expect(1 - wrong.length / answerable.length, wrong.join('\n')).toBeGreaterThanOrEqual(minAnswered);
  });

  it(`declines >= ${minDeclined} of the out-of-scope questions`, () => {
    const answered = outOfScope.filter((r) => guidance.ask(r.question).answered).map((r) => `${r.id}: ${r.question}`);
    expect(1 - answered.length / outOfScope.length, answered.join('\n')).toBeGreaterThanOrEqual(minDeclined);
  });
});
