import { defineComponent, h, onBeforeUnmount, onMounted, ref, shallowRef, type PropType, type VNodeChild } from 'vue';
import {
  ABOUT,
  BRIEFING,
  LIST,
  hrefOf,
  mentionsAttribute,
  nextList,
  routeOf,
  type Block,
  type ListAction,
  type Route,
} from '../shared/content.ts';

// Render functions rather than single-file components: no compiler plugin in the fixture build.

function text(block: Block): VNodeChild[] {
  return block.parts.map((part) => (typeof part === 'string' ? part : h(part.tag, part.href ? { href: part.href } : null, part.text)));
}

function paragraphs(blocks: readonly Block[]): VNodeChild[] {
  return blocks.map((block) => h('p', { key: block.id, 'data-mentions': mentionsAttribute(block) }, text(block)));
}

/** The fixture SPA: an article, a keyed list and History API routes (the React app's twin). */
export const App = defineComponent({
  name: 'FixtureApp',
  props: {
    base: { type: String, required: true },
    initialRoute: { type: String as PropType<Route>, required: true },
    article: { type: Array as PropType<readonly Block[]>, required: true },
  },
  setup(props) {
    const route = ref<Route>(props.initialRoute);
    const items = shallowRef<readonly Block[]>(LIST);
    const follow = () => {
      route.value = routeOf(location.pathname, props.base);
    };
    onMounted(() => {
      // Every path serves the home route's markup (SPA fallback): hydrate that, then show the address bar's route.
      follow();
      window.addEventListener('popstate', follow);
    });
    onBeforeUnmount(() => window.removeEventListener('popstate', follow));
    const link = (to: Route, label: string) =>
      h(
        'a',
        {
          href: hrefOf(to, props.base),
          onClick(event: MouseEvent) {
            event.preventDefault();
            history.pushState(null, '', hrefOf(to, props.base));
            route.value = to;
          },
        },
        label,
      );
    const button = (id: ListAction, label: string) =>
      h(
        'button',
        {
          type: 'button',
          id,
          onClick() {
            items.value = nextList(items.value, id);
          },
        },
        label,
      );
    return () =>
      h('div', { class: 'app' }, [
        h('nav', [link('/', 'Home'), ' ', link('/briefing', 'Briefing'), ' ', link('/about', 'About')]),
        h(
          'main',
          { 'data-route': route.value },
          route.value === '/'
            ? [
                h('article', paragraphs(props.article)),
                h('section', { 'aria-label': 'Latest' }, [
                  h(
                    'ul',
                    items.value.map((item) =>
                      h('li', { key: item.id, 'data-item': item.id, 'data-mentions': mentionsAttribute(item) }, text(item)),
                    ),
                  ),
                  button('reverse', 'Reverse the list'),
                  button('remove', 'Remove the first item'),
                  button('add', 'Add an item'),
                ]),
              ]
            : paragraphs(route.value === '/briefing' ? BRIEFING : ABOUT),
        ),
      ]);
  },
});
