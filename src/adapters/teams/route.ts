// POST /api/messages: hands the parsed activity to the CloudAdapter. botbuilder validates `type` outside its own
// try/catch (facts/bots.md A2), so malformed activities are checked here first and answered 400, never 500.
import type { CloudAdapter } from 'botbuilder';
import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../../observability/logger.js';
import type { HygieneTeamsBot } from './bot.js';

const activityShape = z
  .object({
    type: z.string().min(1).max(100),
    serviceUrl: z.string().url().max(2048).optional(),
    conversation: z
      .object({ id: z.string().min(1).max(1024) })
      .passthrough()
      .optional(),
    from: z
      .object({ id: z.string().max(1024).optional() })
      .passthrough()
      .optional(),
    text: z.string().max(100_000).optional(),
  })
  .passthrough();

/** The only invoke this bot handles: Universal Actions (Action.Execute). Others get 400, not botbuilder's 501. */
const adaptiveCardInvoke = z.object({
  name: z.literal('adaptiveCard/action'),
  value: z
    .object({
      action: z.object({ type: z.string(), verb: z.unknown().optional(), data: z.unknown().optional() }).passthrough(),
    })
    .passthrough(),
});

export function teamsMessagesHandler(adapter: CloudAdapter, bot: HygieneTeamsBot, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      res
        .status(400)
        .json({ error: 'invalid_activity', message: `${issue?.path.join('.') || 'body'}: ${issue?.message}` });
      return;
    }
    if (parsed.data.type === 'message' || parsed.data.type === 'invoke') {
      if (!parsed.data.serviceUrl || !parsed.data.conversation) {
        res
          .status(400)
          .json({ error: 'invalid_activity', message: 'a message or invoke needs serviceUrl and conversation.id' });
        return;
      }
    }
    if (parsed.data.type === 'invoke') {
      const invoke = adaptiveCardInvoke.safeParse(req.body);
      if (!invoke.success) {
        const issue = invoke.error.issues[0];
        res
          .status(400)
          .json({ error: 'unsupported_invoke', message: `${issue?.path.join('.') || 'invoke'}: ${issue?.message}` });
        return;
      }
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (err) {
      logger.warn({ err: { message: (err as Error).message } }, 'teams activity rejected');
      if (!res.headersSent)
        res.status(400).json({ error: 'invalid_activity', message: 'the activity could not be processed' });
    }
  };
}
