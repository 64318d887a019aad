// Generated stress pages, deterministic (seeded), served beside the corpus:
// a 50,000-word article with 200 mentions, a 100,000-node DOM with none, and
// an infinite-scroll page whose 50 batches of 20 paragraphs wait in templates.

const WORDS = (
  'the of and to in a is that for on with as was by at from it his said were which be this have are has an ' +
  'talks envoy peace ceasefire Kremlin Moscow Washington Kyiv front region city war troops officials meeting ' +
  'president adviser minister delegation proposal territory border shelling villages residents report week ' +
  'statement sources according negotiations sanctions summit agreement security guarantees energy grain ports ' +
  'river bridge artillery drones winter offensive reporters analysts diplomats Europe Ukraine Russia Kharkiv ' +
  'Zaporizhzhia Pokrovsk Kramatorsk Sloviansk'
).split(' ');
// Near misses: they contain a name (or nearly) and must be rejected after the cheap first scan.
const NEAR_MISSES = ['Donets', 'Sievierodonetsk', 'Witkowski', 'Ushakova', 'Volchanskyi'];

const MENTIONS = [
  'Witkoff',
  'Steve Witkoff',
  'Mr. Witkoff',
  'Yury Ushakov',
  'Ushakov',
  'Donetsk',
  'Donetsk region',
  'Donetsk Oblast',
  'Vovchansk',
  'Volchansk',
  'Уиткофф',
  'Ушакова',
  'Донецке',
  'Steve <a href="#w">Witkoff</a>',
  'Wit<b>koff</b>',
  'Donetsk People’s <em>Republic</em>',
];

function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Near misses come once in 400 words: a page on the war names Sievierodonetsk now and then.
function sentenceMaker(random, nearMisses = NEAR_MISSES) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  return (words) => {
    const out = [];
    for (let i = 0; i < words; i++) {
      const word = nearMisses.length > 0 && random() < 1 / 400 ? pick(nearMisses) : pick(WORDS);
      // Some inline markup, as real articles have.
      out.push(random() < 0.02 ? `<a href="#l${i}">${word}</a>` : random() < 0.01 ? `<em>${word}</em>` : word);
    }
    return out.join(' ');
  };
}

function page(title, body) {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
    `<style>body{font:16px/1.5 serif;max-width:40em;margin:auto}</style></head><body>${body}</body></html>`
  );
}

/** 50,000 words in 625 paragraphs under headings, with 200 mentions spread evenly in random paragraphs. */
function longArticle() {
  const random = seeded(1);
  const words = sentenceMaker(random);
  const paragraphs = [];
  for (let i = 0; i < 625; i++) paragraphs.push(words(80));
  for (let m = 0; m < 200; m++) {
    const at = Math.floor(random() * paragraphs.length);
    paragraphs[at] += ` ${MENTIONS[m % MENTIONS.length]} said.`;
  }
  const body = paragraphs.map((p, i) => (i % 25 === 0 ? `<h2>Part ${i / 25 + 1}</h2>` : '') + `<p>${p}</p>`);
  return page('50,000 words', `<article><h1>Long read</h1>${body.join('\n')}</article>`);
}

/** About 100,000 DOM nodes in cards (elements and text, no whitespace nodes), no mentions. */
function hugeDom() {
  const random = seeded(2);
  const words = sentenceMaker(random, []);
  const cards = [];
  // About 24.7 nodes a card (with the generator's inline links): 4050 cards ≈ 100,000 nodes.
  for (let i = 0; i < 4050; i++) {
    cards.push(
      `<div class="card"><h3>${words(3)}</h3><p>${words(6)} <span>${words(2)}</span> ${words(4)}</p>` +
        `<ul><li><span>${words(2)}</span></li><li><span>${words(2)}</span></li><li><span>${words(2)}</span></li></ul>` +
        `<div class="meta"><time>${words(1)}</time><small>${words(2)}</small></div></div>`,
    );
  }
  return page('100,000 nodes', `<main>${cards.join('')}</main>`);
}

/** An article and an empty feed; 50 batches of 20 paragraphs (2 mentions each) wait in templates. */
function infiniteScroll() {
  const random = seeded(3);
  const words = sentenceMaker(random);
  const intro = Array.from({ length: 20 }, () => `<p>${words(60)}</p>`).join('\n');
  const batches = [];
  for (let b = 0; b < 50; b++) {
    const paragraphs = Array.from({ length: 20 }, () => words(60));
    paragraphs[b % 20] += ` ${MENTIONS[(2 * b) % MENTIONS.length]} said.`;
    paragraphs[(b + 7) % 20] += ` ${MENTIONS[(2 * b + 1) % MENTIONS.length]} said.`;
    batches.push(`<template data-batch="${b}">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</template>`);
  }
  return page('Infinite scroll', `<article>${intro}</article><section id="feed"></section>${batches.join('\n')}`);
}

/** The generated pages by name. */
export const STRESS_PAGES = {
  'stress-50k-words': longArticle,
  'stress-100k-nodes': hugeDom,
  'stress-infinite-scroll': infiniteScroll,
};
