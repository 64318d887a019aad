import { describe, expect, it } from 'vitest';
import { cardLabels, englishCardLabels, type CardMessageKey } from '../../../lib/card/card-labels';
import en from '../../../public/_locales/en/messages.json';
import ru from '../../../public/_locales/ru/messages.json';
import { getMessageFrom } from '../support/chrome-messages';

/** `cardLabels`' translate over one messages file. */
const translator = (messages: object) => {
  const getMessage = getMessageFrom(messages);
  return (key: CardMessageKey, ...substitutions: (string | number)[]) => getMessage(key, substitutions);
};

describe('cardLabels', () => {
  it('matches the English defaults with the English messages', () => {
    const labels = cardLabels(translator(en));
    expect(labels.locale).toBe('en');
    expect(labels.kinds).toEqual(englishCardLabels.kinds);
    expect(labels.accordingTo('US officials')).toBe(englishCardLabels.accordingTo('US officials'));
    expect(labels.paragraph(4)).toBe('Paragraph 4');
    expect(labels.mentionOf(2, 9, 'Yury Ushakov')).toBe(englishCardLabels.mentionOf(2, 9, 'Yury Ushakov'));
    expect(labels.readArticle).toBe(englishCardLabels.readArticle);
  });

  it('takes every interface word from the translation', () => {
    const labels = cardLabels(translator(ru));
    expect(labels.locale).toBe('ru');
    expect(labels.kinds.person).toBe(ru.cardPerson.message);
    expect(labels.accordingTo('US officials')).toBe(`${ru.cardAccordingTo.message} US officials:`);
    expect(labels.paragraph(6)).toBe('Абзац 6');
    expect(labels.mentionOf(2, 9, 'Yury Ushakov')).toBe('Упоминание 2 из 9: Yury Ushakov');
    expect([labels.hedged, labels.caveat, labels.related, labels.readArticle, labels.close]).toEqual(
      [ru.cardHedged, ru.cardCaveat, ru.cardRelated, ru.cardReadArticle, ru.cardClose].map((m) => m.message),
    );
  });
});
