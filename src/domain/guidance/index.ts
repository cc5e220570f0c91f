// The guidance knowledge base and its question answering. Pure: no I/O, no chat-platform knowledge.
import { type AnalysedQuestion, analyseQuestion } from './analyse-question.js';
import { type Answer, answerFromTopic, declineAnswer } from './answer.js';
import { AUDIENCE_CHECKLISTS } from './checklists.js';
import { COMMON_WORDS } from './common-words.js';
import { confidenceOf } from './confidence.js';
import { topicExplainsIntent } from './intent.js';
import { OUT_OF_SCOPE_SUBJECTS } from './out-of-scope.js';
import { EXPANDED_WORDS } from './query-expansion.js';
import { type Audience, audienceChecklistsSchema, knowledgeBaseSchema, type Topic } from './schema.js';
import { buildSearchIndex, type Candidate } from './search-index.js';
import { createSpellingCorrector } from './spelling.js';
import { GENERIC_WORDS, STOP_WORDS, stemWord, words } from './text-processing.js';
import { TOPIC_INPUTS } from './topics/index.js';

export type { Answer, AnswerSource, TopicSuggestion } from './answer.js';
export { topicForRule } from './rule-topics.js';
export { AUDIENCES, type Audience, type Topic } from './schema.js';
export { answerToMessage } from './to-message.js';

export interface Guidance {
  readonly topics: readonly Topic[];
  ask(question: string): Answer;
  checklist(audience: Audience): string[];
  topic(id: string): Topic | undefined;
  /** Milliseconds it took to validate the knowledge base and build the index. */
  readonly buildMs: number;
  /** Ranking details for one question (tests, tuning, the bench). */
  explain(question: string): Explanation;
}

export interface Explanation {
  question: AnalysedQuestion;
  candidates: Candidate[];
  /** Best score of an out-of-scope subject. */
  outOfScope: number;
  /** What out-of-scope phrases wholly present in the question explain beyond the best topic (see search-index.ts). */
  offScopeEvidence: number;
  maxAchievable: number;
  /** The best score any topic gets for each of the question's terms (parallel to `question.terms`). */
  termBest: number[];
  confidence: number;
  answered: boolean;
}

/** Below this confidence the bot declines. */
export const ANSWER_THRESHOLD = 0.3;
/** Questions that are mainly about another subject must match this well to be answered. */
export const OTHER_SUBJECT_THRESHOLD = 0.9;
/** Runners-up within this share of the top score are offered as "did you mean". */
const SUGGEST_WITHIN = 0.8;
/** A runner-up within this share of the top score adds its first checklist points to the answer. */
const RELATED_WITHIN = 0.8;
/** A runner-up within this share of the top score is a near tie: the answer quotes its whole checklist. */
const TIE_WITHIN = 0.9;
/** A match this strong on two or more terms shows a question is about a topic even without a meeting word. */
const SPECIFIC_SCORE = 25;
/** Decline when an out-of-scope subject scores at least this share of the best topic. */
const OUT_OF_SCOPE_RATIO = 0.8;
/** The same, for a question the domain gate found mainly about another subject ("the agenda for our planning meeting"). */
const OTHER_SUBJECT_OUT_OF_SCOPE_RATIO = 0.5;
/**
 * Decline when the question's words that belong to whole out-of-scope phrases ("hard drive", "password manager",
 * "live stream") and that the best topic does not explain weigh at least this share of the best topic's score:
 * the topic explains only part of the question, and another subject explains the rest.
 */
const OFF_SCOPE_EVIDENCE_RATIO = 0.4;
/**
 * The same, for a question that names no meeting or call: only a concept of the guidance ("encrypted", "vpn") ties
 * it to video conferencing, so less evidence of another subject suffices ("is my laptop encrypted before I travel").
 * On every labelled set, no answerable question without a meeting word had any such evidence.
 */
const NO_MEETING_OFF_SCOPE_EVIDENCE_RATIO = 0.2;

const now = (): number => globalThis.performance?.now() ?? Date.now();

export function createGuidance(): Guidance {
  const started = now();
  const topics: readonly Topic[] = Object.freeze(knowledgeBaseSchema.parse(TOPIC_INPUTS));
  const checklists = audienceChecklistsSchema.parse(AUDIENCE_CHECKLISTS);
  const byId = new Map(topics.map((t) => [t.id, t]));
  const index = buildSearchIndex(topics, OUT_OF_SCOPE_SUBJECTS);
  // The examples are left out: some are deliberately misspelt. The out-of-scope subjects' words are known too
  // ("paysilp" → "payslip"). Everyday words (and their inflections) are never corrected, so that "recurring" or
  // "reception" stay themselves instead of becoming "recording" or "exception", but nothing is corrected into them.
  const vocabulary = [
    ...STOP_WORDS,
    ...topics.flatMap((t) => words(Object.values(topicText(t)).join(' '))),
    ...OUT_OF_SCOPE_SUBJECTS.flatMap((s) => words(s.text)),
  ];
  // The abbreviations and slang that query expansion understands are never corrected either ("vetting").
  // Their regular inflections are listed rather than compared by stem: "offical" shares the stem of "office".
  const expansionWords = new Set(EXPANDED_WORDS.map(stemWord));
  const everyday = new Set([...COMMON_WORDS, ...GENERIC_WORDS, ...EXPANDED_WORDS].flatMap(inflections));
  const speller = createSpellingCorrector(vocabulary, (w) => everyday.has(w) || index.hasTerm(stemWord(w)));
  const buildMs = now() - started;

  const explain = (q: string): Explanation => {
    const question = analyseQuestion(q, speller);
    const { candidates, outOfScope } = index.rank(question.terms, question.weights);
    const termBest = question.terms.map((t) => index.bestScore(t));
    const maxAchievable = question.terms.reduce((sum, t, i) => sum + termBest[i]! * (question.weights.get(t) ?? 1), 0);
    const confidence = confidenceOf({
      top: candidates[0]?.score ?? 0,
      second: candidates[1]?.score ?? 0,
      maxAchievable,
    });
    const threshold = question.domain.otherSubject ? OTHER_SUBJECT_THRESHOLD : ANSWER_THRESHOLD;
    // A question mainly about another subject that shares a single word with a topic ("the agenda for our planning
    // meeting", "book the large meeting room") is about that subject.
    // A question without a meeting word is still in the domain when it matches a topic's specific terms well.
    const top = candidates[0];
    const specific =
      !!top && top.matched.length >= 2 && top.score >= SPECIFIC_SCORE && top.score >= 0.5 * maxAchievable;
    // ...unless the gate found it mainly about another subject ("who approves my training budget"). A question about
    // another subject that names a concept of the guidance but no meeting ("MFA for my gmail") is about that subject.
    const { otherSubject, meetingWords } = question.domain;
    const inDomain = otherSubject ? meetingWords : question.domain.inDomain || specific;
    // An out-of-scope subject matching about as well as the best topic means the question is about that subject.
    const ratio = question.domain.otherSubject ? OTHER_SUBJECT_OUT_OF_SCOPE_RATIO : OUT_OF_SCOPE_RATIO;
    const offScopeEvidence = top ? index.offScopeEvidence(question.terms, question.weights, top.matched) : 0;
    const evidenceRatio = question.domain.meetingWords ? OFF_SCOPE_EVIDENCE_RATIO : NO_MEETING_OFF_SCOPE_EVIDENCE_RATIO;
    const offTopic = !!top && (outOfScope >= ratio * top.score || offScopeEvidence >= evidenceRatio * top.score);
    const oneWordOverlap = question.domain.otherSubject && (top?.matched.length ?? 0) < 2;
    // The best topic must explain the question's intent, not only share its setting ("the aircon in meeting room 4").
    const explainsIntent =
      !!top &&
      topicExplainsIntent({
        terms: question.terms,
        termBest,
        expansionWords,
        fillers: question.fillers,
        matched: top.matched,
      });
    const answered =
      inDomain && !offTopic && !oneWordOverlap && explainsIntent && candidates.length > 0 && confidence >= threshold;
    return { question, candidates, outOfScope, offScopeEvidence, maxAchievable, termBest, confidence, answered };
  };

  return {
    topics,
    buildMs,
    explain,
    ask(q) {
      const { question, candidates, confidence, answered, outOfScope } = explain(q);
      const top = candidates[0];
      const close = candidates.filter((c, i) => i > 0 && i < 4 && top && c.score >= top.score * SUGGEST_WITHIN);
      const second = candidates[1];
      // When two topics match almost equally, retrieval cannot tell which the asker meant: give the gist of both.
      const related = top && second && second.score >= top.score * RELATED_WITHIN ? second.topic : undefined;
      if (answered && top)
        return answerFromTopic(
          top.topic,
          confidence,
          close.map((c) => c.topic),
          related,
          !!related && !!second && second.score >= top.score * TIE_WITHIN,
        );
      const closest =
        question.domain.inDomain && !question.domain.otherSubject && outOfScope === 0 ? candidates.slice(0, 3) : [];
      return declineAnswer(
        confidence,
        closest.map((c) => c.topic),
      );
    },
    checklist: (audience) => [...checklists[audience]],
    topic: (id) => byId.get(id),
  };
}

/** A word and its regular inflections: plural, past, -ing. */
const inflections = (w: string): string[] => {
  const base = w.endsWith('e') ? w.slice(0, -1) : w;
  return [w, `${w}s`, `${w}es`, `${base}ed`, `${base}ing`, `${w}${w.at(-1)}ing`, `${w}${w.at(-1)}ed`];
};

const topicText = (t: Topic) => ({
  title: t.title,
  keywords: t.keywords.join(' '),
  synonyms: t.synonyms.join(' '),
  answer: t.answer,
  tips: t.productTips.join(' '),
  checklist: t.checklist.join(' '),
});
