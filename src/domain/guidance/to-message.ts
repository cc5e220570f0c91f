// An answer as the shared bot message model, rendered by the Teams, Slack and web adapters.
import type { BotMessage } from '../message.js';
import type { Answer } from './answer.js';

export function answerToMessage(answer: Answer): BotMessage {
  const message: BotMessage = {
    kind: answer.answered ? 'answer' : 'decline',
    title: answer.title,
    // The checklist and suggestions travel as their own fields, so renderers show them as lists and buttons.
    text: answer.answered ? answer.text.split('\n\nChecklist:')[0] : answer.text.split('\n\nDid you mean:')[0],
  };
  if (answer.checklist.length) message.checklist = [...answer.checklist];
  if (answer.suggestions.length) message.suggestions = answer.suggestions.map((s) => s.title);
  if (answer.sources.length) message.sources = answer.sources.map((s) => ({ title: s.title, url: s.url }));
  return message;
}
