import type { z } from 'zod';
import type { EntityId, Matching } from './schema.ts';

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
      ...inflect('Зак', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('Закари', ['']),
      ...inflect('Закарі', ['']),
      ...inflect('Алекс', ['', 'а', 'у', 'ом', 'е']),
      ...['Эндрю', 'Ендрю', 'Лорен'],
    ],
    isSurname: true,
    ownInitials: ['S.', 'С.', 'S. C.'],
    ownTitles: [
      ...['envoy', 'special envoy', 'peace envoy', 'negotiator', 'Sondergesandte', 'Sondergesandter', 'Sondergesandten'],
      ...['Gesandte', 'Gesandter', 'Gesandten', 'Sonderbeauftragte', 'Sonderbeauftragter', 'Sonderbeauftragten'],
      ...['wysłannik', 'wysłannika', 'wysłannikiem', 'wysłannikowi', 'specjalny wysłannik', 'specjalnego wysłannika'],
      ...['emisar', 'emisara', 'vyslanec', 'vyslance', 'vyslancem', 'zmocněnec', 'zmocněnce', 'trimisul'],
      ...inflect('спецпосланник', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('посланник', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('спецпредставитель', ['', 'я', 'ю', 'ем']),
      ...inflect('спецпосланник президента США', ['']),
      ...inflect('спецпосланник Трампа', ['']),
      ...inflect('спецпосланник США', ['']),
      ...['спецпосланець', 'спецпосланця', 'спецпосланцю', 'спецпосланцем', 'посланець', 'посланця', 'посланцем'],
      ...['спецпредставник', 'спецпредставника', 'спецпредставником', 'спецпосланець Трампа', 'спецпосланець США'],
      ...['спецпосланець президента США', 'спецпосланика', 'спецпосланик', 'пратеник', 'пратеника', 'специален пратеник'],
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
      ...['Admiral', 'Adm.', 'Professor', 'Prof.', 'Dr.', 'academician', 'Academician', 'linguist', 'lexicographer'],
      ...['painter', 'icon painter', 'iconographer', 'icon-painter', 'Saint', 'St.', 'Righteous', 'warrior', 'Admiralu'],
      ...['Order of', 'Medal of', 'Order of the', 'Admirał', 'Admirała', 'Admirale', 'admirał', 'Admiral Fiodor'],
      ...['Admirals', 'Adm', 'Sprachwissenschaftler', 'Ikonenmaler', 'Linguist', 'Lexikograf'],
      ...inflect('адмирал', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('адмірал', ['', 'а', 'у', 'ом', 'і', 'ові']),
      ...inflect('флотоводец', ['']),
      ...inflect('флотоводц', ['а', 'у', 'ем', 'е']),
      ...inflect('флотоводець', ['']),
      ...inflect('флотоводц', ['я', 'ю', 'ем', 'і']),
      ...['проф.', 'акад.', 'д-р', 'св.', 'прав.', 'им.', 'имени', 'імені', 'ім.'],
      ...inflect('профессор', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('професор', ['', 'а', 'у', 'ом', 'і', 'ові']),
      ...inflect('академик', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('академік', ['', 'а', 'у', 'ом', 'і', 'ові']),
      ...inflect('лингвист', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('лінгвіст', ['', 'а', 'у', 'ом', 'і']),
      ...inflect('лексикограф', ['', 'а', 'у', 'ом', 'е', 'і']),
      ...inflect('языковед', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('мовознав', ['ець', 'ця', 'цю', 'цем']),
      ...inflect('иконописц', ['а', 'у', 'ем', 'е']),
      ...['иконописец', 'іконописець', 'іконописця', 'іконописцю', 'іконописцем', 'художник', 'художника', 'художнику'],
      ...inflect('святого', ['']),
      ...['святой', 'святому', 'святым', 'святий', 'святим', 'праведный', 'праведного', 'праведному', 'праведний'],
      ...['воин', 'воина', 'воину', 'воїн', 'воїна', 'святого праведного воина', 'святого праведного воїна'],
      ...inflect('орден', ['', 'а', 'ом', 'у', 'е', 'ів', 'ов', 'ами']),
      ...inflect('медал', ['ь', 'и', 'ью', 'і', 'лю']),
      ...inflect('улиц', ['а', 'ы', 'е', 'у', 'ей']),
      ...inflect('вулиц', ['я', 'і', 'ю', 'ею']),
      ...['ул.', 'вул.', 'пл.', 'пр.', 'пр-т', 'пер.', 'наб.', 'бул.', 'б-р', 'ulica', 'ulicy', 'ulicą', 'ul.', 'ulice', 'ulici'],
      ...inflect('площад', ['ь', 'и', 'ью']),
      ...inflect('площ', ['а', 'і', 'у', 'ею']),
      ...inflect('проспект', ['', 'а', 'у', 'е', 'ом', 'і']),
      ...inflect('бульвар', ['', 'а', 'у', 'е', 'і']),
      ...inflect('переул', ['ок', 'ка', 'ке', 'ку']),
      ...inflect('набережн', ['ая', 'ой', 'ую', 'а', 'ій']),
      ...inflect('словар', ['ь', 'я', 'ю', 'е', 'ём', 'ем', 'и', 'ей']),
      ...inflect('словник', ['', 'а', 'у', 'ом']),
      ...inflect('крейсер', ['', 'а', 'у', 'ом', 'е', 'і']),
      ...inflect('корабл', ['ь', 'я', 'ю', 'ем', 'е', 'і']),
      ...inflect('эсминц', ['а', 'у', 'ем', 'е']),
      ...['эсминец', 'броненосец', 'броненосца', 'фрегат', 'фрегата', 'ледокол', 'ледокола', 'теплоход', 'теплохода'],
      ...['Дмитрий Николаевич', 'Дмитрия Николаевича', 'Федор Федорович', 'Фёдор Фёдорович', 'Федора Федоровича'],
    ],
    excludedSuffixes: [
      ...['Street', 'St', 'Avenue', 'Ave', 'Square', 'Boulevard', 'Embankment', 'Bridge', 'Lane', 'Park', 'Island'],
      ...['Medal', 'Order', 'Prize', 'Award', 'Museum', 'Monument', 'Cathedral', 'Bay', 'dictionary', 'Dictionary'],
      ...['Straße', 'Strasse', 'Str.', 'Platz', 'Orden', 'Medaille', 'Wörterbuch', 'Street’s'],
    ],
    isSurname: true,
    ownInitials: ['Y.', 'Yu.', 'Y. V.', 'Yu. V.', 'J.', 'Ju.', 'Ю.', 'Ю. В.'],
    ownTitles: [
      ...['aide', 'Kremlin aide', 'presidential aide', 'foreign policy aide', 'foreign-policy aide', 'adviser', 'advisor'],
      ...['Kremlin adviser', 'Kremlin advisor', 'Kremlin official', 'Berater', 'Kreml-Berater', 'Putin-Berater'],
      ...['Präsidentenberater', 'doradca', 'doradcy', 'doradcą', 'doradca Kremla', 'doradca prezydenta', 'poradce', 'poradca'],
      ...inflect('помощник', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('помощник президента', ['']),
      ...inflect('помощник президента России', ['']),
      ...inflect('помощник президента РФ', ['']),
      ...['помощника президента', 'помощнику президента', 'помощником президента', 'помощника президента России'],
      ...['помощника президента РФ', 'помощник Путина', 'помощника Путина', 'помощник российского президента'],
      ...inflect('помічник', ['', 'а', 'у', 'ом', 'і']),
      ...['помічник президента', 'помічника президента', 'помічник президента Росії', 'помічника президента Росії'],
      ...['помічник президента РФ', 'помічник Путіна', 'помічника Путіна', 'помічником Путіна'],
      ...inflect('советник', ['', 'а', 'у', 'ом', 'е']),
      ...['советник президента', 'советник Путина', 'радник', 'радника', 'раднику', 'радником', 'радник Путіна'],
      ...['кремлёвский помощник', 'помощник Кремля', 'съветник', 'помощник на Путин', 'помощникът на Путин'],
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
      ...['Донецкая', 'Донецкой', 'Донецкую'].flatMap((word) => plain(`${word} ОГА`, `${word} ВГА`, `${word} ВАЦ`)),
    ],
    suffixes: plain('Oblast', 'region', "People's Republic", 'Obwód', 'Oblast’', 'Oblastʹ'),
    acronyms: ['DPR', 'DNR', 'ДНР'],
    // The football clubs named after the city are not the place.
    excludedPrefixes: [
      ...['Shakhtar', 'Shakhtyor', 'Shakhtior', 'Shakhter', 'Szachtar', 'Szachtara', 'Szachtarem', 'Schachtar', 'Šachtar', 'Şahtar'],
      ...['Metalurh', 'Metalurg', 'Metallurg', 'Metalurhu', 'Olimpik', 'Olympik', 'FC Shakhtar', 'Šachtaru', 'Şahtior'],
      ...inflect('Шахтёр', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('Шахтер', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('Шахтар', ['', 'я', 'ю', 'ем', 'і']),
      ...inflect('Металлург', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('Металург', ['', 'а', 'у', 'ом', 'і']),
      ...inflect('Олимпик', ['', 'а', 'у', 'ом', 'е']),
      ...inflect('Олімпік', ['', 'а', 'у', 'ом', 'і']),
    ],
    // "ДОНЕЦКОМ УГОЛЬНОМ БАССЕЙНЕ": the adjective of the coal basin, not the city's case form.
    excludedSuffixes: [
      ...inflect('угольн', ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой']),
      ...inflect('вугільн', ['ий', 'ого', 'ому', 'им', 'ім']),
      ...inflect('кряж', ['', 'а', 'у', 'е', 'ем']),
      ...['бассейн', 'бассейна', 'бассейне', 'басейн', 'басейну', 'басейні', 'коксохимический', 'металлургический'],
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

/** A word with each of its endings written out (lists of excluded words take whole words). */
function inflect(stem: string, endings: readonly string[]): string[] {
  return endings.map((ending) => stem + ending);
}

/**
 * Given names of other people called Ushakov in the news and in reference
 * works, in the cases Russian and Ukrainian put them in before a surname,
 * and their common transliterations. Not the aide's own (Yury, Юрий, Юрій).
 */
function otherGivenNames(): string[] {
  const latin = [
    ...['Fyodor', 'Feodor', 'Fedor', 'Fiodor', 'Fjodor', 'Fëdor', 'Fedir', 'Theodore', 'Teodor', 'Fiodora', 'Fjodora'],
    ...['Dmitry', 'Dmitri', 'Dmitriy', 'Dmitrii', 'Dmytro', 'Dimitri', 'Dmitrij', 'Dmitrija', 'Dymitr', 'Dmitrijs'],
    ...['Simon', 'Semyon', 'Semen', 'Simeon', 'Szymon', 'Sergey', 'Sergei', 'Serhiy', 'Serhii', 'Siergiej', 'Sergej'],
    ...['Nikolai', 'Nikolay', 'Mykola', 'Nikolaj', 'Mikołaj', 'Alexei', 'Alexey', 'Aleksei', 'Oleksiy', 'Oleksii', 'Aleksiej'],
    ...['Andrei', 'Andrey', 'Andriy', 'Andrii', 'Andrzej', 'Ivan', 'Iwan', 'Alexander', 'Aleksandr', 'Oleksandr', 'Aleksander'],
    ...['Mikhail', 'Mykhailo', 'Michaił', 'Vladimir', 'Volodymyr', 'Władimir', 'Pavel', 'Pavlo', 'Paweł', 'Igor', 'Ihor'],
    ...['Oleg', 'Oleh', 'Anton', 'Denis', 'Denys', 'Maxim', 'Maksim', 'Maksym', 'Viktor', 'Victor', 'Wiktor', 'Vasily'],
    ...['Vasyl', 'Grigory', 'Hryhoriy', 'Konstantin', 'Kostiantyn', 'Yevgeny', 'Evgeny', 'Yevhen', 'Boris', 'Borys'],
    ...['Pyotr', 'Petr', 'Petro', 'Roman', 'Artem', 'Artyom', 'Kirill', 'Stepan', 'Ilya', 'Nikita', 'Anatoly', 'Valery'],
    ...['Gennady', 'Vadim', 'Leonid', 'Elena', 'Yelena', 'Olga', 'Irina', 'Natalia', 'Tatiana', 'Anna'],
  ];
  const russian = [
    ...inflect('Фёдор', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Федор', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Феодор', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Дмитри', ['й', 'я', 'ю', 'ем', 'и']),
    ...inflect('Симон', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Сем', ['ён', 'ен', 'ёна', 'ена', 'ёну', 'ену', 'ёном', 'еном']),
    ...inflect('Серге', ['й', 'я', 'ю', 'ем', 'е']),
    ...inflect('Никола', ['й', 'я', 'ю', 'ем', 'е']),
    ...inflect('Алексе', ['й', 'я', 'ю', 'ем', 'е']),
    ...inflect('Андре', ['й', 'я', 'ю', 'ем', 'е']),
    ...inflect('Иван', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Александр', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Михаил', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Владимир', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Павл', ['а', 'у', 'ом', 'е']),
    ...inflect('Игор', ['ь', 'я', 'ю', 'ем', 'е']),
    ...inflect('Олег', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Антон', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Денис', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Максим', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Виктор', ['', 'а', 'у', 'ом', 'е']),
    ...inflect('Васили', ['й', 'я', 'ю', 'ем']),
    ...inflect('Григори', ['й', 'я', 'ю', 'ем']),
    ...inflect('Константин', ['', 'а', 'у', 'ом']),
    ...inflect('Евгени', ['й', 'я', 'ю', 'ем']),
    ...inflect('Борис', ['', 'а', 'у', 'ом']),
    ...inflect('П', ['ётр', 'етр', 'етра', 'етру', 'етром']),
    ...inflect('Роман', ['', 'а', 'у', 'ом']),
    ...inflect('Арт', ['ём', 'ем', 'ёма', 'ема', 'ёму', 'ему']),
    ...inflect('Кирилл', ['', 'а', 'у', 'ом']),
    ...inflect('Степан', ['', 'а', 'у', 'ом']),
    ...inflect('Ил', ['ья', 'ьи', 'ье', 'ью', 'ьёй']),
    ...inflect('Никит', ['а', 'ы', 'е', 'у', 'ой']),
    ...['Павел', 'Елена', 'Елены', 'Ольга', 'Ольги', 'Ирина', 'Ирины', 'Наталья', 'Натальи', 'Татьяна', 'Татьяны', 'Анна', 'Анны'],
  ];
  const ukrainian = [
    ...inflect('Федір', ['']),
    ...inflect('Федор', ['ові']),
    ...inflect('Дмитр', ['о', 'а', 'у', 'ом', 'ові']),
    ...inflect('Семен', ['', 'а', 'у', 'ом', 'ові']),
    ...inflect('Серг', ['ій', 'ія', 'ію', 'ієм', 'ієві']),
    ...inflect('Микол', ['а', 'и', 'і', 'у', 'ою']),
    ...inflect('Олекс', ['ій', 'ія', 'ію', 'ієм', 'андр', 'андра', 'андру', 'андром']),
    ...inflect('Андр', ['ій', 'ія', 'ію', 'ієм']),
    ...inflect('Михайл', ['о', 'а', 'у', 'ом']),
    ...inflect('Володимир', ['', 'а', 'у', 'ом']),
    ...inflect('Павл', ['о', 'ові']),
    ...inflect('Ігор', ['', 'я', 'ю', 'ем']),
    ...inflect('Олег', ['ові']),
    ...inflect('Віктор', ['', 'а', 'у', 'ом', 'ові']),
    ...inflect('Васил', ['ь', 'я', 'ю', 'ем']),
    ...inflect('Костянтин', ['', 'а', 'у', 'ом']),
    ...inflect('Євген', ['', 'а', 'у', 'ом']),
    ...['Олена', 'Олени', 'Ірина', 'Ірини', 'Наталія', 'Наталії', 'Тетяна', 'Тетяни'],
  ];
  return [...latin, ...russian, ...ukrainian];
}
