import { describe, expect, it } from 'vitest';
import { fitCard, type Rect } from '../../../lib/card/fit-card';

const viewport = { width: 1280, height: 800 };
const card = { width: 360, height: 300 };
const line = (left: number, top: number, width = 80, height = 20): Rect => ({ left, top, right: left + width, bottom: top + height });

describe('fitCard', () => {
  it('puts the card under the mention’s line, left edges aligned, 6 px apart', () => {
    expect(fitCard(line(100, 100), card, viewport)).toEqual({ x: 100, y: 126, maxHeight: 800 - 8 - 126, side: 'below' });
  });

  it('flips above when only there the whole card fits', () => {
    const fit = fitCard(line(100, 600), card, viewport);
    expect(fit.side).toBe('above');
    expect(fit.y + card.height).toBe(600 - 6);
    expect(fit.maxHeight).toBe(600 - 6 - 8);
  });

  it('takes the roomier side and lets the card scroll when neither side has room for all of it', () => {
    const tall = { width: 360, height: 700 };
    const low = fitCard(line(100, 500), tall, viewport);
    expect(low).toMatchObject({ side: 'above', maxHeight: 486, y: 8 });
    const high = fitCard(line(100, 200), tall, viewport);
    expect(high).toMatchObject({ side: 'below', maxHeight: 800 - 8 - 226, y: 226 });
  });

  it('never squeezes a card below 160 px', () => {
    const cramped = { width: 1280, height: 120 };
    expect(fitCard(line(0, 50), card, cramped).maxHeight).toBe(160);
  });

  it('shifts the card sideways to keep 8 px from either edge', () => {
    expect(fitCard(line(1200, 100), card, viewport).x).toBe(1280 - 8 - 360);
    expect(fitCard(line(-40, 100), card, viewport).x).toBe(8);
    expect(fitCard(line(100, 100), { width: 2000, height: 100 }, viewport).x).toBe(8);
  });

  it('rounds to whole pixels', () => {
    const fit = fitCard({ left: 10.4, top: 10.2, right: 50.6, bottom: 30.7 }, card, viewport);
    expect([fit.x, fit.y]).toEqual([10, 37]);
  });
});
