import { expect, it } from 'vitest';
import type { GetDriver, Tab } from '../support/driver.ts';
import { foreignMutations, installMutationRecorder, readIntegrity } from '../support/page-integrity.ts';
import { withTab } from '../support/with-tab.ts';
import { askMentions, markedTexts, sleep, waitForBadge, waitForContentScript, waitForHost } from '../support/page-probes.ts';

// shared/spec/mentions.md, rule by rule, on fixture pages: the badge, the
// painted texts and the per-entity counts must all agree with the spec.

interface RuleCase {
  file: string;
  about: string;
  /** Every mention's text, normalized (see normalizeMention); order does not matter. */
  texts: string[];
  counts: { witkoff: number; ushakov: number; donetsk: number; volchansk: number };
}

const CASES: RuleCase[] = [
  {
    file: 'rules-forms.html',
    about: 'every form of the table counts once, given names and longest forms included; case rules; Cyrillic',
    texts: [
      ...[
        'Steve Witkoff',
        'Steven Witkoff',
        'Stephen Witkoff',
        'Mr. Witkoff',
        'Witkoff',
        'Witkoff',
        'Witkoff',
        'WITKOFF',
        'witkoff',
        'Steve Witkoff',
      ],
      ...['Уиткофф', 'Виткоффа', 'Виткоффу', 'Уиткоффом', 'Виткоффе', 'Віткофф', 'Уіткоффа'],
      ...['Ushakov', 'Yury Ushakov', 'Yuri Ushakov', 'Yuriy Ushakov', 'Yury Viktorovich Ushakov', 'Ushakov', 'Yury Ushakov'],
      ...['Ушаков', 'Ушакова', 'Ушакову', 'Ушаковым', 'Ушакове', 'Юрий Ушаков', 'Юрій Ушаковим'],
      ...['Donetsk', 'Donetsk Oblast', 'Donetsk region', "Donetsk People's Republic", 'Donetsk People’s Republic', 'DONETSK'],
      ...['Донецк', 'Донецка', 'Донецьк', 'Донецька', 'Донецкая Народная Республика', 'DPR', 'DNR', 'ДНР'],
      ...['Volchansk', 'Vovchansk', 'Vovčansk', 'Wowtschansk', 'Woltschansk', 'Wołczańsk', 'volchansk'],
      ...['Волчанск', 'Волчанска', 'Вовчанськ', 'Вовчанську'],
    ],
    counts: { witkoff: 17, ushakov: 14, donetsk: 14, volchansk: 11 },
  },
  {
    file: 'rules-traps.html',
    about: 'look-alikes, other Witkoffs and Ushakovs, and DPR/DNR on a page that never names Donetsk count nothing',
    texts: [],
    counts: { witkoff: 0, ushakov: 0, donetsk: 0, volchansk: 0 },
  },
  {
    file: 'rules-visibility.html',
    about:
      'only rendered text counts: hidden, form controls, editable, script/style/noscript/template, attributes and comments do not; aria-hidden does',
    texts: ['Witkoff', 'Ushakov', 'Volchansk'],
    counts: { witkoff: 1, ushakov: 1, donetsk: 0, volchansk: 1 },
  },
  {
    file: 'rules-split.html',
    about: 'a name split across inline elements counts once; block boundaries and <br> split words',
    texts: ['Steve Witkoff', 'Witkoff', 'Donetsk People’s Republic', 'Yury Ushakov', 'Volchansk', 'Witkoff', 'Donetsk', 'Ushakov'],
    counts: { witkoff: 3, ushakov: 2, donetsk: 2, volchansk: 1 },
  },
  {
    file: 'rules-invisible.html',
    about: 'invisible characters inside words, any space between the words of a name, both apostrophes',
    texts: [
      ...['Witkoff', 'Ushakov', 'Donetsk', 'Volchansk', 'Witkoff', 'Steve Witkoff', 'Yury Ushakov', 'Steve Witkoff'],
      ...['Donetsk People’s Republic', "Donetsk People's Republic", 'Witkoff', 'Witkoff'],
    ],
    counts: { witkoff: 6, ushakov: 2, donetsk: 3, volchansk: 1 },
  },
  {
    file: 'rules-page-context.html',
    about:
      'other bearers (initials, patronymic, titles, streets, orders, ships, clubs) and, on a page about another Ushakov, bare surnames do not count',
    texts: ['Witkoff', 'Witkoff'],
    counts: { witkoff: 2, ushakov: 0, donetsk: 0, volchansk: 0 },
  },
  {
    file: 'rules-forms-v2.html',
    about:
      'version 2 spellings (German, Polish, Czech, Ukrainian region and administration, stress marks) and blocks that touch without whitespace',
    texts: [
      ...['Juri Uschakow', 'Witkoffs', 'Donezk', 'Woltschansk', 'Steve’a Witkoffa', 'Jurij Uszakow', 'Doniecku', 'Wołczańskiem'],
      ...['Ušakov', 'Doněcku', 'Vovčansku', 'Донеччині', 'Донецької ОВА', 'Вовча\u0301нську', 'Ю. В. Ушаков', 'Волча\u0301нске'],
      ...['Witkoff', 'Ushakov', 'Donetsk', 'Volchansk', 'Whitkoff', 'Donețk'],
    ],
    counts: { witkoff: 4, ushakov: 5, donetsk: 7, volchansk: 6 },
  },
];

/** Settles a freshly loaded page: host present, then the badge at `expected` within a second (for 0, a full second of '' ). */
async function settle(tab: Tab, expected: number): Promise<void> {
  // A page without mentions gets no highlights and no host: wait for the script's answer instead.
  if (expected > 0) await waitForHost(tab);
  else await waitForContentScript(tab);
  if (expected > 0) await waitForBadge(tab, String(expected));
  else await sleep(1000);
}

/** Registers one test per rule fixture, and the live page-context test. */
export function ruleTests(getDriver: GetDriver): void {
  it('rules-page-context.html: naming the aide in full makes bare surnames count, within a second, and undoing it undoes that', () =>
    withTab(getDriver, 'rules-page-context.html', async (tab) => {
      await settle(tab, 2);
      const setSlot = (text: string) =>
        tab.evaluate((words: string) => {
          document.getElementById('slot')!.textContent = words;
        }, text);
      await setSlot('Kremlin aide Yury Ushakov disagreed.');
      // Yury Ushakov, plus the bare "Ushakov" of paragraphs 1 and 2 (Latin and Cyrillic).
      await waitForBadge(tab, '5');
      expect(await askMentions(tab)).toMatchObject({ counts: { witkoff: 2, ushakov: 3, donetsk: 0, volchansk: 0 } });
      await setSlot('Nothing more here.');
      await waitForBadge(tab, '2');
      expect(await markedTexts(tab)).toEqual(['Witkoff', 'Witkoff']);
    }));

  for (const rule of CASES) {
    it(`${rule.file}: ${rule.about}`, () =>
      withTab(
        getDriver,
        rule.file,
        async (tab) => {
          await settle(tab, rule.texts.length);
          expect(await markedTexts(tab)).toEqual([...rule.texts].sort());
          expect(await tab.badge()).toBe(rule.texts.length ? String(rule.texts.length) : '');
          expect(await askMentions(tab)).toMatchObject({ isActive: true, counts: rule.counts });
          const integrity = await readIntegrity(tab);
          expect(integrity.isRecording).toBe(true);
          expect(foreignMutations(integrity)).toEqual([]);
          expect(integrity.htmlDiff).toBeNull();
        },
        { initScript: installMutationRecorder },
      ));
  }
}
