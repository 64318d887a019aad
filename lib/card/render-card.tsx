import { render } from 'preact';
import { EntityCard, type EntityCardProps } from '../../components/EntityCard';

/**
 * Renders the entity card into `host`, or unmounts it for `null`. The one
 * Preact import under lib/card, so the controller stays plain DOM code.
 */
export function renderCard(host: Element, props: EntityCardProps | null): void {
  render(props ? <EntityCard {...props} /> : null, host);
}
