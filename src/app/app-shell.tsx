import type { ReactNode } from 'react';
import { ThemeSwitch } from '@/components/ui/theme-switch';

interface AppShellProps {
  /** The search form (role="search", searchbox "Search briefings") goes here, in the header. */
  search?: ReactNode;
  /** Header controls beside the theme switch: Present, Import briefings… */
  actions?: ReactNode;
  children: ReactNode;
}

/**
 * Skip links, first in the tab order and shown when focused: past the header to the page, to the filters, to the
 * results (their targets, #filters and #results, take focus). A link whose target is not drawn (no corpus) does
 * nothing.
 */
const SKIP_LINKS = [
  ['#main', 'Skip to main content'],
  ['#filters', 'Skip to filters'],
  ['#results', 'Skip to results'],
] as const;

/** Page frame: skip links, header (name, search slot, theme), main landmark. */
export function AppShell({ search, actions, children }: AppShellProps) {
  return (
    <>
      {SKIP_LINKS.map(([href, text]) => (
        <a
          key={href}
          href={href}
          className="sr-only z-50 rounded-md bg-accent px-4 py-2 font-semibold text-accent-fg focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
        >
          {text}
        </a>
      ))}
      <header className="border-b border-line bg-surface">
        <div className="mx-auto flex max-w-[120rem] flex-wrap items-center gap-x-6 gap-y-2 px-3 py-3 sm:px-6">
          <div className="min-w-0">
            <h1 className="text-xl font-bold tracking-tight sm:text-2xl">Briefing Atlas</h1>
            <p className="text-sm text-muted">WCO customs briefings by theme, region and programme</p>
          </div>
          {/* The search box keeps at least 16rem at every width: the controls wrap to a line of their own first. */}
          <div className="order-3 w-full min-w-0 sm:order-none sm:w-auto sm:min-w-[16rem] sm:flex-[1_1_20rem]">
            {search}
          </div>
          <div className="ml-auto flex flex-wrap items-center gap-2 print:hidden">
            {actions}
            <ThemeSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-[120rem] px-3 py-4 outline-none sm:px-6">
        {children}
      </main>
    </>
  );
}
