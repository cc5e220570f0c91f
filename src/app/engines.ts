// The real engines behind the chat: the guidance knowledge base and the invite analysis, built once at start-up.
import { RULE_IDS, type RuleId } from '../domain/findings.js';
import { answerToMessage, createGuidance, type Guidance, topicForRule } from '../domain/guidance/index.js';
import { analyseInvite } from '../domain/invite/index.js';
import type { BotMessage } from '../domain/message.js';
import type { Audience, ChatEngines } from './chat.js';
import { inviteReportMessage } from './invite-message.js';

const AUDIENCE_TITLES: Record<Audience, string> = {
  staff: 'Checklist for everyone joining video meetings',
  organiser: 'Checklist for meeting organisers',
  admin: 'Checklist for administrators of the video conferencing service',
};

const isRule = (value: string): value is RuleId => (RULE_IDS as readonly string[]).includes(value);

/** A pasted text is HTML when it has tags; everything else is read as plain text. */
const formatOf = (text: string): 'html' | 'text' =>
  /<(html|body|div|p|a|span|br|table)\b/i.test(text) ? 'html' : 'text';

export function createChatEngines(guidance: Guidance = createGuidance()): ChatEngines {
  const source = guidance.topics[0]?.source;
  return {
    answer(question) {
      const answer = guidance.ask(question);
      return { message: answerToMessage(answer), answered: answer.answered };
    },
    checklist(audience) {
      return {
        kind: 'checklist',
        title: AUDIENCE_TITLES[audience],
        text: 'Drawn from the NCSC guidance on video conferencing services.',
        checklist: guidance.checklist(audience),
        sources: source ? [{ title: source.title, url: source.url }] : [],
      };
    },
    checkInvite(text) {
      const { report } = analyseInvite({ body: text, format: formatOf(text) });
      return {
        message: inviteReportMessage(report),
        flagged: report.findings.some((f) => f.rule.startsWith('passcode-')),
      };
    },
    explain(ruleOrTopic): BotMessage | undefined {
      const topic = guidance.topic(isRule(ruleOrTopic) ? topicForRule(ruleOrTopic) : ruleOrTopic);
      if (!topic) return undefined;
      return {
        kind: 'answer',
        title: `Why it matters: ${topic.title}`,
        text: [topic.answer, ...topic.productTips].join('\n\n'),
        checklist: topic.checklist,
        sources: [{ title: topic.source.title, url: topic.source.url }],
      };
    },
  };
}
