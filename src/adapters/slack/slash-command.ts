// `/hygiene …`: help, ask, check, checklist, and the admin commands (remind, schedule, reminders, cancel).
// Chat intents are answered in the acknowledgement itself (an ephemeral message: Slack shows the ack body to the
// caller only, https://api.slack.com/interactivity/slash-commands#responding_immediate_response), well within the
// 3-second window since the engines are pure and fast. Admin commands may take longer (they post to a channel), so
// they are acknowledged at once and answered through response_url.
import type { App, SlashCommand } from '@slack/bolt';
import { respond as chatReply, parseIntent } from '../../app/chat.js';
import type { BotMessage } from '../../domain/message.js';
import { parseAdminArgs } from './admin-args.js';
import { renderBlocks } from './render-blocks.js';
import type { SlackContext } from './slack-context.js';
import { slackTextToPlain } from './slack-text.js';

export const SLASH_COMMAND = /^\/hygiene\b/;

export function registerSlashCommand(app: App, ctx: SlackContext): void {
  const { deps } = ctx;
  app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
    const text = slackTextToPlain(command.text ?? '');
    const intent = parseIntent(text);
    deps.metrics.botMessages.inc({ platform: 'slack', intent: intent.kind });
    if (intent.kind !== 'admin') {
      const { message } = chatReply(deps.engines, text, 'slack');
      await ack({ response_type: 'ephemeral', ...renderBlocks(message) });
      return;
    }
    await ack();
    const message = await runAdminCommand(ctx, command, intent.command, command.text ?? '');
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderBlocks(message) });
  });
}

async function runAdminCommand(
  { deps }: SlackContext,
  command: SlashCommand,
  verb: string,
  rawText: string,
): Promise<BotMessage> {
  if (!deps.admin) {
    return {
      kind: 'notice',
      title: 'Admin commands',
      text: `'${verb}' posts policy reminders to a channel, but reminders are not set up on this service yet. Please ask the operator to enable them.`,
    };
  }
  // The channel link is read from the raw text: `<#C123|name>` is Slack's markup, the admin use case wants the id.
  const { slackChannel, args } = parseAdminArgs(rawText.trim().replace(/^\S+\s*/, ''));
  try {
    return await deps.admin.handle({
      platform: 'slack',
      command: verb,
      args: slackTextToPlain(args),
      actor: { id: command.user_id, name: command.user_name },
      where: { slackChannel, channelId: command.channel_id, teamId: command.team_id },
    });
  } catch (err) {
    deps.logger.error({ err: { message: (err as Error).message }, command: verb }, 'slack admin command failed');
    return {
      kind: 'error',
      title: 'Sorry, that did not work',
      text: `The '${verb}' command failed; it has been logged.`,
    };
  }
}
