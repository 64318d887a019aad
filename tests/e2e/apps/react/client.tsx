/** @jsxImportSource react */
import { useEffect, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { appBase, clientArticle, type Route } from '../shared/content.ts';
import { App } from './App.tsx';

const errors: string[] = [];
window.__errors = errors;
const record = (kind: string) => (error: unknown) => {
  errors.push(`${kind}: ${error instanceof Error ? error.message : String(error)}`);
};

/** Renders nothing of its own (the markup stays the server's); marks the end of hydration for the tests. */
function Hydrated({ children }: { children: ReactNode }) {
  useEffect(() => {
    window.__hydrated = true;
  }, []);
  return children;
}

const container = document.getElementById('app')!;
const initialRoute = (container.dataset.ssrRoute ?? '/') as Route;
const article = clientArticle(new URLSearchParams(location.search).has('mismatch'));
hydrateRoot(
  container,
  <Hydrated>
    <App base={appBase('react')} initialRoute={initialRoute} article={article} />
  </Hydrated>,
  { onRecoverableError: record('recoverable'), onUncaughtError: record('uncaught'), onCaughtError: record('caught') },
);
