/**
 * Light/dark theme: 'system' (the default) follows the OS preference; 'light' and 'dark' are stored choices.
 * The resolved theme is written to `<html data-theme>`, which the CSS reads.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

const STORAGE_KEY = 'briefing-atlas:theme';
const listeners = new Set<() => void>();
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

/** The choice in effect: read from storage once, then kept here (every render of the switch asks for it). */
let current: ThemeChoice | null = null;

export function getThemeChoice(): ThemeChoice {
  if (current) return current;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    current = stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    current = 'system';
  }
  return current;
}

function resolve(choice: ThemeChoice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

/** Writes the resolved theme to the document. Called before the first render and whenever something changes. */
export function applyTheme(): void {
  document.documentElement.dataset.theme = resolve(getThemeChoice());
}

export function setThemeChoice(choice: ThemeChoice): void {
  current = choice;
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Storage can be unavailable (private mode): the choice then lasts for this page only.
  }
  applyTheme();
  listeners.forEach((l) => l());
}

/** Keeps the document in step with the OS preference; returns the unsubscribe. */
export function followSystemTheme(): () => void {
  const query = darkQuery();
  const onChange = () => {
    applyTheme();
    listeners.forEach((l) => l());
  };
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
