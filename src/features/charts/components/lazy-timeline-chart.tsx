import { lazy } from 'react';

/**
 * `TimelineChart` loaded on demand: it is the one chart that needs Recharts (its brush), which is ~100 KB gzip on
 * its own, and the first screen's JavaScript budget is 200 KB (docs/decisions/008-scale-to-100k.md). Render it
 * inside `<Suspense fallback={…}>` with a placeholder of the chart's height.
 */
export const LazyTimelineChart = lazy(() =>
  import('./timeline-chart').then((m) => ({ default: m.TimelineChart })),
);
