// Proactive Slack messages for warnings and reminders (SlackNotifierPort). Organisers are found by e-mail
// (users.lookupByEmail, CONTRACT.md "Identity of organisers"), then messaged in their DM with the app
// (conversations.open; posting to the user id is the fallback when the app may not open DMs). Every call retries
// rate limits and Slack-side failures through sendWithRetries; Slack's own "no" (channel_not_found, not_in_channel,
// missing_scope…) is final.
import type { webApi } from '@slack/bolt';
import type { SendResult } from '../../app/deliver.js';
import type { BotMessage } from '../../domain/message.js';
import type { SlackNotifierPort } from '../../integrations.js';
import { type RetryOptions, sendWithRetries, withRetries } from '../retry.js';
import { renderBlocks } from './render-blocks.js';
import { callSlack } from './slack-api-errors.js';

export class SlackNotifier implements SlackNotifierPort {
  constructor(
    private readonly client: webApi.WebClient,
    private readonly retry: RetryOptions = {},
  ) {}

  async sendToEmail(email: string, message: BotMessage): Promise<(SendResult & { channel: string }) | undefined> {
    const userId = await this.lookupUserId(email);
    if (!userId) return undefined;
    const channel = await this.openDirectMessage(userId);
    return this.sendToChannel(channel, message);
  }

  async sendToChannel(channel: string, message: BotMessage): Promise<SendResult & { channel: string }> {
    let postedIn = channel;
    const result = await sendWithRetries(async () => {
      const res = await callSlack(() => this.client.chat.postMessage({ channel, ...renderBlocks(message) }));
      // Posting to a user id lands in the DM, whose id (D…) is what chat.update needs later.
      postedIn = res.channel ?? channel;
      return res.ts;
    }, this.retry);
    return { ...result, channel: postedIn };
  }

  update(channel: string, ts: string, message: BotMessage): Promise<SendResult> {
    return sendWithRetries(async () => {
      const res = await callSlack(() => this.client.chat.update({ channel, ts, ...renderBlocks(message) }));
      return res.ts ?? ts;
    }, this.retry);
  }

  /** The Slack user id for an e-mail address; undefined when Slack knows no such user. */
  private async lookupUserId(email: string): Promise<string | undefined> {
    try {
      const { value } = await withRetries(
        () => callSlack(() => this.client.users.lookupByEmail({ email })),
        this.retry,
      );
      return value.user?.id;
    } catch (err) {
      if (/users_not_found/.test((err as Error).message)) return undefined;
      throw err;
    }
  }

  private async openDirectMessage(userId: string): Promise<string> {
    try {
      const { value } = await withRetries(
        () => callSlack(() => this.client.conversations.open({ users: userId })),
        this.retry,
      );
      return value.channel?.id ?? userId;
    } catch {
      // Without im:write the app cannot open the DM itself, but chat.postMessage to the user id still reaches it
      // (and if Slack is down, that post fails and is reported as the delivery's outcome).
      return userId;
    }
  }
}
