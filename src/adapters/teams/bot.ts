// The Teams bot: translates Bot Framework activities to the shared chat, card-action and admin use cases,
// and renders their BotMessages as Adaptive Cards. Conversation references are kept for proactive messages.
import {
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  MessageFactory,
  TeamsActivityHandler,
  TeamsInfo,
  type TurnContext,
} from 'botbuilder';
import type { AdminCommands } from '../../app/admin.js';
import { applyCardAction, type CardActionDeps } from '../../app/card-actions.js';
import { type ChatEngines, helpMessage, parseIntent, respond } from '../../app/chat.js';
import type { Clock, ConversationRepository } from '../../app/ports.js';
import type { BotMessage } from '../../domain/message.js';
import type { Logger } from '../../observability/logger.js';
import type { Metrics } from '../../observability/metrics.js';
import { conversationFromActivity, conversationKeyOf } from './conversation-refs.js';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardAttachment, renderAdaptiveCard } from './render-card.js';

export interface TeamsBotDeps {
  engines: ChatEngines;
  conversations: ConversationRepository;
  cardActions: CardActionDeps;
  clock: Clock;
  logger: Logger;
  metrics: Metrics;
  /** Admin commands (policy reminders) in team channels. */
  admin?: AdminCommands;
}

export const messageActivity = (message: BotMessage) => MessageFactory.attachment(cardAttachment(message));

export class HygieneTeamsBot extends TeamsActivityHandler {
  constructor(private readonly deps: TeamsBotDeps) {
    super();
    this.onMessage(async (context, next) => {
      await this.rememberConversation(context);
      await this.handleMessage(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersAdded?.some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    this.onMembersRemoved(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if (context.activity.membersRemoved?.some((m) => m.id === botId)) await this.forgetConversation(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateRemove(async (context, next) => {
      await this.forgetConversation(context);
      await next();
    });
  }

  /**
   * Teams announces one installation twice (installationUpdate and conversationUpdate with the bot added): the
   * welcome goes out once, for a conversation the bot did not know yet.
   */
  private async welcome(context: TurnContext): Promise<void> {
    if (await this.rememberConversation(context)) await context.sendActivity(messageActivity(helpMessage('teams')));
  }

  /** Stores the conversation reference; true when the conversation was new. */
  private async rememberConversation(context: TurnContext): Promise<boolean> {
    const conversation = conversationFromActivity(context.activity, this.deps.clock.now());
    if (!conversation) return false;
    const known = await this.deps.conversations.get(conversation.key);
    await this.deps.conversations.save(conversation);
    return !known;
  }

  private async forgetConversation(context: TurnContext): Promise<void> {
    const key = conversationKeyOf(context.activity);
    if (key) await this.deps.conversations.remove(key);
    this.deps.logger.info({ key }, 'teams conversation removed (bot uninstalled or removed)');
  }

  private async handleMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    // Action.Submit (fallback for clients without Universal Actions) arrives as a message with a value and no text.
    if (!activity.text && activity.value && typeof activity.value === 'object') {
      const value = activity.value as { verb?: unknown; action?: unknown; data?: unknown };
      const result = await applyCardAction(
        this.deps.cardActions,
        value.verb ?? value.action,
        value.data ?? value,
        this.actorOf(context),
      );
      this.deps.metrics.cardActions.inc({
        platform: 'teams',
        verb: result.verb.slice(0, 20),
        outcome: result.ok ? 'ok' : 'error',
      });
      await context.sendActivity(messageActivity(result.message));
      return;
    }
    const text = this.textWithoutMention(context);
    const intent = parseIntent(text);
    if (intent.kind === 'admin' && this.deps.admin) {
      const data = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string } };
      const reply = await this.deps.admin.handle({
        platform: 'teams',
        command: intent.command,
        args: intent.args,
        actor: {
          id: activity.from?.aadObjectId ?? activity.from?.id ?? 'unknown',
          upn: await this.upnOf(context),
          name: activity.from?.name,
        },
        where: { teamId: data.team?.id, channelId: data.channel?.id },
      });
      this.deps.metrics.botMessages.inc({ platform: 'teams', intent: 'admin' });
      await context.sendActivity(messageActivity(reply));
      return;
    }
    const reply = respond(this.deps.engines, text, 'teams');
    this.deps.metrics.botMessages.inc({ platform: 'teams', intent: reply.intent });
    await context.sendActivity(messageActivity(reply.message));
  }

  /** In channels and group chats the bot is @mentioned: drop the mention markup before reading the text. */
  private textWithoutMention(context: TurnContext): string {
    const activity = context.activity;
    const botId = activity.recipient?.id;
    let text = activity.text ?? '';
    for (const entity of activity.entities ?? []) {
      const mention = entity as { type?: string; mentioned?: { id?: string }; text?: string };
      if (mention.type === 'mention' && mention.mentioned?.id === botId && mention.text)
        text = text.split(mention.text).join(' ');
    }
    return text
      .replace(/<at>[^<]*<\/at>/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Admins may be listed by UPN; Teams activities carry only ids, so ask the connector for the member's UPN. */
  private async upnOf(context: TurnContext): Promise<string | undefined> {
    try {
      const member = await TeamsInfo.getMember(context, context.activity.from.id);
      return member.userPrincipalName ?? member.email ?? undefined;
    } catch {
      return undefined;
    }
  }

  private actorOf(context: TurnContext): string {
    const from = context.activity.from;
    return from?.aadObjectId ?? from?.id ?? 'unknown';
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const action = invokeValue?.action as { verb?: unknown; data?: unknown } | undefined;
    const result = await applyCardAction(this.deps.cardActions, action?.verb, action?.data, this.actorOf(context));
    this.deps.metrics.cardActions.inc({
      platform: 'teams',
      verb: result.verb.slice(0, 20),
      outcome: result.ok ? 'ok' : 'error',
    });
    // Universal Actions: answer with the card that replaces the one clicked (an error card for a bad action).
    return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: renderAdaptiveCard(result.message) };
  }
}
