// Pages for the Chrome Web Store screenshots (./store-screenshots.ts). Original
// text written for the listing: it attributes claims and confirms none. Every
// style is inline and nothing is fetched: each page follows
// prefers-color-scheme, which the generator emulates for the dark set.

const BASE_STYLE = `
  :root { color-scheme: light dark; --bg: #fbfaf7; --fg: #1d1d1f; --muted: #5d6168; --rule: #dedad0; --accent: #8a5a00; --panel: #f0ede4; --link: #0b4f8a; }
  @media (prefers-color-scheme: dark) {
    :root { --bg: #16181c; --fg: #e6e6e3; --muted: #a2a6ad; --rule: #33363c; --accent: #e0a84a; --panel: #22252b; --link: #8fc1f0; }
  }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--fg); font: 19px/1.6 Georgia, 'Times New Roman', serif; }
  a { color: var(--link); }
  .masthead { display: flex; align-items: baseline; gap: 28px; padding: 14px 48px; border-bottom: 3px double var(--fg);
    font: 600 14px/1 system-ui, sans-serif; letter-spacing: 0.06em; text-transform: uppercase; }
  .masthead .brand { font: 700 24px/1 Georgia, serif; letter-spacing: 0; text-transform: none; margin-right: auto; }
  .masthead span { color: var(--muted); }
  .layout { display: grid; grid-template-columns: 1fr 300px; gap: 56px; max-width: 1180px; margin: 0 auto; padding: 28px 48px; }
  .kicker { font: 600 13px/1.4 system-ui, sans-serif; color: var(--accent); text-transform: uppercase; letter-spacing: 0.06em; margin: 0; }
  h1 { font-size: 38px; line-height: 1.18; margin: 8px 0 12px; }
  .byline { font: 14px/1.4 system-ui, sans-serif; color: var(--muted); margin: 0 0 20px; }
  p { margin: 0 0 18px; }
  blockquote { margin: 22px 0; padding: 0 0 0 18px; border-left: 3px solid var(--accent); font-style: italic; }
  aside { font: 15px/1.5 system-ui, sans-serif; }
  aside section { background: var(--panel); padding: 14px 18px; margin-bottom: 18px; }
  aside h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.06em; margin: 0 0 8px; color: var(--muted); }
  aside ol, aside ul { margin: 0; padding-left: 20px; }
  aside li { margin-bottom: 8px; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${BASE_STYLE}</style></head><body>${body}</body></html>`;
}

const MASTHEAD = `<header class="masthead"><span class="brand">The Harbour Ledger</span><span>World</span><span>Europe</span><span>Analysis</span><span>Opinion</span></header>`;

/** Shot 1 (and the backdrop of shot 3): a news article naming all four entities. */
export const NEWS_PAGE = page(
  'Talks in Moscow: what the accounts agree on — The Harbour Ledger',
  `${MASTHEAD}
  <div class="layout">
    <article>
      <p class="kicker">Diplomacy · Analysis</p>
      <h1>Talks in Moscow: what the accounts agree on, and what they leave open</h1>
      <p class="byline">By the analysis desk · An illustration page for the Fact Notes listing</p>
      <p id="lead">US special envoy Steve Witkoff spent most of an evening at the Kremlin this week, according to several accounts of
        the visit. None of them quotes a written outcome, and each leans on officials who spoke without being named.</p>
      <p id="aide">Kremlin aide Yury Ushakov, who briefed reporters afterwards, is quoted as calling the exchange useful but
        unfinished. The accounts differ on how long the meeting lasted and on who else sat at the table.</p>
      <blockquote>Both sides, the reports say, agreed only to keep talking.</blockquote>
      <p id="territory">Much of the coverage turns on territory. Moscow’s claims to the Donetsk region are described in every account,
        while the fighting near Volchansk in the Kharkiv region appears only in passing, and without figures that could be checked.</p>
      <p>Readers may want to treat the numbers in circulation as claims made by interested parties until the delegations publish
        their own records.</p>
    </article>
    <aside>
      <section><h2>In this story</h2><ul><li>Who met whom, and for how long</li><li>What each side says was discussed</li><li>What no account confirms</li></ul></section>
      <section><h2>Most read</h2><ol><li>Harbour authority approves the new ferry timetable</li><li>A quiet winter for the grain markets</li><li>Letters: on reading the news slowly</li></ol></section>
    </aside>
  </div>`,
);

/** Shot 2: a regional report where a place's card is pinned. */
export const PLACE_PAGE = page(
  'Front-line notebook: Kharkiv and Donetsk regions — The Harbour Ledger',
  `${MASTHEAD}
  <div class="layout">
    <article>
      <p class="kicker">Europe · Notebook</p>
      <h1>Front-line notebook: reading the week’s reports from the east</h1>
      <p class="byline">By the regional desk · An illustration page for the Fact Notes listing</p>
      <p id="town">Reports this week again mention Volchansk, a small town close to the border in the Kharkiv region. The accounts
        speak of artillery exchanges around it but give no independent source for their figures.</p>
      <p>Further south, commentary keeps returning to the Donetsk region, where officials on each side describe the same ground in
        very different words. Neither account is accompanied by a map.</p>
      <p>We will update this notebook as named sources and published records become available.</p>
    </article>
    <aside>
      <section><h2>How we report claims</h2><p>We say who makes each claim. Where a figure cannot be checked, we say so.</p></section>
    </aside>
  </div>`,
);

/** Shot 3: the popup (as an image, `size` as shown) over the news page (as an image), as if opened from the toolbar. */
export function popupFrame(backdrop: string, popup: string, size: { width: number; height: number }): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 1280px; height: 800px; overflow: hidden; background: #000; }
    .backdrop { position: absolute; inset: 0; width: 1280px; height: 800px; }
    .popup { position: absolute; top: 12px; right: 24px; width: ${size.width}px; height: ${size.height}px; border-radius: 10px; overflow: hidden;
      box-shadow: 0 18px 48px rgb(0 0 0 / 0.35), 0 2px 6px rgb(0 0 0 / 0.25); outline: 1px solid rgb(128 128 128 / 0.35); }
    .popup img { display: block; width: 100%; height: 100%; }
  </style></head><body>
    <img class="backdrop" src="${backdrop}" alt="">
    <div class="popup"><img src="${popup}" alt=""></div>
  </body></html>`;
}

/** The 440×280 promo tile: icon, name, and a sentence the extension marks for real. */
export function promoTile(icon: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>
    html, body { margin: 0; width: 440px; height: 280px; overflow: hidden; }
    body { background: linear-gradient(160deg, #f4f7ff 0%, #ffffff 55%, #fff8e6 100%); color: #1d2025;
      font: 16px/1.45 system-ui, sans-serif; padding: 30px 32px; box-sizing: border-box; }
    header { display: flex; align-items: center; gap: 14px; }
    header img { width: 64px; height: 64px; margin: -8px; }
    h1 { font-size: 30px; line-height: 1; margin: 0; letter-spacing: -0.01em; }
    .tagline { margin: 6px 0 0; color: #4d5564; font-size: 14px; }
    blockquote { margin: 26px 0 0; padding: 14px 16px; background: #ffffff; border-radius: 10px; border: 1px solid #dfe3ea;
      box-shadow: 0 6px 18px rgb(20 30 60 / 0.08); font: 17px/1.5 Georgia, serif; }
  </style></head><body>
    <header><img src="${icon}" alt=""><div><h1>Fact Notes</h1><p class="tagline">What the article says, where the names appear.</p></div></header>
    <blockquote id="sentence">Steve Witkoff met Yury Ushakov in Moscow; both spoke of Donetsk and of Volchansk.</blockquote>
  </body></html>`;
}
