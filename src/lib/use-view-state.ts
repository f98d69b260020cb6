import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { parseViewState, serializeViewState, type ViewState } from '@/core/view';

/**
 * The URL is the view: this hook reads `location.search` (re-reading on back/forward) and writes it with
 * pushState. No component keeps a copy of the filter state.
 */
const NAVIGATE_EVENT = 'briefing-atlas:navigate';

function subscribe(onChange: () => void) {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

/** The address of a view, relative to the current page: for links that open a view. */
export function hrefOf(state: ViewState): string {
  const query = serializeViewState(state);
  return `${window.location.pathname}${query ? `?${query}` : ''}`;
}

export interface NavigateOptions {
  /** Replace the current history entry instead of adding one (for cleaning up a link, or typing). */
  replace?: boolean;
}

export function useViewState() {
  const search = useSyncExternalStore(subscribe, getSearch, () => '');
  const { state, dropped } = useMemo(() => parseViewState(search), [search]);
  const navigate = useCallback((next: ViewState, options: NavigateOptions = {}) => {
    const href = hrefOf(next);
    if (href === `${window.location.pathname}${window.location.search}`) return;
    if (options.replace) window.history.replaceState(null, '', href);
    else window.history.pushState(null, '', href);
    window.dispatchEvent(new Event(NAVIGATE_EVENT));
  }, []);
  return { state, dropped, navigate };
}
