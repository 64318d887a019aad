import { isEntityKey, type EntityKey } from './entity-key';

/**
 * Every message between our extension's parts. Each handler checks the sender
 * is this extension and passes the payload through {@link isMessage} first;
 * anything else is dropped.
 */
export type Message =
  /** content → background: the page's mention count changed (sets the tab's badge; 0 clears it). */
  | { type: 'mention-count'; count: number }
  /** content → background: open the bundled article page, scrolled to an entity's paragraphs. */
  | { type: 'open-article'; entity: EntityKey | null }
  /** background → content: the "next mention" keyboard command fired in this tab. */
  | { type: 'next-mention' }
  /** popup → content: which entities are on this page? Answered with {@link PageMentions}. */
  | { type: 'page-mentions' }
  /** popup → content: scroll to the entity's next mention and open its card. */
  | { type: 'reveal-entity'; entity: EntityKey };

/** The content script's answer to `page-mentions`. */
export interface PageMentions {
  /** False when the extension is off for this page (globally or for its site). */
  isActive: boolean;
  hostname: string;
  counts: Record<EntityKey, number>;
}

/** Whether `value` is a well-formed {@link Message}: checked at every boundary. */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  switch (message.type) {
    case 'mention-count':
      return Number.isInteger(message.count) && (message.count as number) >= 0;
    case 'open-article':
      return message.entity === null || isEntityKey(message.entity);
    case 'next-mention':
    case 'page-mentions':
      return true;
    case 'reveal-entity':
      return isEntityKey(message.entity);
    default:
      return false;
  }
}

/** Whether a message came from this extension (not a page or another extension). */
export function isFromUs(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
