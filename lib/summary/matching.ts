import type { z } from 'zod';
import type { EntityId, Matching } from './schema.ts';

// Russian and Ukrainian case endings of the given names and titles below, by declension.
const HARD_RU = ['а', 'у', 'ом', 'е'];
const HARD_UK = ['а', 'у', 'ом', 'і', 'ові'];

/**
 * How each entity is recognised on a page: the table of
 * shared/spec/mentions.md (version 2) "Names and their forms" and "Other
 * bearers of the surname", as data for lib/match. Spaces in a form match any
 * whitespace, apostrophes match ' and ’, and names match in any letter case
 * (acronyms only as written here). Forms real pages use are collected, with
 * where they were seen, in tests/unit/match/real-forms.data.ts.
 */
export const matching: Record<EntityId, z.input<typeof Matching>> = {
  witkoff: {
    names: [
      // German genitive "Witkoffs"; Polish "Witkoffa", "Witkoffowi", "Witkoffem", "Witkoffie".
      { form: 'Witkoff', endings: ['s', 'a', 'owi', 'em', 'ie'] },
      // Misspellings real pages print.
      { form: 'Whitkoff', endings: ['s', 'a'] },
      { form: 'Witkov' },
      { form: 'Уиткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
      { form: 'Виткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
      { form: 'Віткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
      { form: 'Уіткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
      // Bulgarian (and a Russian misspelling) with one ф.
      { form: 'Уиткоф', endings: ['а', 'у', 'ом', 'е'] },
    ],
    prefixes: [
      ...plain('Steve', 'Steven', 'Stephen', 'Steven Charles', 'Steven C.', 'Steve C.', 'Mr.', 'Mr'),
      ...plain("Steve'a", "Steve'em", "Steve'owi", "Steve'ie", 'Stevena', 'Stevenem', 'Stevenovi'),
      { form: 'Стив', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Стивен', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Стів', endings: ['а', 'у', 'ом', 'і'] },
      { form: 'Стівен', endings: ['а', 'у', 'ом', 'і'] },
    ],
    // His wife and sons, who are in the news too; "Mrs." and "Ms." are never him.
    excludedPrefixes: [
      ...['Zach', 'Zachary', 'Alex', 'Alexander', 'Andrew', 'Andy', 'Lauren', 'Mrs.', 'Mrs', 'Ms.', 'Ms'],
      ...['Zacha', 'Zachem', 'Zachowi', 'Aleksa', 'Aleksem', 'Aleksowi', 'Alexa', 'Alexem'],
      ...inflect(HARD_RU, 'Зак', 'Алекс'),
      ...['Закари', 'Закарі', 'Эндрю', 'Ендрю', 'Лорен'],
    ],
    isSurname: true,
    ownInitials: ['S.', 'С.', 'S. C.'],
    ownTitles: [
      ...['envoy', 'special envoy', 'peace envoy', 'negotiator', 'Sondergesandte', 'Sondergesandter', 'Sondergesandten'],
      ...['Gesandte', 'Gesandter', 'Gesandten', 'Sonderbeauftragte', 'Sonderbeauftragter', 'Sonderbeauftragten'],
      ...['wysłannik', 'wysłannika', 'wysłannikiem', 'wysłannikowi', 'specjalny wysłannik', 'specjalnego wysłannika'],
      ...['emisar', 'emisara', 'vyslanec', 'vyslance', 'vyslancem', 'zmocněnec', 'zmocněnce', 'trimisul'],
      ...inflect(HARD_RU, 'спецпосланник', 'посланник', 'спецпредставник', 'пратеник'),
      ...['спецпредставитель', 'спецпредставителя', 'спецпосланник президента США', 'спецпосланник Трампа'],
      ...['спецпосланник США', 'спецпосланець', 'спецпосланця', 'спецпосланцем', 'посланець', 'посланця'],
      ...['спецпосланець Трампа', 'спецпосланець США', 'спецпосланець президента США'],
    ],
    patronymicEndings: [],
  },
  ushakov: {
    names: [
      { form: 'Ushakov' },
      // German; Polish with its endings; Baltic, Czech, Slovak and South Slavic.
      { form: 'Uschakow', endings: ['s'] },
      { form: 'Uszakow', endings: ['a', 'owi', 'em', 'ie'] },
      { form: 'Ušakov', endings: ['a', 'u', 'om', 'em', 'ovi', 'as', 'o', 'ui', 's', 'ą'] },
      { form: 'Ушаков', endings: ['а', 'у', 'ым', 'е', 'им', 'і', 'ом'] },
    ],
    prefixes: [
      ...plain('Yury', 'Yuri', 'Yuriy', 'Yurii', 'Yurij', 'Jurij', 'Juri', 'Jurija', 'Jurijem', 'Jurijowi', 'Mr.', 'Mr'),
      ...plain('Jurijus', 'Jurijs', 'Iuri', 'Iurii', 'Jurii'),
      ...plain('Yury Viktorovich', 'Yuri Viktorovich', 'Yuriy Viktorovich', 'Yurii Viktorovych', 'Yuriy Viktorovych'),
      ...plain('Jurij Wiktorowicz', 'Juri Viktorovich'),
      ...plain('Юрий', 'Юрия', 'Юрию', 'Юрием', 'Юрии', 'Юрій', 'Юрія', 'Юрію', 'Юрієм', 'Юрії', 'Юрієві'),
      ...plain('Юрий Викторович', 'Юрия Викторовича', 'Юрию Викторовичу', 'Юрием Викторовичем', 'Юрии Викторовиче'),
      ...plain('Юрій Вікторович', 'Юрія Вікторовича', 'Юрію Вікторовичу', 'Юрієм Вікторовичем', 'Юрії Вікторовичі'),
    ],
    // The admiral and saint (and all that is named after him), the linguist, the icon painter, others.
    excludedPrefixes: [
      ...otherGivenNames(),
      ...['Admiral', 'Adm.', 'Adm', 'Admirals', 'Professor', 'Prof.', 'Dr.', 'academician', 'linguist', 'lexicographer'],
      ...['painter', 'icon painter', 'iconographer', 'Saint', 'St.', 'Righteous', 'warrior', 'Order of', 'Medal of', 'Cape'],
      ...['Admirał', 'Admirała', 'Linguist', 'Lexikograf', 'Ikonenmaler', 'ulica', 'ulicy', 'ul.'],
      ...inflect(HARD_RU, 'адмирал', 'профессор', 'академик', 'лингвист', 'лексикограф', 'языковед', 'орден', 'проспект'),
      ...inflect(HARD_UK, 'адмірал', 'професор', 'академік', 'лінгвіст', 'лексикограф', 'орден', 'проспект', 'крейсер'),
      ...inflect(['а', 'у', 'ем', 'е'], 'флотоводц', 'иконописц'),
      ...['флотоводец', 'флотоводець', 'иконописец', 'іконописець', 'іконописця', 'мовознавець', 'мовознавця'],
      ...['проф.', 'акад.', 'д-р', 'св.', 'им.', 'имени', 'імені', 'ім.', 'ул.', 'ул', 'вул.', 'вул', 'пл.', 'пр.', 'пр-т', 'наб.'],
      ...inflect(['ой', 'ого', 'ому', 'ий', 'ый'], 'свят', 'праведн'),
      ...inflect(['а', 'у', 'ы', 'е', 'ей', 'я', 'і', 'ю', 'ею'], 'улиц', 'вулиц'),
      ...inflect(['ь', 'и', 'ью', 'і', 'лю'], 'медал', 'площад'),
      ...inflect(['ь', 'я', 'ю', 'е', 'ём', 'ем'], 'словар'),
      ...inflect(HARD_RU, 'воин', 'словник', 'бульвар'),
      ...['воїн', 'воїна', 'площа', 'площі', 'переулок', 'переулке', 'набережная', 'набережной'],
    ],
    excludedSuffixes: [
      ...['Street', 'St', 'Avenue', 'Square', 'Boulevard', 'Embankment', 'Bridge', 'Lane', 'Park', 'Island', 'Bay'],
      ...['Medal', 'Order', 'Prize', 'Award', 'Museum', 'Monument', 'Cathedral', 'dictionary', 'Explanatory', 'Cape'],
      ...['Straße', 'Strasse', 'Str.', 'Platz', 'Orden', 'Medaille', 'Wörterbuch'],
    ],
    isSurname: true,
    ownInitials: ['Y.', 'Yu.', 'Y. V.', 'Yu. V.', 'J.', 'Ju.', 'Ю.', 'Ю. В.'],
    ownTitles: [
      ...['aide', 'adviser', 'advisor', 'Kremlin official', 'Berater', 'Kreml-Berater', 'Putin-Berater', 'doradca'],
      ...['doradcy', 'doradcą', 'doradca Kremla', 'doradca prezydenta', 'poradce', 'poradca', 'Präsidentenberater'],
      ...inflect(HARD_RU, 'помощник', 'помічник', 'советник', 'радник', 'помощник президента', 'помічник президента'),
      ...inflect(HARD_RU, 'помощник Путина', 'помічник Путіна'),
      ...['помощник президента России', 'помощник президента РФ', 'помощника президента России', 'помощника президента РФ'],
      ...['помощник российского президента', 'помічник президента Росії', 'помічника президента Росії'],
      ...['помічник президента РФ', 'советник президента', 'советник Путина', 'радник Путіна', 'помощник Кремля'],
    ],
    patronymicEndings: ['ovich', 'evich', 'ovych', 'evych', 'ovna', 'evna', 'ivna', 'ович', 'евич', 'овн', 'евн', 'ївн', 'івн'],
  },
  donetsk: {
    names: [
      // Estonian "Donetski", "Donetskis".
      { form: 'Donetsk', endings: ['i', 'is'] },
      { form: 'Donetska Oblast' },
      { form: 'Donezk', endings: ['s'] },
      { form: 'Donieck', endings: ['a', 'u', 'iem'] },
      { form: 'Donețk' },
      { form: 'Doneţk' },
      { form: 'Donyeck', endings: ['ben', 'be', 'ből', 'et', 'nél', 're', 'ről', 'hez', 'től', 'ig', 'nek'] },
      { form: 'Doněck', endings: ['u', 'a', 'em', 'om'] },
      { form: 'Doneck', endings: ['u', 'a', 'om'] },
      { form: 'Донецк', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Донецьк', endings: ['а', 'у', 'ом'] },
      // The region, by its informal name.
      { form: 'Донеччин', endings: ['а', 'и', 'і', 'у', 'ою'] },
      { form: 'Донетчин', endings: ['а', 'ы', 'е', 'у', 'ой', 'ою'] },
      // Adjectives alone (донецкий, Donetskyi) are not the place; these phrases are.
      ...plain('Донецкая Народная Республика', 'Донецкой Народной Республики', 'Донецкой Народной Республике'),
      ...plain('Донецкую Народную Республику', 'Донецкой Народной Республикой'),
      ...plain('Донецька Народна Республіка', 'Донецької Народної Республіки', 'Донецькій Народній Республіці'),
      ...plain('Донецьку Народну Республіку', 'Донецькою Народною Республікою'),
      ...plain('Донецкая область', 'Донецкой области', 'Донецкую область', 'Донецкой областью'),
      ...plain('Донецька область', 'Донецької області', 'Донецькій області', 'Донецьку область', 'Донецькою областю'),
      // The regional administration: one mention each.
      ...['Донецька', 'Донецької', 'Донецькій', 'Донецьку', 'Донецькою'].flatMap((word) =>
        plain(`${word} ОВА`, `${word} ОДА`, `${word} обласна військова адміністрація`),
      ),
      ...['Донецкая', 'Донецкой', 'Донецкую'].flatMap((word) => plain(`${word} ОГА`, `${word} ВГА`, `${word} ОВА`, `${word} ОДА`)),
    ],
    suffixes: plain('Oblast', 'region', "People's Republic", 'Obwód', 'Oblast’', 'Oblastʹ'),
    acronyms: ['DPR', 'DNR', 'ДНР'],
    // The football clubs named after the city are not the place.
    excludedPrefixes: [
      ...['Shakhtar', 'Shakhtyor', 'Shakhtior', 'Shakhter', 'Szachtar', 'Szachtara', 'Szachtarem', 'Schachtar', 'Šachtar'],
      ...['Şahtar', 'Șahtior', 'Şahtior', 'Metalurh', 'Metalurg', 'Metallurg', 'Olimpik', 'Olympik'],
      ...inflect(HARD_RU, 'Шахтёр', 'Шахтер', 'Металлург', 'Металург', 'Олимпик', 'Олімпік'),
      ...inflect(['я', 'ю', 'ем', 'і'], 'Шахтар'),
    ],
    // "ДОНЕЦКОМ УГОЛЬНОМ БАССЕЙНЕ": the adjective of the coal basin, not the city's case form.
    excludedSuffixes: [
      ...inflect(['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ий', 'им', 'ім'], 'угольн', 'вугільн'),
      ...inflect(HARD_RU, 'кряж', 'бассейн', 'басейн'),
      // Named after the city, not the city: the railway, the front-line axis.
      ...inflect(['я', 'і', 'ю', 'а', 'ой', 'ую'], 'залізниц', 'железн'),
      ...inflect(['и', 'е', 'я'], 'направлени'),
      ...['напрямку', 'напрямок', 'Railway'],
    ],
  },
  volchansk: {
    names: [
      ...plain('Volchansk', 'Vovchansk', 'Wowtschansk', 'Woltschansk'),
      // Polish and Czech/Slovak forms take their endings; Estonian likewise.
      { form: 'Wołczańsk', endings: ['iem', 'u', 'a'] },
      { form: 'Wowczańsk', endings: ['iem', 'u', 'a'] },
      { form: 'Vovčansk', endings: ['u', 'em', 'a', 'om'] },
      { form: 'Volčansk', endings: ['u', 'em', 'a', 'om'] },
      { form: 'Vovtšansk', endings: ['i', 'is', 'isse'] },
      { form: 'Волчанск', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Вовчанськ', endings: ['а', 'у', 'ом'] },
    ],
  },
};

function plain(...forms: string[]): { form: string }[] {
  return forms.map((form) => ({ form }));
}

/** Words that share one set of endings ("Фёдор", "Фёдора", "Фёдору", …). */
function inflect(endings: readonly string[], ...stems: string[]): { form: string; endings: string[] }[] {
  return stems.map((form) => ({ form, endings: [...endings] }));
}

/**
 * Given names of other people called Ushakov in the news and in reference
 * works (the admiral, the linguist, the icon painter, a poet, athletes), in
 * the cases Russian and Ukrainian put them in before a surname, and common
 * transliterations. Not the aide's own (Yury, Юрий, Юрій).
 */
function otherGivenNames(): (string | { form: string; endings: string[] })[] {
  return [
    ...['Fyodor', 'Feodor', 'Fedor', 'Fiodor', 'Fjodor', 'Fëdor', 'Fedir', 'Theodore', 'Teodor', 'Fiodora', 'Fjodora'],
    ...['Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrii', 'Dmytro', 'Dimitri', 'Dmitrij', 'Dmitrija', 'Dymitr', 'Simon', 'Semyon'],
    ...['Simeon', 'Szymon', 'Sergey', 'Sergei', 'Serhiy', 'Serhii', 'Nikolai', 'Nikolay', 'Mykola', 'Alexei', 'Alexey'],
    ...['Aleksei', 'Oleksiy', 'Andrei', 'Andrey', 'Andriy', 'Ivan', 'Aleksandr', 'Oleksandr', 'Mikhail', 'Mykhailo'],
    ...['Vladimir', 'Volodymyr', 'Pavel', 'Igor', 'Oleg', 'Anton', 'Denis', 'Maxim', 'Viktor', 'Victor', 'Konstantin'],
    ...['Yevgeny', 'Evgeny', 'Boris', 'Pyotr', 'Roman', 'Artem', 'Kirill', 'Stepan', 'Ilya', 'Nikita', 'Vasily'],
    ...inflect(HARD_RU, 'Фёдор', 'Федор', 'Феодор', 'Симон', 'Семён', 'Семен', 'Иван', 'Александр', 'Михаил'),
    ...inflect(HARD_RU, 'Владимир', 'Олег', 'Антон', 'Денис', 'Максим', 'Виктор', 'Константин', 'Борис', 'Роман'),
    ...inflect(HARD_RU, 'Кирилл', 'Степан', 'Пётр', 'Петр', 'Павел', 'Артём', 'Артем'),
    ...inflect(['й', 'я', 'ю', 'ем', 'и'], 'Дмитри', 'Серге', 'Никола', 'Алексе', 'Андре', 'Васили', 'Евгени', 'Григори'),
    ...inflect(['ь', 'я', 'ю', 'ем'], 'Игор', 'Ігор', 'Васил'),
    ...inflect(HARD_UK, 'Федір', 'Федор', 'Семен', 'Віктор', 'Володимир', 'Костянтин', 'Євген', 'Олександр', 'Іван'),
    ...inflect(['о', 'а', 'у', 'ом', 'ові'], 'Дмитр', 'Михайл', 'Павл', 'Петр'),
    ...inflect(['ій', 'ія', 'ію', 'ієм', 'ієві'], 'Серг', 'Олекс', 'Андр', 'Анатол', 'Валер'),
    ...inflect(['а', 'и', 'і', 'у', 'ою', 'ы', 'е', 'ой'], 'Микол', 'Никит', 'Елен', 'Олен', 'Ольг', 'Ирин', 'Ірин', 'Анн'),
    ...inflect(['я', 'и', 'ї', 'ю', 'ей'], 'Наталь', 'Наталі', 'Татьян', 'Тетян'),
  ];
}
