import { createSSRApp } from 'vue';
import { renderToString } from 'vue/server-renderer';
import { ARTICLE, appBase } from '../shared/content.ts';
import { App } from './App.ts';

/** The home route's markup, rendered once at bundle time (build-apps.ts) into the page every route serves. */
export function render(): Promise<string> {
  return renderToString(createSSRApp(App, { base: appBase('vue'), initialRoute: '/', article: ARTICLE }));
}
