import { describe, expect, it } from 'vitest';
import { judgeDomain } from '../../../src/domain/guidance/domain-gate.js';
import { createGuidance } from '../../../src/domain/guidance/index.js';
import { topicExplainsIntent } from '../../../src/domain/guidance/intent.js';

describe('topicExplainsIntent', () => {
  const evidence = (matched: string[], termBest: number[], terms = ['room', 'aircon']) => ({
    terms,
    termBest,
    expansionWords: new Set(['ppl']),
    matched,
  });

  it('rejects a topic that matched only ambiguous words beside a word no topic knows', () => {
    expect(topicExplainsIntent(evidence(['room'], [34, 0]))).toBe(false);
  });

  it('accepts a topic that matched a specific word, or a question without unknown words', () => {
    expect(topicExplainsIntent(evidence(['lobbi'], [30, 0], ['lobbi', 'aircon']))).toBe(true);
    expect(topicExplainsIntent(evidence(['room'], [34, 5]))).toBe(true);
    expect(topicExplainsIntent(evidence(['invit'], [22, 0], ['invit', 'ppl']))).toBe(true);
  });

  it('does not count text-speak and -ly adverbs as words no topic knows', () => {
    const e = { ...evidence(['record'], [37, 0, 0], ['record', 'wld', 'appar']), fillers: new Set(['wld', 'appar']) };
    expect(topicExplainsIntent(e)).toBe(true);
    expect(createGuidance().explain('apparently calls r recorded now, how wld i know').question.fillers).toEqual(
      new Set(['appar', 'r', 'wld']),
    );
  });
});

describe('the domain gate on logistics, equipment and product how-tos', () => {
  it.each([
    'how do i reschedule the weekly sync',
    'how many people fit in the big room',
    'my webcam is not working',
    'how do I turn on live captions in teams',
  ])('treats "%s" as another subject', (q) => {
    expect(judgeDomain(q).otherSubject).toBe(true);
  });

  it.each([
    'should we schedule meetings with the lobby on for external guests',
    'how do I set a passcode on my zoom meeting',
    'is the video app allowed to upload the address book',
  ])('keeps "%s" (a security concept is named)', (q) => {
    expect(judgeDomain(q).otherSubject).toBe(false);
  });
});

describe('the domain gate on other products and systems', () => {
  const guidance = createGuidance();
  it.each([
    'should we set up SSO for salesforce',
    'who should have admin rights in jira',
    'is our aws data held in the uk',
    'how do i set up two factor on my personal instagram',
  ])('declines "%s" (a concept of the guidance about another product)', (q) => {
    expect(guidance.ask(q).answered).toBe(false);
  });

  it.each([
    ['are our teams meeting recordings stored in sharepoint', 'recordings-and-stored-data'],
    ['someone posted our zoom link on facebook', 'join-details'],
    ['is teams end to end encrypted', 'encryption'],
  ])('answers "%s" (the meeting or its link is named)', (q, topic) => {
    expect(guidance.ask(q).topic).toBe(topic);
  });
});

describe('guidance.ask on near-misses', () => {
  const guidance = createGuidance();
  it.each([
    'who do i ask about the broken aircon in meeting room 4',
    'recommend a good camera for wildlife photography',
    'can you order sandwiches for the board meeting',
  ])('declines "%s"', (q) => {
    expect(guidance.ask(q).answered).toBe(false);
  });
});
