import type { z } from 'zod';
import type { EntityId, Matching } from './schema.ts';

/**
 * How each entity is recognised on a page: the table of
 * shared/spec/mentions.md "Names and their forms", as data for lib/match.
 * Spaces in a form match any whitespace, apostrophes match ' and ’, and
 * names match in any letter case (acronyms only as written here).
 */
export const matching: Record<EntityId, z.input<typeof Matching>> = {
  witkoff: {
    names: [
      { form: 'Witkoff' },
      // Russian spellings take Russian case endings; the Ukrainian ones also the locative -і.
      { form: 'Уиткофф', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Виткофф', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Віткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
      { form: 'Уіткофф', endings: ['а', 'у', 'ом', 'е', 'і'] },
    ],
    prefixes: [
      ...plain('Steve', 'Steven', 'Stephen', 'Steven Charles', 'Steven C.', 'Steve C.', 'Mr.', 'Mr'),
      { form: 'Стив', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Стивен', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Стів', endings: ['а', 'у', 'ом', 'і'] },
      { form: 'Стівен', endings: ['а', 'у', 'ом', 'і'] },
    ],
    // His wife and sons, who are in the news too; "Mrs." and "Ms." are never him.
    excludedPrefixes: [
      ...['Zach', 'Zachary', 'Alex', 'Alexander', 'Andrew', 'Andy', 'Lauren', 'Mrs.', 'Mrs', 'Ms.', 'Ms'],
      ...['Зак', 'Зака', 'Заку', 'Закари', 'Закарі', 'Алекс', 'Алекса', 'Алексу', 'Эндрю', 'Ендрю', 'Лорен'],
    ],
  },
  ushakov: {
    names: [{ form: 'Ushakov' }, { form: 'Ушаков', endings: ['а', 'у', 'ым', 'е', 'им', 'і'] }],
    prefixes: [
      ...plain('Yury', 'Yuri', 'Yuriy', 'Yurii', 'Mr.', 'Mr'),
      ...plain('Yury Viktorovich', 'Yuri Viktorovich', 'Yuriy Viktorovich', 'Yurii Viktorovych'),
      ...plain('Юрий', 'Юрия', 'Юрию', 'Юрием', 'Юрии', 'Юрій', 'Юрія', 'Юрію', 'Юрієм', 'Юрії'),
      ...plain('Юрий Викторович', 'Юрия Викторовича', 'Юрию Викторовичу', 'Юрием Викторовичем'),
      ...plain('Юрій Вікторович', 'Юрія Вікторовича', 'Юрію Вікторовичу', 'Юрієм Вікторовичем'),
    ],
    // The admiral and saint (and what is named after him), the icon painter, the linguist, …
    excludedPrefixes: [
      ...['Fyodor', 'Feodor', 'Fedor', 'Theodore', 'Admiral', 'Adm.', 'Order of', 'Medal of'],
      ...['Sergey', 'Sergei', 'Serhiy', 'Simon', 'Dmitry', 'Dmitri', 'Nikolai', 'Nikolay', 'Alexei', 'Alexey'],
      ...['Фёдор', 'Федор', 'Фёдора', 'Федора', 'Фёдору', 'Федору', 'Фёдором', 'Федором', 'Федір'],
      ...['адмирал', 'адмирала', 'адмиралу', 'адмиралом', 'адмірал', 'адмірала', 'адміралом'],
      ...['орден', 'ордена', 'орденом', 'медаль', 'медали', 'медалі'],
      ...['Сергей', 'Сергея', 'Сергій', 'Сергія', 'Симон', 'Симона', 'Дмитрий', 'Дмитрия', 'Дмитро', 'Дмитра'],
      ...['Николай', 'Николая', 'Микола', 'Миколи', 'Елена', 'Ольга', 'Ирина', 'Наталья', 'Татьяна'],
    ],
  },
  donetsk: {
    names: [
      { form: 'Donetsk' },
      { form: 'Donetska Oblast' },
      { form: 'Донецк', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Донецьк', endings: ['а', 'у', 'ом'] },
      // Adjectives alone (донецкий, Donetskyi) are not the place; these phrases are.
      ...plain('Донецкая Народная Республика', 'Донецкой Народной Республики', 'Донецкой Народной Республике'),
      ...plain('Донецкую Народную Республику', 'Донецкой Народной Республикой'),
      ...plain('Донецька Народна Республіка', 'Донецької Народної Республіки', 'Донецькій Народній Республіці'),
      ...plain('Донецьку Народну Республіку', 'Донецькою Народною Республікою'),
      ...plain('Донецкая область', 'Донецкой области', 'Донецкую область', 'Донецкой областью'),
      ...plain('Донецька область', 'Донецької області', 'Донецькій області', 'Донецьку область', 'Донецькою областю'),
    ],
    suffixes: plain('Oblast', 'region', "People's Republic"),
    acronyms: ['DPR', 'DNR', 'ДНР'],
  },
  volchansk: {
    names: [
      ...plain('Volchansk', 'Vovchansk', 'Vovčansk', 'Wowtschansk', 'Woltschansk', 'Wołczańsk'),
      { form: 'Волчанск', endings: ['а', 'у', 'ом', 'е'] },
      { form: 'Вовчанськ', endings: ['а', 'у', 'ом'] },
    ],
  },
};

function plain(...forms: string[]): { form: string }[] {
  return forms.map((form) => ({ form }));
}
