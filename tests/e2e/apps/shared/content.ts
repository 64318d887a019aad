// What both fixture apps render: the same article, list and routes, so the React and Vue
// tests check the same thing. Each block names, in `mentions`, the mentions its text holds
// by the mentions spec (counted by hand, not by the extension); the apps put them in a
// `data-mentions` attribute, which is how the tests know what every step's DOM should count.
// The sentences are our own words after real reports, whose spelling of the names they keep
// (source noted beside each).

/** A piece of a block's text: plain text, or text in an inline element (a mention may be split across them). */
export type Inline = string | { tag: 'a' | 'b' | 'em' | 'span'; text: string; href?: string };

/** A paragraph or list item. */
export interface Block {
  id: string;
  parts: Inline[];
  /** The mentions in `parts`, as a reader would read them, in order. */
  mentions: string[];
}

/** The fixture apps, each served under {@link appBase}. */
export type AppName = 'react' | 'vue';

/** Where the test server serves an app: every path under it that is no file gets the app's page. */
export function appBase(name: AppName): string {
  return `/apps/${name}/`;
}

/** The app's routes, relative to its base. */
export type Route = '/' | '/briefing' | '/about';

export const ROUTES: readonly Route[] = ['/', '/briefing', '/about'];

/** The home route's article: every mention of the first two paragraphs is split across inline elements. */
export const ARTICLE: readonly Block[] = [
  {
    // https://sputnikglobe.com/20250806/putin-and-us-envoy-witkoff-discuss-ukraine-and-future-strategic-cooperation-1122562572.html
    id: 'talks',
    parts: [
      'Kremlin aide Yury ',
      { tag: 'a', href: '#aide', text: 'Ushakov' },
      ' said the Moscow meeting with ',
      { tag: 'b', text: 'Steve' },
      ' Witkoff had lasted close to three hours.',
    ],
    mentions: ['Yury Ushakov', 'Steve Witkoff'],
  },
  {
    // https://menafn.com/1109893436/Kremlin-Calls-Putin-Witkoff-Talks-Useful
    id: 'signals',
    parts: [
      'According to ',
      { tag: 'em', text: 'Ushakov' },
      ', the envoy brought signals from Washington, and both sides went over the fighting around Don',
      { tag: 'span', text: 'etsk' },
      '.',
    ],
    mentions: ['Ushakov', 'Donetsk'],
  },
  {
    // https://ca.news.yahoo.com/ukraine-wages-difficult-border-campaign-164716433.html
    id: 'border',
    parts: [
      'Further north, soldiers back from the line said the battle had reached the edge of Vovchansk, a few kilometres from the border.',
    ],
    mentions: ['Vovchansk'],
  },
];

/** The keyed list's first items. */
export const LIST: readonly Block[] = [
  {
    // https://menafn.com/1109893436/Kremlin-Calls-Putin-Witkoff-Talks-Useful
    id: 'visit',
    parts: ['Steve Witkoff lands at Vnukovo on his fifth trip to Russia this year.'],
    mentions: ['Steve Witkoff'],
  },
  {
    // https://sputnikglobe.com/20250806/putin-and-us-envoy-witkoff-discuss-ukraine-and-future-strategic-cooperation-1122562572.html
    id: 'aide',
    parts: ['Yuri Ushakov calls the talks useful and constructive.'],
    mentions: ['Yuri Ushakov'],
  },
  {
    // https://english.alarabiya.net/News/world/2024/05/15/russia-establishes-positions-in-ukraine-s-vovchansk-in-kharkiv-region-police-chief-
    id: 'front',
    parts: ['Artillery crews keep firing toward Russian lines in the Donetsk region.'],
    mentions: ['Donetsk region'],
  },
  {
    // https://dailynewsupdate.net/category/world/page/936
    id: 'town',
    parts: ['Only a few hundred residents are still living in Vovchansk.'],
    mentions: ['Vovchansk'],
  },
];

/** What "Add an item" appends, in turn (then it adds nothing). */
export const MORE_ITEMS: readonly Block[] = [
  {
    // https://radar.am/en/news/world-2728222905
    id: 'next-week',
    parts: ['Ushakov expects ', { tag: 'b', text: 'Wit' }, 'koff back in Moscow next week.'],
    mentions: ['Ushakov', 'Witkoff'],
  },
];

/** The briefing route: fewer mentions than home. */
export const BRIEFING: readonly Block[] = [
  {
    // https://news-pravda.com/usa/2025/04/22/1258490.html
    id: 'trip',
    parts: ['The White House said Special Envoy Stephen Witkoff would go to Russia for talks later in the week.'],
    mentions: ['Stephen Witkoff'],
  },
  {
    // https://news-pravda.com/usa/2025/04/22/1258490.html
    id: 'announced',
    parts: ['The trip had been announced first by presidential aide Yuri Ushakov.'],
    mentions: ['Yuri Ushakov'],
  },
  {
    // https://cuu.coron.tech/news/0210062024010610255408
    id: 'control',
    parts: ['A military spokesman said Ukrainian forces held about 70% of Vovchansk.'],
    mentions: ['Vovchansk'],
  },
];

/** The about route: no mention at all. */
export const ABOUT: readonly Block[] = [
  {
    id: 'about',
    parts: ['This page explains how the demo was put together: one router, one list and three routes.'],
    mentions: [],
  },
];

/** The route shown at `pathname` under `base` (unknown paths show home, as the server falls back to the app). */
export function routeOf(pathname: string, base: string): Route {
  const rest = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : '/';
  return ROUTES.find((route) => route === rest.replace(/\/$/, '') || route === rest) ?? '/';
}

/** The address of `route` under `base`. */
export function hrefOf(route: Route, base: string): string {
  return base + route.slice(1);
}

/** The `data-mentions` attribute of a block. */
export function mentionsAttribute(block: Block): string {
  return block.mentions.join('|');
}

/** One step of the list: the buttons' actions, pure so both apps do exactly the same. */
export type ListAction = 'reverse' | 'remove' | 'add';

export function nextList(items: readonly Block[], action: ListAction): Block[] {
  if (action === 'reverse') return [...items].reverse();
  if (action === 'remove') return items.slice(1);
  const next = MORE_ITEMS.find((item) => !items.some((shown) => shown.id === item.id));
  return next ? [...items, next] : [...items];
}

/** `?mismatch` makes the client render one word differently from the server: proof the apps' mismatch detection works. */
export function clientArticle(isMismatch: boolean): readonly Block[] {
  if (!isMismatch) return ARTICLE;
  return ARTICLE.map((block) => ({
    ...block,
    parts: block.parts.map((part) => (typeof part === 'string' ? part.replace('Further north', 'Far to the north') : part)),
  }));
}

declare global {
  interface Window {
    /** What React's and Vue's error callbacks (and Vue's warnings) reported, for the tests. */
    __errors?: string[];
    /** Set once the client has hydrated the server's markup. */
    __hydrated?: boolean;
  }
}
