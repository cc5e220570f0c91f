// Card and button actions (Teams Action.Execute, Slack block_actions, console buttons): validated, then applied.
// Shared by every platform: the adapter extracts {verb, data, actor} and renders the returned message.
import { z } from 'zod';
import type { BotMessage } from '../domain/message.js';
import type { ChatEngines } from './chat.js';
import type { Clock, DecisionRepository } from './ports.js';

/** A warning's subject key, as put in the buttons by the warning builder. Printable, bounded, no spaces. */
const warningKey = z.string().regex(/^[\w:.@#=+/-]{1,300}$/, 'not a warning key');

export const cardActionSchema = z.discriminatedUnion('verb', [
  z.object({ verb: z.literal('dismiss'), data: z.object({ warning: warningKey }) }),
  z.object({ verb: z.literal('intended'), data: z.object({ warning: warningKey }) }),
  z.object({
    verb: z.literal('snooze'),
    data: z.object({ warning: warningKey, days: z.coerce.number().int().min(1).max(30).optional() }),
  }),
  z.object({ verb: z.literal('fix-lobby'), data: z.object({ warning: warningKey }) }),
  z.object({ verb: z.literal('why'), data: z.object({ rule: z.string().regex(/^[a-z0-9-]{1,60}$/) }) }),
  z.object({ verb: z.literal('ask'), data: z.object({ question: z.string().min(1).max(500) }) }),
]);

export type CardAction = z.infer<typeof cardActionSchema>;

export interface CardActionResult {
  ok: boolean;
  verb: string;
  message: BotMessage;
}

/** Actions on a warned meeting that need the calendar (supplied by the warnings feature when Graph is on). */
export interface WarningActionsPort {
  fixLobby(warningKey: string, actor: string): Promise<BotMessage>;
}

export interface CardActionDeps {
  engines: ChatEngines;
  decisions: DecisionRepository;
  clock: Clock;
  /** Set once the Graph watcher is running; without it 'fix-lobby' explains how to fix by hand. */
  warnings?: WarningActionsPort;
}

export const errorMessage = (text: string): BotMessage => ({ kind: 'error', title: 'Sorry, that did not work', text });

/** Parses an untrusted action payload; a bad one yields a clear error message, never an exception. */
export function parseCardAction(verb: unknown, data: unknown): CardAction | { error: string } {
  const parsed = cardActionSchema.safeParse({ verb, data: data ?? {} });
  if (parsed.success) return parsed.data;
  const known = cardActionSchema.options.map((o) => o.shape.verb.value);
  if (typeof verb !== 'string' || !known.includes(verb as CardAction['verb'])) {
    return { error: `Unknown action '${String(verb).slice(0, 40)}'. Known actions: ${known.join(', ')}.` };
  }
  const issue = parsed.error.issues[0];
  return {
    error: `The '${verb}' action is missing or has invalid data (${issue?.path.join('.') || 'data'}: ${issue?.message}).`,
  };
}

export async function applyCardAction(
  deps: CardActionDeps,
  verb: unknown,
  data: unknown,
  actor: string,
): Promise<CardActionResult> {
  const action = parseCardAction(verb, data);
  if ('error' in action) return { ok: false, verb: String(verb), message: errorMessage(action.error) };
  switch (action.verb) {
    case 'dismiss':
      await deps.decisions.set(action.data.warning, 'dismissed', undefined, actor);
      return {
        ok: true,
        verb: action.verb,
        message: {
          kind: 'notice',
          title: 'Marked as not an issue',
          text: 'Thanks. I will not warn you about this meeting again unless something new comes up.',
        },
      };
    case 'intended':
      await deps.decisions.set(action.data.warning, 'intended', undefined, actor);
      return {
        ok: true,
        verb: action.verb,
        message: {
          kind: 'notice',
          title: 'Marked as intended',
          text: 'Understood: this setting is intended. I will remember it for the whole series.',
        },
      };
    case 'snooze': {
      const days = action.data.days ?? 1;
      const until = new Date(deps.clock.now().getTime() + days * 86_400_000);
      await deps.decisions.set(action.data.warning, 'snoozed', until.toISOString(), actor);
      return {
        ok: true,
        verb: action.verb,
        message: {
          kind: 'notice',
          title: `Snoozed for ${days === 1 ? 'one day' : `${days} days`}`,
          text: `I will remind you again after ${until.toISOString().slice(0, 16).replace('T', ' ')} UTC if it is still unresolved.`,
        },
      };
    }
    case 'fix-lobby':
      if (!deps.warnings) {
        return {
          ok: false,
          verb: action.verb,
          message: errorMessage(
            'I cannot change meeting options here. Open the meeting in Teams, choose Meeting options, and set "Who can bypass the lobby?" to "People in my organisation" or "Only me and co-organisers".',
          ),
        };
      }
      return { ok: true, verb: action.verb, message: await deps.warnings.fixLobby(action.data.warning, actor) };
    case 'why': {
      const message = deps.engines.explain(action.data.rule);
      return message
        ? { ok: true, verb: action.verb, message }
        : { ok: false, verb: action.verb, message: errorMessage(`I have no explanation for '${action.data.rule}'.`) };
    }
    case 'ask':
      return { ok: true, verb: action.verb, message: deps.engines.answer(action.data.question).message };
  }
}
