// What a reminder posts: a knowledge-base topic, an audience checklist, or a named policy text.

import type { BotMessage } from '../../domain/message.js';
import type { Policy } from '../../domain/policy/schema.js';
import type { Audience, ChatEngines } from '../chat.js';

const AUDIENCES: readonly string[] = ['staff', 'organiser', 'admin'];

export type TopicResolver = (topic: string) => BotMessage | undefined;

export function createTopicResolver(engines: ChatEngines, policy: Policy): TopicResolver {
  return (topic) => {
    const id = topic.trim().toLowerCase();
    let message: BotMessage | undefined;
    const text = policy.texts[id];
    if (text) {
      message = { kind: 'reminder', title: text.title, text: text.text, checklist: text.checklist };
    } else if (AUDIENCES.includes(id)) {
      message = engines.checklist(id as Audience);
    } else {
      message = engines.explain(id);
    }
    if (!message) return undefined;
    return { ...message, kind: 'reminder', title: message.title.replace(/^Why it matters: /, 'Reminder: ') };
  };
}
