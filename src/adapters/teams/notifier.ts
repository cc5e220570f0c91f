// Proactive Teams messages: to a user by aadObjectId (the stored 1:1 conversation, or a new one created with the
// tenant id and the user) or to a team channel. Calls go through the CloudAdapter, so they reach whatever serviceUrl
// the conversation came from (a local fake in tests). 429/5xx are retried with backoff by the caller's retry policy.
import {
  type Activity,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
  MessageFactory,
  TurnContext,
} from 'botbuilder';
import type { SendResult } from '../../app/deliver.js';
import type { ConversationRepository } from '../../app/ports.js';
import type { BotMessage } from '../../domain/message.js';
import { type RetryOptions, sendWithRetries } from '../retry.js';
import { channelKey, userKey } from './conversation-refs.js';
import { cardAttachment } from './render-card.js';

export class NotReachableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotReachableError';
  }
}

export interface TeamsNotifierOptions {
  appId: string;
  /** Tenant to use when creating a 1:1 conversation with someone who never talked to the bot. */
  tenantId?: string;
  retry?: RetryOptions;
}

type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Runs a proactive turn and rethrows what failed inside it. The CloudAdapter hands errors thrown in a turn to its
 * onTurnError handler instead of rejecting, so without this a refused send would look like a success.
 */
async function proactiveTurn(start: (logic: TurnLogic) => Promise<void>, logic: TurnLogic): Promise<void> {
  let failure: unknown;
  await start(async (context) => {
    try {
      await logic(context);
    } catch (err) {
      failure = err;
    }
  });
  if (failure !== undefined) throw failure;
}

export class TeamsNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly conversations: ConversationRepository,
    private readonly options: TeamsNotifierOptions,
  ) {}

  /** Whether the bot can message this user (a stored chat, or enough to create one). */
  async canReachUser(aadObjectId: string): Promise<boolean> {
    if (await this.conversations.get(userKey(aadObjectId))) return true;
    return Boolean(await this.conversations.anyOfTenant(this.options.tenantId));
  }

  async sendToUser(aadObjectId: string, message: BotMessage): Promise<SendResult> {
    const stored = await this.conversations.get(userKey(aadObjectId));
    if (stored) return this.sendToReference(stored.reference as ConversationReference, message);
    return this.createPersonalChat(aadObjectId, message);
  }

  async sendToChannel(teamId: string, channelId: string, message: BotMessage): Promise<SendResult> {
    const stored = await this.conversations.get(channelKey(teamId, channelId));
    if (!stored) throw new NotReachableError(`the bot is not installed in channel ${channelId} of team ${teamId}`);
    return this.sendToReference(stored.reference as ConversationReference, message);
  }

  /** Replaces a message sent earlier (e.g. "resolved, thanks"). */
  async update(aadObjectId: string, activityId: string, message: BotMessage): Promise<SendResult> {
    const stored = await this.conversations.get(userKey(aadObjectId));
    if (!stored) throw new NotReachableError(`no stored chat with user ${aadObjectId}`);
    return sendWithRetries(async () => {
      await proactiveTurn(
        (logic) =>
          this.adapter.continueConversationAsync(this.options.appId, stored.reference as ConversationReference, logic),
        async (context) => {
          const activity = {
            ...MessageFactory.attachment(cardAttachment(message)),
            id: activityId,
          } as Partial<Activity>;
          await context.updateActivity(activity);
        },
      );
      return activityId;
    }, this.options.retry);
  }

  private sendToReference(reference: ConversationReference, message: BotMessage): Promise<SendResult> {
    return sendWithRetries(async () => {
      let id: string | undefined;
      await proactiveTurn(
        (logic) => this.adapter.continueConversationAsync(this.options.appId, reference, logic),
        async (context) => {
          id = (await context.sendActivity(MessageFactory.attachment(cardAttachment(message))))?.id;
        },
      );
      return id;
    }, this.options.retry);
  }

  /**
   * A user who never opened a chat with the bot: create the 1:1 conversation (Bot Connector `POST v3/conversations`)
   * with the tenant id and the user. Teams needs the serviceUrl of the tenant's region, learnt from any stored
   * conversation; the member id is the user's `29:` id when seen before, else their aadObjectId.
   */
  private async createPersonalChat(aadObjectId: string, message: BotMessage): Promise<SendResult> {
    const anchor = await this.conversations.anyOfTenant(this.options.tenantId);
    if (!anchor)
      throw new NotReachableError(`no Teams conversation known for tenant ${this.options.tenantId ?? '(any)'}`);
    const tenantId = this.options.tenantId ?? anchor.tenantId;
    const memberId = (await this.conversations.memberIdOf(aadObjectId)) ?? aadObjectId;
    const botRef = (anchor.reference as ConversationReference).bot;
    const parameters = {
      isGroup: false,
      bot: botRef,
      members: [{ id: memberId, aadObjectId }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    } as unknown as ConversationParameters;
    return sendWithRetries(async () => {
      let id: string | undefined;
      await proactiveTurn(
        (logic) =>
          this.adapter.createConversationAsync(
            this.options.appId,
            'msteams',
            anchor.serviceUrl,
            'https://api.botframework.com',
            parameters,
            logic,
          ),
        async (context) => {
          id = (await context.sendActivity(MessageFactory.attachment(cardAttachment(message))))?.id;
          // Remember the new chat so later messages reuse it instead of creating another.
          const reference = { ...TurnContext.getConversationReference(context.activity), activityId: undefined };
          await this.conversations.save({
            key: userKey(aadObjectId),
            kind: 'personal',
            aadObjectId,
            userId: memberId,
            tenantId,
            serviceUrl: anchor.serviceUrl,
            reference,
            updatedAt: new Date().toISOString(),
          });
        },
      );
      return id;
    }, this.options.retry);
  }
}
