import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../src/domain/findings.js';
import { AUDIENCE_CHECKLISTS } from '../../../src/domain/guidance/checklists.js';
import { AUDIENCES, createGuidance, topicForRule } from '../../../src/domain/guidance/index.js';
import { audienceChecklistsSchema, countSentences, knowledgeBaseSchema } from '../../../src/domain/guidance/schema.js';
import { NCSC_GUIDANCE } from '../../../src/domain/guidance/source.js';
import { TOPIC_INPUTS } from '../../../src/domain/guidance/topics/index.js';

describe('guidance knowledge base', () => {
  const topics = knowledgeBaseSchema.parse(TOPIC_INPUTS);

  it('validates against the schema', () => {
    expect(() => knowledgeBaseSchema.parse(TOPIC_INPUTS)).not.toThrow();
    expect(topics.length).toBeGreaterThanOrEqual(25);
  });

  it('rejects a malformed topic', () => {
    const bad = { ...TOPIC_INPUTS[0]!, id: 'Not Kebab', checklist: ['only one item'] };
    expect(() => knowledgeBaseSchema.parse([bad])).toThrow();
    expect(() => knowledgeBaseSchema.parse([TOPIC_INPUTS[0], TOPIC_INPUTS[0]])).toThrow(/duplicate/);
  });

  it.each(topics.map((t) => [t.id, t] as const))(
    '%s: answer is 2-4 plain sentences, sourced from the NCSC guidance',
    (_, t) => {
      const n = countSentences(t.answer);
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
      expect(t.checklist.length).toBeGreaterThanOrEqual(3);
      expect(t.checklist.length).toBeLessThanOrEqual(8);
      expect(t.examples.length).toBeGreaterThanOrEqual(4);
      expect(t.source.title).toBe(NCSC_GUIDANCE.title);
      expect(t.source.url).toBe(NCSC_GUIDANCE.url);
      for (const tip of t.productTips) expect(tip).toMatch(/^In [A-Z][\w ]+: /);
    },
  );

  it('covers every audience', () => {
    for (const a of AUDIENCES) expect(topics.some((t) => t.audiences.includes(a))).toBe(true);
  });

  it('has complete checklists for staff, organisers and admins', () => {
    expect(() => audienceChecklistsSchema.parse(AUDIENCE_CHECKLISTS)).not.toThrow();
    const guidance = createGuidance();
    for (const a of AUDIENCES) expect(guidance.checklist(a).length).toBeGreaterThanOrEqual(8);
    expect(guidance.checklist('organiser').join(' ')).toMatch(/lobby/);
    expect(guidance.checklist('organiser').join(' ')).toMatch(/only with participants/);
    expect(guidance.checklist('staff').join(' ')).toMatch(/recorded/);
    expect(guidance.checklist('admin').join(' ')).toMatch(/single sign-on/);
  });

  it('maps every finding rule to an existing topic', () => {
    const guidance = createGuidance();
    for (const rule of RULE_IDS) expect(guidance.topic(topicForRule(rule)), rule).toBeDefined();
    expect(topicForRule('passcode-in-body')).toBe('sharing-passwords');
    expect(topicForRule('lobby-open')).toBe('lobby-and-passcodes');
    expect(topicForRule('presenters-everyone')).toBe('screen-sharing-and-presenters');
    expect(topicForRule('external-attendees')).toBe('who-is-on-the-call');
  });

  it('builds once, quickly', () => {
    const guidance = createGuidance();
    expect(guidance.buildMs).toBeLessThan(500);
    expect(guidance.topics.length).toBe(topics.length);
  });
});
