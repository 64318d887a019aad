import { describe, expect, it } from 'vitest';
import { factView, isOwnWords, OWN_WORDS_SHARE, speechIn } from '../../../lib/card/fact-view';

describe('isOwnWords', () => {
  it('holds when the statement says little more than the excerpt, in the same words', () => {
    expect(isOwnWords('Arrived in Moscow under pressure.', 'Steve Witkoff arrived in Moscow under pressure')).toBe(true);
    expect(isOwnWords('Took part in five hours of talks with Russian officials.', 'despite five hours of talks')).toBe(false);
  });

  it('draws the line at the share of the statement’s words found in the excerpt', () => {
    const excerpt = 'one two three four';
    const words = (found: number, missing: number) => [
      ...excerpt.split(' ').slice(0, found),
      ...Array.from({ length: missing }, (_, i) => `x${i}`),
    ];
    const atShare = words(3, 1); // exactly 0.75
    expect(OWN_WORDS_SHARE).toBe(0.75);
    expect(isOwnWords(atShare.join(' '), excerpt)).toBe(true);
    expect(isOwnWords(words(2, 1).join(' '), excerpt)).toBe(false); // 0.67
  });

  it('ignores case and punctuation, and keeps apostrophes inside words', () => {
    expect(isOwnWords('KIEV’S control, conceded.', 'conceded that kiev’s control')).toBe(true);
    expect(isOwnWords('Kiev control', 'Kiev’s command')).toBe(false);
  });
});

describe('speechIn', () => {
  it('finds quoted speech that opens an excerpt or follows a colon, quotation marks kept', () => {
    expect(speechIn('“We haven’t found a common language yet,” he stated')).toBe('“We haven’t found a common language yet,”');
    expect(speechIn('He said: “Progress was made.”')).toBe('“Progress was made.”');
  });

  it('does not take a quoted term inside narration for speech', () => {
    expect(speechIn('funds intended for “security guarantees” in the region')).toBeUndefined();
    expect(speechIn('no quotation marks at all')).toBeUndefined();
  });
});

describe('factView', () => {
  const fact = (statement: string, quote: string | undefined, attribution = 'Kremlin aide Yury Ushakov') => ({
    statement,
    quote,
    attribution,
  });

  it('shows a statement in the excerpt’s words as the excerpt alone, and a paraphrase with the excerpt on request', () => {
    expect(factView(fact('Described the meeting as useful.', 'described the meeting as useful'))).toEqual({ shape: 'excerpt' });
    expect(factView(fact('Said the sides were far apart.', 'no agreement on territory'))).toEqual({ shape: 'paraphrase' });
    expect(factView(fact('Said nothing more.', undefined))).toEqual({ shape: 'plain' });
  });

  it('gives speech only to someone the fact is attributed to, never to the article’s own narration', () => {
    const quote = '“We haven’t found a common language yet,” he stated';
    expect(factView(fact('He stated: “We haven’t found a common language yet.”', quote))).toEqual({
      shape: 'excerpt',
      speech: '“We haven’t found a common language yet,”',
    });
    expect(factView(fact('He stated: “We haven’t found a common language yet.”', quote, 'the article')).speech).toBeUndefined();
  });
});
