// Buttons (`block_actions`): the verb is the button's action_id (renderBlocks makes a repeated verb `snooze:2`), the
// data is its JSON value. Every click is acknowledged first; a bad payload (unknown verb, broken JSON, missing data)
// gets an error message back, never an exception. Decisions (dismiss, intended, snooze) replace the message they
// came from, so the buttons cannot be pressed twice; answers (why, ask) and errors come as a new message.
import type {
  AnyMiddlewareArgs,
  App,
  BlockAction,
  Middleware,
  RespondFn,
  SlackActionMiddlewareArgs,
  webApi,
} from '@slack/bolt';
import { applyCardAction, type CardActionResult, cardActionSchema, errorMessage } from '../../app/card-actions.js';
import type { BotMessage } from '../../domain/message.js';
import { renderBlocks } from './render-blocks.js';
import type { SlackContext } from './slack-context.js';

const KNOWN_VERBS = new Set(cardActionSchema.options.map((o) => o.shape.verb.value as string));
const REPLACES_MESSAGE = new Set(['dismiss', 'intended', 'snooze']);

export function registerBlockActions(app: App, ctx: SlackContext): void {
  const { deps } = ctx;
  app.use(answerActionlessClicks(ctx));
  app.action<BlockAction>({ type: 'block_actions' }, async ({ ack, body, action, respond, client }) => {
    await ack();
    const button = (action ?? {}) as { action_id?: unknown; value?: unknown; url?: unknown };
    // Link buttons open their URL in the browser; Slack still reports the click, with nothing for us to do.
    if (typeof button.url === 'string' && button.url) return;
    const verb = verbOf(button.action_id);
    const userId = typeof body.user?.id === 'string' ? body.user.id : 'unknown';
    // Fixing a meeting acts in Microsoft 365, where the organiser is known by e-mail, not by Slack id.
    const actor = verb === 'fix-lobby' ? ((await emailOf(client, userId)) ?? userId) : userId;
    const result = await runAction(ctx, verb, button.value, actor);
    deps.metrics.cardActions.inc({
      platform: 'slack',
      verb: KNOWN_VERBS.has(verb) ? verb : 'unknown',
      outcome: result.ok ? 'ok' : 'error',
    });
    await reply(body, respond, client, result.message, result.ok && REPLACES_MESSAGE.has(result.verb));
  });
}

/**
 * A `block_actions` payload without a button in it matches no action listener, so Bolt would leave it unacknowledged
 * (404 after 3 s, facts/bots.md B2). It is acknowledged here and answered with an error message instead.
 */
function answerActionlessClicks(ctx: SlackContext): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const body = args.body as { type?: unknown; actions?: unknown };
    const first = Array.isArray(body.actions) ? body.actions[0] : undefined;
    if (body.type !== 'block_actions' || (first !== null && typeof first === 'object')) {
      await args.next();
      return;
    }
    const { ack, respond } = args as Partial<SlackActionMiddlewareArgs>;
    await ack?.();
    ctx.deps.metrics.cardActions.inc({ platform: 'slack', verb: 'unknown', outcome: 'error' });
    await respond?.({
      response_type: 'ephemeral',
      replace_original: false,
      ...renderBlocks(errorMessage('That click carried no action I know. Please try again.')),
    });
  };
}

async function emailOf(client: { users: { info(args: { user: string }): Promise<unknown> } }, userId: string) {
  try {
    const info = (await client.users.info({ user: userId })) as { user?: { profile?: { email?: string } } };
    return info.user?.profile?.email;
  } catch {
    return undefined;
  }
}

/** `snooze:2` → `snooze`. */
export const verbOf = (actionId: unknown): string =>
  typeof actionId === 'string' ? (actionId.split(':')[0] ?? '').slice(0, 60) : '';

async function runAction(ctx: SlackContext, verb: string, value: unknown, actor: string): Promise<CardActionResult> {
  let data: unknown;
  try {
    data = typeof value === 'string' && value !== '' ? JSON.parse(value) : {};
  } catch {
    return { ok: false, verb, message: errorMessage('This button carried data I could not read. Please try again.') };
  }
  return applyCardAction(ctx.deps.cardActions, verb, data, actor);
}

async function reply(
  body: BlockAction,
  respond: RespondFn | undefined,
  client: webApi.WebClient,
  message: BotMessage,
  replaceOriginal: boolean,
): Promise<void> {
  const rendered = renderBlocks(message);
  if (body.response_url && respond) {
    await respond(
      replaceOriginal
        ? { replace_original: true, ...rendered }
        : { response_type: 'ephemeral', replace_original: false, ...rendered },
    );
    return;
  }
  const channel = body.channel?.id;
  const ts = body.message?.ts;
  if (replaceOriginal && channel && ts) {
    await client.chat.update({ channel, ts, ...rendered });
    return;
  }
  // A click in the App Home has no message to reply under: the answer goes to the person's DM with the app.
  if (body.user?.id) await client.chat.postMessage({ channel: body.user.id, ...rendered });
}
