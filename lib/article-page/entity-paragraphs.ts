import type { Entity } from '../summary/schema';
import type { ParagraphMention } from './paragraph-mentions';

/**
 * The paragraphs that belong to an entity, ascending: those its role and facts
 * cite, plus every paragraph where the text names it.
 */
export function entityParagraphs(entity: Entity, mentions: readonly ParagraphMention[] = []): number[] {
  const numbers = new Set<number>([entity.role.paragraph, ...entity.facts.map((fact) => fact.paragraph)]);
  for (const mention of mentions) if (mention.entity === entity.id) numbers.add(mention.paragraph);
  return [...numbers].sort((a, b) => a - b);
}
