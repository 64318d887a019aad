/** @jsxImportSource react */
import { renderToString } from 'react-dom/server';
import { ARTICLE, appBase } from '../shared/content.ts';
import { App } from './App.tsx';

/** The home route's markup, rendered once at bundle time (build-apps.ts) into the page every route serves. */
export function render(): string {
  return renderToString(<App base={appBase('react')} initialRoute="/" article={ARTICLE} />);
}
