import { createSSRApp } from 'vue';
import { appBase, clientArticle, type Route } from '../shared/content.ts';
import { App } from './App.ts';

const errors: string[] = [];
window.__errors = errors;

const container = document.getElementById('app')!;
const initialRoute = (container.dataset.ssrRoute ?? '/') as Route;
const article = clientArticle(new URLSearchParams(location.search).has('mismatch'));
const app = createSSRApp(App, { base: appBase('vue'), initialRoute, article });
app.config.errorHandler = (error, _instance, info) => {
  errors.push(`error (${info}): ${error instanceof Error ? error.message : String(error)}`);
};
// Vue's development build reports hydration mismatches as warnings: keep them, and still show them in the console.
app.config.warnHandler = (message, _instance, trace) => {
  errors.push(`warning: ${message}`);
  console.warn(`[Vue warn]: ${message}${trace}`);
};
app.mount(container);
window.__hydrated = true;
