// The answer the bot gives: the contract's JSON fields plus "did you mean" suggestions, and its plain text.
import { AUDIENCE_CHECKLISTS } from './checklists.js';
import type { Topic } from './schema.js';
import { NCSC_GUIDANCE } from './source.js';

export interface AnswerSource {
  title: string;
  url: string;
}

export interface TopicSuggestion {
  topic: string;
  title: string;
}

export interface Answer {
  answered: boolean;
  /** Stable topic id, or null when the question was declined. */
  topic: string | null;
  title: string;
  /** The whole answer as plain text, checklist included. */
  text: string;
  checklist: string[];
  sources: AnswerSource[];
  /** 0..1: how sure retrieval is that the topic answers the question. */
  confidence: number;
  suggestions: TopicSuggestion[];
}

const suggestionOf = (t: Topic): TopicSuggestion => ({ topic: t.id, title: t.title });

/** How many checklist items of a closely related topic the answer quotes. */
const RELATED_POINTS = 2;

/**
 * @param alternatives runners-up offered as "did you mean"
 * @param related a runner-up that scored almost as well: its first checklist points are added as "also relevant",
 *   so that a question sitting between two topics gets the key advice of both
 * @param tie the runner-up scored so close to the best topic that retrieval cannot tell which one the asker meant:
 *   its whole checklist is quoted instead of its first points
 */
export function answerFromTopic(
  topic: Topic,
  confidence: number,
  alternatives: readonly Topic[],
  related?: Topic,
  tie = false,
): Answer {
  const relatedPoints = related ? related.checklist.slice(0, tie ? undefined : RELATED_POINTS) : [];
  const text = [
    topic.answer,
    ...(topic.productTips.length ? ['', ...topic.productTips] : []),
    ...(related ? ['', `Also relevant (${related.title}): ${relatedPoints.join('; ')}.`] : []),
    '',
    'Checklist:',
    ...topic.checklist.map((item) => `- ${item}`),
    '',
    `Source: ${topic.source.title}, section "${topic.source.section}" (${topic.source.url})`,
  ].join('\n');
  return {
    answered: true,
    topic: topic.id,
    title: topic.title,
    text,
    checklist: [...topic.checklist],
    sources: [{ title: NCSC_GUIDANCE.title, url: NCSC_GUIDANCE.url }],
    confidence,
    suggestions: alternatives.map(suggestionOf),
  };
}

/** What the bot covers, in one line: the guidance's five areas rather than every topic title (short enough for chat). */
const AREAS =
  'choosing a video conferencing service; configuring it (sign-in and MFA, admin accounts, the lobby and passcodes, ' +
  'in-meeting features, recordings); apps, devices and meeting rooms; helping staff join calls safely; and organising ' +
  'secure meetings';

/** At most this many closest topics are offered when a question is declined. */
const CLOSEST_TOPICS = 3;

export function declineAnswer(confidence: number, closest: readonly Topic[]): Answer {
  const offered = closest.slice(0, CLOSEST_TOPICS);
  const text = [
    "Sorry, that is outside the scope of the NCSC guidance on video conferencing services that I answer from, so I can't answer it.",
    `I can help with: ${AREAS}.`,
    'Or ask for the checklist for your role: "checklist staff", "checklist organiser" or "checklist admin".',
    ...(offered.length ? ['', `Did you mean: ${offered.map((t) => t.title).join('; ')}?`] : []),
  ].join('\n');
  return {
    answered: false,
    topic: null,
    title: 'Not something I can answer',
    text,
    checklist: [],
    sources: [],
    confidence,
    suggestions: offered.map(suggestionOf),
  };
}

/** A whole audience checklist, as an answer-shaped value the bots can post. */
export const audienceChecklist = (audience: keyof typeof AUDIENCE_CHECKLISTS): string[] => [
  ...AUDIENCE_CHECKLISTS[audience],
];
