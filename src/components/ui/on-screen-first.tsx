import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * A panel counts as on screen when any of it is in the viewport. No margin is needed: a panel off the screen is
 * current again a frame or two after a change (long before a hand can scroll to it), and one that scrolls in is
 * redrawn at once if it is not.
 */
const NEAR_MARGIN = '0px';

let observer: IntersectionObserver | null = null;
const onChange = new WeakMap<Element, (near: boolean) => void>();

/** One observer for every panel; without IntersectionObserver (tests, old browsers) every panel is on screen. */
function watch(element: Element, report: (near: boolean) => void): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) onChange.get(entry.target)?.(entry.isIntersecting);
    },
    { rootMargin: NEAR_MARGIN },
  );
  onChange.set(element, report);
  observer.observe(element);
  return () => {
    observer?.unobserve(element);
    onChange.delete(element);
  };
}

interface OnScreenFirstProps {
  children: ReactNode;
  className?: string;
}

/**
 * A panel of the page that redraws on screen first. While it is on the screen, a change redraws it with everything
 * else; while it is off the screen, the page's update leaves it as it was and it catches up in a transition of its
 * own, started as soon as that update is committed (one that a newer keystroke can interrupt). So what the user sees
 * is drawn sooner, and the off-screen charts, facets and results are current a moment later, long before anyone can
 * scroll to them (docs/decisions/011-on-screen-first.md). A separate transition, not `useDeferredValue`: in a render
 * that is itself a transition (large corpora draw search results in one) a deferred value would not wait.
 *
 * The element carries `data-offscreen` while it is off the screen, for the browser benchmark (which times the
 * on-screen update and the catch-up apart) and for anyone debugging.
 */
export function OnScreenFirst({ children, className }: OnScreenFirstProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(true);
  useEffect(() => {
    const element = ref.current;
    return element ? watch(element, setNear) : undefined;
  }, []);
  // What the panel shows while off the screen. On the screen it follows the children at once (React's "adjust state
  // while rendering": redone before anything is drawn), so going off the screen never shows an older view.
  const [later, setLater] = useState<ReactNode>(children);
  if (near && later !== children) setLater(children);
  useEffect(() => {
    if (near || later === children) return;
    startTransition(() => setLater(children));
  }, [near, children, later]);
  // Off the screen, the same elements as last time: React skips them.
  return (
    <div ref={ref} className={className} data-offscreen={near ? undefined : ''}>
      {near ? children : later}
    </div>
  );
}
