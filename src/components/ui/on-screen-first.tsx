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
  // What the panel shows while off the screen, and what it last drew on the screen (kept by the effect below, so a
  // keystroke on the screen costs no second render of the panel).
  const [later, setLater] = useState<ReactNode>(children);
  const drawn = useRef<ReactNode>(children);
  useEffect(() => {
    if (near) drawn.current = children;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    return watch(element, (isNear) => {
      // Going off the screen, it keeps what it drew last: never an older view.
      if (!isNear) setLater(drawn.current);
      setNear(isNear);
    });
  }, []);
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
