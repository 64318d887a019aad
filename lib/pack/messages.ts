import type { PackProblem, ProblemCode, ProblemParams, ValueKind } from './problems.ts';

// Problem messages in the extension's three languages, as plain TypeScript
// tables rather than public/_locales: the CLI runs in Node, where
// browser.i18n does not exist, messages need plurals and per-case wording
// that messages.json cannot express, and the same module serves the options
// page later (it is zod-free). The type makes every locale cover every code.
// A message describes the field at the problem's path; callers print
// `path: message` (see formatProblem).

export const packLocales = ['en', 'ru', 'uk'] as const;
export type PackLocale = (typeof packLocales)[number];

/** The pack locale for a BCP 47 tag or a POSIX locale ("ru-RU", "uk_UA.UTF-8"); English for anything else. */
export function resolveLocale(tag: string | undefined): PackLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_.@]/)[0];
  return packLocales.find((locale) => locale === language) ?? 'en';
}

type Messages = { [C in ProblemCode]: (params: ProblemParams[C]) => string };

interface Words {
  kinds: Record<ValueKind, string>;
  /** "N paragraphs", "N facts", … with the plural the number takes. */
  count: (n: number, unit: 'paragraph' | 'fact' | 'entity' | 'character' | 'item') => string;
}

const rules = new Map<PackLocale, Intl.PluralRules>();
function pluralOf(locale: PackLocale, n: number): Intl.LDMLPluralRule {
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return rule.select(n);
}

const list = (items: readonly string[]) => items.join(', ');

const en: Words = {
  kinds: {
    string: 'a string',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    array: 'an array',
    object: 'an object',
    null: 'null',
    undefined: 'nothing',
    other: 'another value',
  },
  count: (n, unit) => {
    const units = { paragraph: 'paragraph', fact: 'fact', entity: 'entity', character: 'character', item: 'item' };
    const word = units[unit];
    if (pluralOf('en', n) === 'one') return `${n} ${word}`;
    return `${n} ${unit === 'entity' ? 'entities' : `${word}s`}`;
  },
};

// Russian and Ukrainian forms: [one, few, many] (1 абзац, 2 абзаца, 5 абзацев).
type Forms = readonly [string, string, string];
function slavicCount(locale: 'ru' | 'uk', table: Record<Parameters<Words['count']>[1], Forms>): Words['count'] {
  return (n, unit) => {
    const [one, few, many] = table[unit];
    const rule = pluralOf(locale, n);
    return `${n} ${rule === 'one' ? one : rule === 'few' ? few : many}`;
  };
}

const ru: Words = {
  kinds: {
    string: 'строка',
    number: 'число',
    int: 'целое число',
    boolean: 'true или false',
    array: 'массив',
    object: 'объект',
    null: 'null',
    undefined: 'ничего',
    other: 'другое значение',
  },
  count: slavicCount('ru', {
    paragraph: ['абзац', 'абзаца', 'абзацев'],
    fact: ['факт', 'факта', 'фактов'],
    entity: ['сущность', 'сущности', 'сущностей'],
    character: ['символ', 'символа', 'символов'],
    item: ['элемент', 'элемента', 'элементов'],
  }),
};

const uk: Words = {
  kinds: {
    string: 'рядок',
    number: 'число',
    int: 'ціле число',
    boolean: 'true або false',
    array: 'масив',
    object: "об'єкт",
    null: 'null',
    undefined: 'нічого',
    other: 'інше значення',
  },
  count: slavicCount('uk', {
    paragraph: ['абзац', 'абзаци', 'абзаців'],
    fact: ['факт', 'факти', 'фактів'],
    entity: ['сутність', 'сутності', 'сутностей'],
    character: ['символ', 'символи', 'символів'],
    item: ['елемент', 'елементи', 'елементів'],
  }),
};

const words: Record<PackLocale, Words> = { en, ru, uk };

/** A union's accepted forms: JSON values as written, value kinds ("number") in words. */
function forms(language: Words, allowed: readonly string[]): string {
  return list(allowed.map((form) => (form in language.kinds ? language.kinds[form as ValueKind] : form)));
}

const enMessages: Messages = {
  'paragraph-missing': (p) => `paragraph ${p.paragraph} does not exist (the article has ${p.count})`,
  'paragraph-not-naming': (p) => `paragraph ${p.paragraph} does not name "${p.id}" by any of its names`,
  'entity-not-named': (p) => `"${p.id}" is not named in any paragraph it cites`,
  'attribution-empty': () => 'is empty; use "the article" for unattributed claims',
  'attribution-not-in-paragraph': (p) => `"${p.attribution}" is neither "the article" nor words of paragraph ${p.paragraph}`,
  'quote-not-verbatim': (p) => `not found verbatim in paragraph ${p.paragraph}`,
  'quote-hedged-fact-not': () => 'the quoted words hedge the claim, so the fact must be hedged too',
  'hedge-missing': () => 'a hedged fact must keep the hedge ("reportedly", "according to", …) in its wording',
  'quoted-words-not-in-article': (p) => `“${p.words}” is not the article's wording`,
  'article-caveat-about': () => "only an entity's caveats can qualify its role or a fact",
  'caveat-flag-missing': () => 'a caveat about the role or a fact needs a short flag to show there',
  'caveat-fact-missing': (p) => `fact ${p.fact} does not exist ("${p.id}" has ${en.count(p.count, 'fact')})`,
  'missing-metadata-caveat': () => 'the article lacks an author or date, so a "missing-metadata" caveat must say so',
  'duplicate-id': (p) => `duplicate id "${p.id}"`,
  'related-self': (p) => `"${p.id}" cannot be related to itself`,
  'related-unknown': (p) => `no entity "${p.id}" in this pack`,
  'related-duplicate': (p) => `"${p.id}" is listed twice`,
  'paragraphs-differ-from-source': (p) => `do not reproduce ${p.file} (first difference at paragraph ${p.paragraph})`,
  'not-json': (p) => `the file is not JSON: ${p.detail}`,
  'not-a-pack': () => 'this is not a Fact Notes pack: expected an object with "format": "fact-notes-pack"',
  'unsupported-version': (p) => `the pack is format version ${p.version}; this version of Fact Notes reads version ${p.supported}`,
  'no-entities': () => 'the pack has no entities yet: add the people and places the article is about',
  'sha256-mismatch': (p) =>
    `is not the hash of the paragraphs (they hash to ${p.computed}); if the text changed on purpose, recheck the notes and put that value here`,
  'missing-field': (p) => `is missing (expected ${en.kinds[p.expected]})`,
  'wrong-type': (p) =>
    p.expected === 'int' && p.received === 'number'
      ? 'must be a whole number'
      : `expected ${en.kinds[p.expected]}, found ${en.kinds[p.received]}`,
  'bad-value': (p) => `is not allowed; use ${p.allowed.length === 1 ? p.allowed[0] : `one of ${list(p.allowed)}`}`,
  'bad-format': (p) =>
    ({
      slug: 'must be a slug: lower-case letters and digits, words joined by hyphens ("harbour-ferry")',
      sha256: 'must be 64 lower-case hexadecimal digits (a SHA-256)',
      url: 'must be an http:// or https:// address',
      pattern: `is not in the required form (${p.pattern})`,
    })[p.format],
  'too-small': (p) =>
    p.origin === 'string'
      ? p.minimum <= 1
        ? 'must not be empty'
        : `must be at least ${en.count(p.minimum, 'character')} long`
      : p.origin === 'array'
        ? `needs at least ${en.count(p.minimum, 'item')}`
        : `must be at least ${p.minimum}`,
  'too-big': (p) =>
    p.origin === 'string'
      ? `must be at most ${en.count(p.maximum, 'character')} long`
      : p.origin === 'array'
        ? `may have at most ${en.count(p.maximum, 'item')}`
        : `must be at most ${p.maximum}`,
  'unknown-key': (p) => `unknown field "${p.key}"`,
  'no-union-match': (p) => `is none of the accepted forms (${forms(en, p.allowed)})`,
  invalid: (p) => `is not valid (${p.detail})`,
  'reserved-id': (p) => `"${p.id}" is the id of the pack that comes with Fact Notes; give this pack another id`,
  'stored-text-missing': (p) => `the text of pack "${p.id}" is missing from storage`,
  'stored-id-mismatch': (p) => `holds pack "${p.id}", not "${p.listed}"`,
  'stored-duplicate': (p) => `pack "${p.id}" is listed twice; the first entry counts`,
  'stored-list-damaged': () => 'is damaged (not in the form Fact Notes stores)',
  'stored-unlisted': (p) => `pack "${p.id}" is stored but missing from the list of packs`,
};

const ruMessages: Messages = {
  'paragraph-missing': (p) => `абзаца ${p.paragraph} нет (в статье ${ru.count(p.count, 'paragraph')})`,
  'paragraph-not-naming': (p) => `абзац ${p.paragraph} не называет «${p.id}» ни одним из его имён`,
  'entity-not-named': (p) => `«${p.id}» не назван ни в одном из абзацев, на которые ссылается`,
  'attribution-empty': () => 'пусто; для утверждений без источника пишите "the article"',
  'attribution-not-in-paragraph': (p) => `«${p.attribution}» — это не "the article" и не слова абзаца ${p.paragraph}`,
  'quote-not-verbatim': (p) => `дословно не найдено в абзаце ${p.paragraph}`,
  'quote-hedged-fact-not': () => 'в цитате есть оговорка («по данным», «reportedly»…), поэтому факт тоже должен быть помечен isHedged',
  'hedge-missing': () => 'у факта с isHedged формулировка должна сохранять оговорку («по данным», «reportedly», «according to»…)',
  'quoted-words-not-in-article': (p) => `“${p.words}” — не слова статьи`,
  'article-caveat-about': () => 'к роли или факту может относиться только оговорка сущности, а не статьи',
  'caveat-flag-missing': () => 'оговорке о роли или факте нужен короткий flag, который карточка покажет рядом',
  'caveat-fact-missing': (p) => `факта ${p.fact} нет (у «${p.id}» ${ru.count(p.count, 'fact')})`,
  'missing-metadata-caveat': () => 'у статьи нет автора или даты, значит, об этом должна сказать оговорка "missing-metadata"',
  'duplicate-id': (p) => `id «${p.id}» повторяется`,
  'related-self': (p) => `«${p.id}» не может быть связан сам с собой`,
  'related-unknown': (p) => `в этом пакете нет сущности «${p.id}»`,
  'related-duplicate': (p) => `«${p.id}» указан дважды`,
  'paragraphs-differ-from-source': (p) => `не повторяют ${p.file} (первое расхождение в абзаце ${p.paragraph})`,
  'not-json': (p) => `файл не в формате JSON: ${p.detail}`,
  'not-a-pack': () => 'это не пакет Fact Notes: нужен объект с "format": "fact-notes-pack"',
  'unsupported-version': (p) => `пакет в формате версии ${p.version}; эта версия Fact Notes читает версию ${p.supported}`,
  'no-entities': () => 'в пакете пока нет сущностей: добавьте людей и места, о которых статья',
  'sha256-mismatch': (p) =>
    `не хеш абзацев (их SHA-256 — ${p.computed}); если текст изменён намеренно, проверьте заметки и запишите сюда это значение`,
  'missing-field': (p) => `отсутствует (нужно: ${ru.kinds[p.expected]})`,
  'wrong-type': (p) =>
    p.expected === 'int' && p.received === 'number'
      ? 'нужно целое число'
      : `нужно: ${ru.kinds[p.expected]}, а здесь ${ru.kinds[p.received]}`,
  'bad-value': (p) => `недопустимое значение; ${p.allowed.length === 1 ? `нужно ${p.allowed[0]}` : `допустимо: ${list(p.allowed)}`}`,
  'bad-format': (p) =>
    ({
      slug: 'нужен slug: строчные латинские буквы и цифры, слова через дефис («harbour-ferry»)',
      sha256: 'нужно 64 шестнадцатеричные цифры в нижнем регистре (SHA-256)',
      url: 'нужен адрес http:// или https://',
      pattern: `не в нужной форме (${p.pattern})`,
    })[p.format],
  'too-small': (p) =>
    p.origin === 'string'
      ? p.minimum <= 1
        ? 'не может быть пустым'
        : `нужно не меньше символов: ${p.minimum}`
      : p.origin === 'array'
        ? `нужно не меньше элементов: ${p.minimum}`
        : `должно быть не меньше ${p.minimum}`,
  'too-big': (p) =>
    p.origin === 'string'
      ? `допустимо не больше символов: ${p.maximum}`
      : p.origin === 'array'
        ? `допустимо не больше элементов: ${p.maximum}`
        : `должно быть не больше ${p.maximum}`,
  'unknown-key': (p) => `неизвестное поле «${p.key}»`,
  'no-union-match': (p) => `не подходит ни под одну из допустимых форм (${forms(ru, p.allowed)})`,
  invalid: (p) => `недопустимое значение (${p.detail})`,
  'reserved-id': (p) => `«${p.id}» — id пакета, встроенного в Fact Notes; дайте этому пакету другой id`,
  'stored-text-missing': (p) => `текста пакета «${p.id}» нет в хранилище`,
  'stored-id-mismatch': (p) => `здесь пакет «${p.id}», а не «${p.listed}»`,
  'stored-duplicate': (p) => `пакет «${p.id}» указан в списке дважды; действует первая запись`,
  'stored-list-damaged': () => 'повреждено (не в том виде, в каком Fact Notes это хранит)',
  'stored-unlisted': (p) => `пакет «${p.id}» сохранён, но его нет в списке пакетов`,
};

const ukMessages: Messages = {
  'paragraph-missing': (p) => `абзацу ${p.paragraph} немає (у статті ${uk.count(p.count, 'paragraph')})`,
  'paragraph-not-naming': (p) => `абзац ${p.paragraph} не називає «${p.id}» жодним з його імен`,
  'entity-not-named': (p) => `«${p.id}» не названо в жодному з абзаців, на які посилається`,
  'attribution-empty': () => 'порожньо; для тверджень без джерела пишіть "the article"',
  'attribution-not-in-paragraph': (p) => `«${p.attribution}» — це не "the article" і не слова абзацу ${p.paragraph}`,
  'quote-not-verbatim': (p) => `дослівно не знайдено в абзаці ${p.paragraph}`,
  'quote-hedged-fact-not': () => 'у цитаті є застереження («за даними», «reportedly»…), тож факт теж має бути позначений isHedged',
  'hedge-missing': () => 'у факту з isHedged формулювання має зберігати застереження («за даними», «reportedly», «according to»…)',
  'quoted-words-not-in-article': (p) => `“${p.words}” — не слова статті`,
  'article-caveat-about': () => 'до ролі чи факту може стосуватися лише застереження сутності, а не статті',
  'caveat-flag-missing': () => 'застереженню про роль чи факт потрібен короткий flag, який картка покаже поруч',
  'caveat-fact-missing': (p) => `факту ${p.fact} немає (у «${p.id}» ${uk.count(p.count, 'fact')})`,
  'missing-metadata-caveat': () => 'у статті немає автора чи дати, тож про це має сказати застереження "missing-metadata"',
  'duplicate-id': (p) => `id «${p.id}» повторюється`,
  'related-self': (p) => `«${p.id}» не може бути пов'язаний сам із собою`,
  'related-unknown': (p) => `у цьому пакеті немає сутності «${p.id}»`,
  'related-duplicate': (p) => `«${p.id}» вказано двічі`,
  'paragraphs-differ-from-source': (p) => `не повторюють ${p.file} (перша розбіжність в абзаці ${p.paragraph})`,
  'not-json': (p) => `файл не у форматі JSON: ${p.detail}`,
  'not-a-pack': () => 'це не пакет Fact Notes: потрібен об\'єкт із "format": "fact-notes-pack"',
  'unsupported-version': (p) => `пакет у форматі версії ${p.version}; ця версія Fact Notes читає версію ${p.supported}`,
  'no-entities': () => 'у пакеті ще немає сутностей: додайте людей і місця, про які стаття',
  'sha256-mismatch': (p) =>
    `не хеш абзаців (їхній SHA-256 — ${p.computed}); якщо текст змінено навмисно, перевірте нотатки й запишіть сюди це значення`,
  'missing-field': (p) => `відсутнє (потрібно: ${uk.kinds[p.expected]})`,
  'wrong-type': (p) =>
    p.expected === 'int' && p.received === 'number'
      ? 'потрібне ціле число'
      : `потрібно: ${uk.kinds[p.expected]}, а тут ${uk.kinds[p.received]}`,
  'bad-value': (p) => `неприпустиме значення; ${p.allowed.length === 1 ? `потрібно ${p.allowed[0]}` : `припустимо: ${list(p.allowed)}`}`,
  'bad-format': (p) =>
    ({
      slug: 'потрібен slug: малі латинські літери й цифри, слова через дефіс («harbour-ferry»)',
      sha256: 'потрібно 64 шістнадцяткові цифри в нижньому регістрі (SHA-256)',
      url: 'потрібна адреса http:// або https://',
      pattern: `не в потрібній формі (${p.pattern})`,
    })[p.format],
  'too-small': (p) =>
    p.origin === 'string'
      ? p.minimum <= 1
        ? 'не може бути порожнім'
        : `потрібно щонайменше символів: ${p.minimum}`
      : p.origin === 'array'
        ? `потрібно щонайменше елементів: ${p.minimum}`
        : `має бути не менше ${p.minimum}`,
  'too-big': (p) =>
    p.origin === 'string'
      ? `припустимо щонайбільше символів: ${p.maximum}`
      : p.origin === 'array'
        ? `припустимо щонайбільше елементів: ${p.maximum}`
        : `має бути не більше ${p.maximum}`,
  'unknown-key': (p) => `невідоме поле «${p.key}»`,
  'no-union-match': (p) => `не відповідає жодній із припустимих форм (${forms(uk, p.allowed)})`,
  invalid: (p) => `неприпустиме значення (${p.detail})`,
  'reserved-id': (p) => `«${p.id}» — id пакета, вбудованого у Fact Notes; дайте цьому пакету інший id`,
  'stored-text-missing': (p) => `тексту пакета «${p.id}» немає у сховищі`,
  'stored-id-mismatch': (p) => `тут пакет «${p.id}», а не «${p.listed}»`,
  'stored-duplicate': (p) => `пакет «${p.id}» вказано у списку двічі; діє перший запис`,
  'stored-list-damaged': () => 'пошкоджено (не в тому вигляді, у якому Fact Notes це зберігає)',
  'stored-unlisted': (p) => `пакет «${p.id}» збережено, але його немає у списку пакетів`,
};

const messages: Record<PackLocale, Messages> = { en: enMessages, ru: ruMessages, uk: ukMessages };

/** The problem in words, in `locale` (any tag; see {@link resolveLocale}), without its path. */
export function describeProblem(problem: PackProblem, locale: string = 'en'): string {
  const table = messages[resolveLocale(locale)];
  // One code's message takes that code's params; TypeScript cannot follow the pairing through the union.
  const message = table[problem.code] as (params: PackProblem['params']) => string;
  return message(problem.params);
}

/** `path: message`, the form the CLI prints and the options page can list. */
export function formatProblem(problem: PackProblem, locale: string = 'en'): string {
  return `${problem.path}: ${describeProblem(problem, locale)}`;
}

/** The one line `pack:check` prints for a good pack: its title and how many entities and facts it has. */
export function describePack(
  pack: { article: { title: string }; entities: readonly { facts: readonly unknown[] }[] },
  locale: string = 'en',
): string {
  const lang = resolveLocale(locale);
  const { count } = words[lang];
  const facts = pack.entities.reduce((sum, entity) => sum + entity.facts.length, 0);
  const numbers = `${count(pack.entities.length, 'entity')}, ${count(facts, 'fact')}`;
  const ok = { en: 'OK', ru: 'Пакет в порядке', uk: 'Пакет гаразд' }[lang];
  return `${ok}: “${pack.article.title}” — ${numbers}`;
}
