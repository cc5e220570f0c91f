import { describe, expect, it } from 'vitest';
import { answerToMessage, createGuidance } from '../../../src/domain/guidance/index.js';
import { ANSWERABLE, OUT_OF_SCOPE } from './questions.js';

const guidance = createGuidance();

describe('guidance.ask', () => {
  it.each(guidance.topics.map((t) => [t.id, t] as const))(
    '%s is the top answer to most of its own examples',
    (id, topic) => {
      const missed = topic.examples.filter((q) => guidance.ask(q).topic !== id);
      expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(Math.floor(topic.examples.length / 4));
    },
  );

  it('answers unseen questions with the right topic (>= 95%)', () => {
    const wrong = ANSWERABLE.filter(({ q, topics }) => {
      const a = guidance.ask(q);
      return !a.answered || !topics.includes(a.topic ?? '');
    }).map(({ q }) => q);
    expect(wrong.length / ANSWERABLE.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('declines out-of-scope and near-miss questions (>= 95%)', () => {
    const answered = OUT_OF_SCOPE.filter((q) => guidance.ask(q).answered);
    expect(answered.length / OUT_OF_SCOPE.length, answered.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it.each([
    "what's the wifi password",
    'book a meeting room for the team',
    'record my timesheet for last week',
    'reset my laptop password',
    'what time does the canteen close',
    'is it going to rain at lunchtime',
    '',
    '???',
  ])('declines %j', (q) => {
    const a = guidance.ask(q);
    expect(a.answered).toBe(false);
    expect(a.topic).toBeNull();
    expect(a.checklist).toEqual([]);
    expect(a.text).toMatch(/I can help with: .*lobby/);
    // Short enough for chat: out of scope of the video-conferencing guidance, the areas it covers, the checklists,
    // at most three closest topics; not every topic title.
    expect(a.text).toMatch(/outside the scope of the NCSC guidance on video conferencing/);
    expect(a.text).toMatch(/checklist staff/);
    expect(a.text.length).toBeLessThan(800);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
    expect(guidance.topics.filter((t) => a.text.includes(t.title)).length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['waiting room for externals?', 'lobby-and-passcodes'],
    ['shoud i put the pasword in the calender invite', 'sharing-passwords'],
    ['how do i no if the meeting is bieng recorded', 'recording-indicator'],
    ['wich conferencing vendor to chose', 'assessing-new-services'],
    ['blurr my backgroud', 'camera-and-background'],
    ['pwd in the invite ok?', 'sharing-passwords'],
  ])('copes with typos and abbreviations: %s', (q, topic) => {
    const a = guidance.ask(q);
    expect(a.answered).toBe(true);
    expect(a.topic).toBe(topic);
  });

  it('returns the contract shape with the checklist inside the text', () => {
    const a = guidance.ask('who should I let in from the lobby?');
    expect(a).toMatchObject({ answered: true, topic: expect.any(String), title: expect.any(String) });
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
    expect(a.sources).toEqual([
      {
        title: 'Video conferencing services: security guidance for organisations',
        url: 'https://www.ncsc.gov.uk/guidance/video-conferencing-services-security-guidance-organisations',
      },
    ]);
    for (const item of a.checklist) expect(a.text).toContain(item);
    expect(Array.isArray(a.suggestions)).toBe(true);
  });

  it('is more confident about a direct question than a vague one', () => {
    const direct = guidance.ask('should the meeting password go in the calendar appointment?');
    const vague = guidance.ask('anything I should know about meetings?');
    expect(direct.confidence).toBeGreaterThan(vague.confidence);
  });

  it('offers "did you mean" topics when the question is ambiguous', () => {
    const a = guidance.ask('recording');
    expect(a.suggestions.length + (a.answered ? 1 : 0)).toBeGreaterThan(0);
    for (const s of a.suggestions) expect(guidance.topic(s.topic)?.title).toBe(s.title);
  });
});

describe('answerToMessage', () => {
  it('turns an answer into the shared message model', () => {
    const m = answerToMessage(guidance.ask('how do I send the passcode to participants?'));
    expect(m.kind).toBe('answer');
    expect(m.checklist?.length).toBeGreaterThan(2);
    expect(m.text).not.toMatch(/Checklist:/);
    expect(m.sources?.[0]?.url).toMatch(/^https:\/\/www\.ncsc\.gov\.uk\//);
  });

  it('turns a declined answer into a decline message', () => {
    const m = answerToMessage(guidance.ask('where can I park my bike?'));
    expect(m.kind).toBe('decline');
    expect(m.checklist).toBeUndefined();
    expect(m.text).toMatch(/I can help with/);
  });
});

describe('guidance.ask between two topics and at the edges of the domain', () => {
  const guidance = createGuidance();

  it('adds the first points of a runner-up that matched almost as well, before the checklist', () => {
    const { candidates } = guidance.explain('people dialling in by phone skip the lobby, is that ok?');
    const a = guidance.ask('people dialling in by phone skip the lobby, is that ok?');
    const runnerUp = candidates[1]!;
    expect(runnerUp.score).toBeGreaterThanOrEqual(0.8 * candidates[0]!.score);
    expect(a.text).toContain(`Also relevant (${runnerUp.topic.title}): ${runnerUp.topic.checklist[0]}`);
    expect(a.text.indexOf('Also relevant')).toBeLessThan(a.text.indexOf('Checklist:'));
    expect(a.checklist).toEqual(guidance.topic(a.topic ?? '')?.checklist);
  });

  it('quotes the whole checklist of a runner-up in a near tie, and only its first points otherwise', () => {
    const tie = 'is the meeting id and passcode secret or can i share it round';
    const [best, second] = guidance.explain(tie).candidates;
    expect(second!.score).toBeGreaterThanOrEqual(0.9 * best!.score);
    expect(guidance.ask(tie).text).toContain(
      `Also relevant (${second!.topic.title}): ${second!.topic.checklist.join('; ')}.`,
    );
    const close = 'people dialling in by phone skip the lobby, is that ok?';
    const [top, runnerUp] = guidance.explain(close).candidates;
    expect(runnerUp!.score).toBeLessThan(0.9 * top!.score);
    expect(guidance.ask(close).text).toContain(
      `Also relevant (${runnerUp!.topic.title}): ${runnerUp!.topic.checklist.slice(0, 2).join('; ')}.`,
    );
  });

  it('adds nothing when one topic clearly wins', () => {
    expect(guidance.ask('should the meeting password go in the calendar appointment?').text).not.toContain(
      'Also relevant',
    );
  });

  it.each([
    'what is multi factor authentication for my gmail',
    'how do i encrypt an email attachment',
    'how do i schedule a recurring meeting in outlook',
    'what should the agenda for our quarterly planning meeting include',
    'install python on my laptop',
    'how do I share my calendar with my PA',
  ])('declines another subject that shares words with a topic: %s', (q) => {
    expect(guidance.ask(q).answered).toBe(false);
  });

  it.each([
    ['as the chair how do I verify everyone joining is who they say', 'who-is-on-the-call'],
    ['we push the teams client through intune, good practice?', 'installing-apps'],
    ['where do recorded meetings end up and who can see them', 'recordings-and-stored-data'],
    ['can the company running our video service decrypt our calls?', 'encryption'],
  ])('answers an indirect question: %s', (q, topic) => {
    const a = guidance.ask(q);
    expect(a.answered).toBe(true);
    expect(a.topic).toBe(topic);
  });
});
