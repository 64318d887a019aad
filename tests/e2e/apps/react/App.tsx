/** @jsxImportSource react */
import { useEffect, useState, type MouseEvent } from 'react';
import {
  ABOUT,
  BRIEFING,
  LIST,
  hrefOf,
  mentionsAttribute,
  nextList,
  routeOf,
  type Block,
  type Inline,
  type ListAction,
  type Route,
} from '../shared/content.ts';

/** Props of {@link App}: the server renders the home route; the client hydrates the same, then follows the address bar. */
export interface AppProps {
  base: string;
  initialRoute: Route;
  article: readonly Block[];
}

function Part({ part }: { part: Inline }) {
  if (typeof part === 'string') return part;
  if (part.tag === 'a') return <a href={part.href}>{part.text}</a>;
  const Tag = part.tag;
  return <Tag>{part.text}</Tag>;
}

function Text({ block }: { block: Block }) {
  return block.parts.map((part, index) => <Part key={index} part={part} />);
}

function Paragraphs({ blocks }: { blocks: readonly Block[] }) {
  return blocks.map((block) => (
    <p key={block.id} data-mentions={mentionsAttribute(block)}>
      <Text block={block} />
    </p>
  ));
}

/** The fixture SPA: an article, a keyed list and History API routes. */
export function App({ base, initialRoute, article }: AppProps) {
  const [route, setRoute] = useState<Route>(initialRoute);
  const [items, setItems] = useState<readonly Block[]>(LIST);
  useEffect(() => {
    const follow = () => setRoute(routeOf(location.pathname, base));
    // Every path serves the home route's markup (SPA fallback): hydrate that, then show the address bar's route.
    follow();
    window.addEventListener('popstate', follow);
    return () => window.removeEventListener('popstate', follow);
  }, [base]);
  const link = (to: Route, label: string) => (
    <a
      href={hrefOf(to, base)}
      onClick={(event: MouseEvent) => {
        event.preventDefault();
        history.pushState(null, '', hrefOf(to, base));
        setRoute(to);
      }}
    >
      {label}
    </a>
  );
  const act = (action: ListAction) => () => setItems((shown) => nextList(shown, action));
  return (
    <div className="app">
      <nav>
        {link('/', 'Home')} {link('/briefing', 'Briefing')} {link('/about', 'About')}
      </nav>
      <main data-route={route}>
        {route === '/' && (
          <>
            <article>
              <Paragraphs blocks={article} />
            </article>
            <section aria-label="Latest">
              <ul>
                {items.map((item) => (
                  <li key={item.id} data-item={item.id} data-mentions={mentionsAttribute(item)}>
                    <Text block={item} />
                  </li>
                ))}
              </ul>
              <button type="button" id="reverse" onClick={act('reverse')}>
                Reverse the list
              </button>
              <button type="button" id="remove" onClick={act('remove')}>
                Remove the first item
              </button>
              <button type="button" id="add" onClick={act('add')}>
                Add an item
              </button>
            </section>
          </>
        )}
        {route === '/briefing' && <Paragraphs blocks={BRIEFING} />}
        {route === '/about' && <Paragraphs blocks={ABOUT} />}
      </main>
    </div>
  );
}
