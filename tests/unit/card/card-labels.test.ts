import { describe, expect, it } from 'vitest';
import { cardLabels, englishCardLabels, type CardMessageKey } from '../../../lib/card/card-labels';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';

type Messages = Record<string, { message: string }>;

/** getMessage over one messages file, with Chrome's `$NAME$` → first substitution for the one-placeholder messages used here. */
function translator(messages: Messages) {
  return (key: CardMessageKey, ...substitutions: (string | number)[]) =>
    messages[key]!.message.replace(/\$\w+\$/, String(substitutions[0] ?? ''));
}

describe('cardLabels', () => {
  it('matches the English defaults with the English messages', () => {
    const labels = cardLabels(translator(en));
    expect(labels.locale).toBe('en');
    expect(labels.kinds).toEqual(englishCardLabels.kinds);
    expect(labels.accordingTo('US officials')).toBe(englishCardLabels.accordingTo('US officials'));
    expect(labels.paragraph(4)).toBe('Paragraph 4');
    expect(labels.readArticle).toBe(englishCardLabels.readArticle);
  });

  it('takes every interface word from the translation', () => {
    const labels = cardLabels(translator(ru));
    expect(labels.locale).toBe('ru');
    expect(labels.kinds.person).toBe(ru.cardPerson.message);
    expect(labels.accordingTo('US officials')).toBe(`${ru.cardAccordingTo.message} US officials:`);
    expect(labels.paragraph(6)).toBe('Абзац 6');
    expect([labels.hedged, labels.caveat, labels.related, labels.readArticle, labels.close]).toEqual(
      [ru.cardHedged, ru.cardCaveat, ru.cardRelated, ru.cardReadArticle, ru.cardClose].map((m) => m.message),
    );
  });
});
