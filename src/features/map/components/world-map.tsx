import { memo, useMemo, useRef, useState, type KeyboardEvent, type ReactNode, type SVGProps } from 'react';
import './world-map.css';
import { useQuery } from '@tanstack/react-query';
import { ChartFigure } from '@/components/ui/chart-figure';
import { isGlobalRegion } from '@/core/corpus';
import { boundaryNotes, CHARTS, chartDescription, fixedColor, type LegendItem } from '@/core/view';
import { worldQueryOptions, type World, type WorldShape } from '../api/get-world';
import {
  buildColorClasses,
  colorFor,
  legendItems,
  NO_DATA,
  rampKindOf,
  type ColorClass,
} from '../utils/color-classes';

export type MapMode = 'country' | 'region';

export interface MapValue {
  id: string;
  label: string;
  count: number;
  selected: boolean;
}

export interface WorldMapProps {
  /** Briefings per country (facet counts: the country selection itself left out, so any country can be added). */
  countries: readonly MapValue[];
  /** Briefings per WCO region, Global included. */
  regions: readonly MapValue[];
  /** The WCO region of a country (alpha-3), from the tagger's region table. */
  regionOf: (alpha3: string) => { id: string; label: string } | undefined;
  mode: MapMode;
  onModeChange: (mode: MapMode) => void;
  onToggleCountry: (id: string) => void;
  onToggleRegion: (id: string) => void;
  /** N: the briefings matching the view (the counting rule is the map's entry in the chart table). */
  total: number;
  /** Export controls, given a function that draws the map as standalone SVG markup (fixed colours). */
  renderActions?: (makeDrawing: () => MapDrawingMarkup | null) => React.ReactNode;
}

export interface MapDrawingMarkup {
  inner: string;
  width: number;
  height: number;
  /** The colour scale, as the page's legend shows it. */
  legend: LegendItem[];
  /** Said under the map: Global, which the map cannot show, and the boundaries drawn dashed. */
  notes: string[];
}

/** The colour of a dashed boundary (world.ts, `DASHED_BOUNDARIES`): the text's, over any fill. */
const BOUNDARY_STROKE = 'var(--fg)';

/** Countries smaller than this (in square view units) also get a dot, so they can be seen, pointed at and focused. */
const TINY_AREA = 30;

const plural = (n: number) => `${n.toLocaleString('en')} briefing${n === 1 ? '' : 's'}`;
/** Global has no place on a map: the page, the slide and the export say its count in this line. */
const globalLine = (n: number) => `Global (worldwide, or no place named): ${plural(n)}`;

function activate(event: KeyboardEvent, action: () => void) {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    action();
  }
}

/**
 * The map as standalone SVG markup in fixed colours, with its legend and Global line: what the SVG/PNG export and
 * the printed pack draw, from the same colour classes and legend as the map on the page.
 */
export function drawMapMarkup({
  world,
  countries,
  regions,
  regionOf,
  mode,
}: Pick<WorldMapProps, 'countries' | 'regions' | 'regionOf' | 'mode'> & { world: World }): MapDrawingMarkup {
  const global = regions.find((r) => isGlobalRegion(r.id, r.label));
  const placed = regions.filter((r) => r !== global);
  const classes = buildColorClasses(
    mode === 'country' ? countries.map((c) => c.count) : placed.map((r) => r.count),
    rampKindOf(mode),
  );
  const byCountry = new Map(countries.map((c) => [c.id, c.count]));
  const byRegion = new Map(placed.map((r) => [r.id, r.count]));
  const countOf = (id: string) =>
    mode === 'country' ? (byCountry.get(id) ?? 0) : (byRegion.get(regionOf(id)?.id ?? '') ?? 0);
  const inner = world.shapes
    .map((s) => {
      const fill = fixedColor(colorFor(classes, s.id ? countOf(s.id) : 0) ?? NO_DATA);
      return `<path d="${s.path}" fill="${fill}" stroke="#ffffff" stroke-width="0.5"/>`;
    })
    .join('');
  const boundaries = world.boundaries
    .map(
      (b) =>
        `<path d="${b.path}" fill="none" stroke="${fixedColor(BOUNDARY_STROKE)}" stroke-width="0.6" stroke-dasharray="1.2 0.9"/>`,
    )
    .join('');
  return {
    inner: inner + boundaries,
    width: world.width,
    height: world.height,
    legend: legendItems(classes),
    notes: [globalLine(global?.count ?? 0), ...boundaryNotes(world)],
  };
}

/** A world choropleth of briefings, by country or by WCO region, as a figure with a table alternative. */
export function WorldMap(props: WorldMapProps) {
  const world = useQuery(worldQueryOptions());
  const { countries, regions, mode, onModeChange, total, regionOf } = props;
  const global = regions.find((r) => isGlobalRegion(r.id, r.label));
  const placed = useMemo(() => regions.filter((r) => r !== global), [regions, global]);
  const classes = useMemo(
    () =>
      buildColorClasses(
        mode === 'country' ? countries.map((c) => c.count) : placed.map((r) => r.count),
        rampKindOf(mode),
      ),
    [mode, countries, placed],
  );
  const makeDrawing = (): MapDrawingMarkup | null =>
    world.data ? drawMapMarkup({ world: world.data, countries, regions, regionOf, mode }) : null;

  const table =
    mode === 'country' ? (
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Briefings by country</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">WCO region</th>
            <th scope="col" className="text-right">
              Briefings
            </th>
          </tr>
        </thead>
        <tbody>
          {countries
            .filter((c) => c.count > 0)
            .map((c) => (
              <tr key={c.id}>
                <th scope="row" className="font-normal">
                  {c.label}
                </th>
                <td>{props.regionOf(c.id)?.label ?? '—'}</td>
                <td className="text-right tabular-nums">{c.count}</td>
              </tr>
            ))}
        </tbody>
      </table>
    ) : (
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Briefings by WCO region</caption>
        <thead>
          <tr>
            <th scope="col">WCO region</th>
            <th scope="col" className="text-right">
              Briefings
            </th>
          </tr>
        </thead>
        <tbody>
          {regions.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="font-normal">
                {r.label}
              </th>
              <td className="text-right tabular-nums">{r.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  const chart = world.isPending ? (
    <p className="p-6 text-muted">Loading the map…</p>
  ) : world.isError ? (
    <div role="alert" className="rounded-md border border-error-border bg-error-bg p-3 text-sm">
      {world.error.message}{' '}
      <button type="button" className="underline" onClick={() => void world.refetch()}>
        Retry
      </button>
    </div>
  ) : (
    <MapDrawing {...props} world={world.data} placedRegions={placed} classes={classes} />
  );

  return (
    <ChartFigure
      title={CHARTS.map.title}
      description={
        <>
          {chartDescription(CHARTS.map, { n: total, mode })}{' '}
          <span className="font-medium text-fg">{globalLine(global?.count ?? 0)}</span>
          {global && global.count > 0 ? (
            <>
              {' '}
              <button
                type="button"
                aria-pressed={global.selected}
                onClick={() => props.onToggleRegion(global.id)}
                className="rounded border border-line px-2 py-0.5 text-xs hover:bg-surface-2"
              >
                {global.selected ? 'Remove Global filter' : 'Filter to Global'}
              </button>
            </>
          ) : null}
          {/* The boundaries drawn dashed, in plain words (world.ts): under the rule, on a line of their own. */}
          {world.data
            ? boundaryNotes(world.data).map((note) => (
                <span key={note} className="mt-1 block">
                  {note}
                </span>
              ))
            : null}
        </>
      }
      chart={
        <div>
          <div
            role="group"
            aria-label="Colour the map"
            className="mb-2 inline-flex overflow-hidden rounded-md border border-line"
          >
            {(['country', 'region'] as const).map((m) => (
              <button
                key={m}
                type="button"
                aria-pressed={mode === m}
                onClick={() => onModeChange(m)}
                className="px-3 py-1 text-sm aria-pressed:bg-accent aria-pressed:text-accent-fg"
              >
                {m === 'country' ? 'By country' : 'By WCO region'}
              </button>
            ))}
          </div>
          {chart}
        </div>
      }
      table={table}
      actions={props.renderActions?.(makeDrawing)}
    />
  );
}

interface DrawingProps extends WorldMapProps {
  world: World;
  placedRegions: readonly MapValue[];
  classes: readonly ColorClass[];
}

function MapDrawing({
  world,
  countries,
  placedRegions,
  classes,
  regionOf,
  mode,
  onToggleCountry,
  onToggleRegion,
}: DrawingProps) {
  const [hover, setHover] = useState<string | null>(null);
  const byCountry = useMemo(() => new Map(countries.map((c) => [c.id, c])), [countries]);
  const byRegion = useMemo(() => new Map(placedRegions.map((r) => [r.id, r])), [placedRegions]);
  // Per world, once: shapes by name (the keyboard order), and the shapes of each region.
  const byName = useMemo(() => [...world.shapes].sort((a, b) => a.name.localeCompare(b.name)), [world]);
  const shapesOfRegion = useMemo(() => {
    const out = new Map<string, WorldShape[]>();
    for (const s of world.shapes) {
      const region = s.id ? regionOf(s.id)?.id : undefined;
      if (!region) continue;
      const list = out.get(region);
      if (list) list.push(s);
      else out.set(region, [s]);
    }
    return out;
  }, [world, regionOf]);

  const valueOf = (alpha3: string): MapValue | undefined =>
    mode === 'country' ? byCountry.get(alpha3) : byRegion.get(regionOf(alpha3)?.id ?? '');

  const describe = (alpha3: string, name: string) => {
    const region = regionOf(alpha3);
    const count =
      mode === 'country' ? (byCountry.get(alpha3)?.count ?? 0) : (byRegion.get(region?.id ?? '')?.count ?? 0);
    return mode === 'country'
      ? `${name}${region ? ` · ${region.label}` : ''} · ${plural(count)}`
      : `${name} · ${region?.label ?? 'no WCO region'} · ${plural(count)} in the region`;
  };
  const hovered = hover ? world.shapes.find((s) => s.id === hover) : undefined;

  const interactiveCountries =
    mode === 'country' ? byName.filter((s) => s.id && (byCountry.get(s.id)?.count ?? 0) > 0) : [];
  const selectedShapes = world.shapes.filter((s) => s.id && valueOf(s.id)?.selected);

  const zoom = useMapZoom(world);
  const fitToBriefings = () => {
    const shapes = world.shapes.filter((s) => s.id && (valueOf(s.id)?.count ?? 0) > 0);
    zoom.fit(shapes.map((s) => s.bounds));
  };

  // One handler set for the whole drawing (the shape is found from the event), so each of the ~240 paths is a
  // memoised element that only redraws when its colour changes.
  const shapeOf = (target: EventTarget) =>
    target instanceof Element ? target.getAttribute('data-shape') : null;
  const onShapeClick = (e: React.MouseEvent) => {
    const id = shapeOf(e.target);
    const value = id ? valueOf(id) : undefined;
    if (!id || !value || value.count === 0) return;
    if (mode === 'country') onToggleCountry(id);
    else onToggleRegion(value.id);
  };

  return (
    <div>
      <div role="group" aria-label="Zoom" className="mb-2 flex flex-wrap gap-2 text-sm">
        <button type="button" className={ZOOM_BUTTON} onClick={() => zoom.by(1.6)} aria-label="Zoom in">
          +
        </button>
        <button type="button" className={ZOOM_BUTTON} onClick={() => zoom.by(1 / 1.6)} aria-label="Zoom out">
          −
        </button>
        <button type="button" className={ZOOM_BUTTON} onClick={fitToBriefings}>
          Zoom to briefings
        </button>
        <button type="button" className={ZOOM_BUTTON} onClick={zoom.reset} disabled={zoom.isWorld}>
          Whole world
        </button>
      </div>
      <svg
        viewBox={zoom.viewBox}
        {...zoom.panHandlers}
        onClickCapture={zoom.swallowClickAfterPan}
        className={`h-auto w-full ${zoom.isWorld ? 'touch-pan-y' : 'touch-none cursor-grab'}`}
        role="group"
        aria-label={mode === 'country' ? 'World map by country' : 'World map by WCO region'}
      >
        <g
          aria-hidden="true"
          onMouseOver={(e) => setHover(shapeOf(e.target) || null)}
          onMouseOut={() => setHover(null)}
          onClick={onShapeClick}
        >
          {/* Keyed by position too: a country can be drawn as two shapes (Australia and its islands). */}
          {world.shapes.map((s, i) => {
            const value = s.id ? valueOf(s.id) : undefined;
            return (
              <ShapePath
                key={`${i}-${s.id}`}
                shape={s}
                fill={colorFor(classes, value?.count ?? 0) ?? NO_DATA}
                clickable={!!value && value.count > 0}
              />
            );
          })}
        </g>
        <DashedBoundaries world={world} />
        {/* Keyboard and screen-reader targets: one per country with briefings (alphabetical), or one per region. */}
        {mode === 'country'
          ? interactiveCountries.map((s) => {
              const value = byCountry.get(s.id)!;
              return (
                <CountryTarget
                  key={s.id}
                  shape={s}
                  pressed={value.selected}
                  label={`${describe(s.id, s.name)}. Filter by ${s.name}`}
                  // A dot marks a country too small to point at, at the size it is drawn now: zoomed in, the
                  // country itself takes over, and a dot keeps its size on screen rather than growing with it.
                  dot={
                    s.area * zoom.scale ** 2 < TINY_AREA ? (colorFor(classes, value.count) ?? NO_DATA) : null
                  }
                  dotRadius={4 / zoom.scale}
                  onToggle={onToggleCountry}
                  onHover={setHover}
                />
              );
            })
          : placedRegions
              .filter((r) => r.count > 0)
              .map((r) => (
                <RegionTarget
                  key={r.id}
                  id={r.id}
                  pressed={r.selected}
                  label={`${r.label} · ${plural(r.count)}. Filter by ${r.label}`}
                  shapes={shapesOfRegion.get(r.id)}
                  onToggle={onToggleRegion}
                  onHover={setHover}
                />
              ))}
        <g aria-hidden="true" pointerEvents="none">
          {selectedShapes.map((s) => (
            <path
              key={`sel-${s.id}`}
              d={s.path}
              fill="none"
              stroke="var(--fg)"
              strokeWidth={2}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </g>
      </svg>
      <p aria-hidden="true" className="min-h-6 text-sm text-muted">
        {hovered ? describe(hovered.id, hovered.name) : 'Point at or focus a country to see its count.'}
      </p>
      <Legend classes={classes} />
    </div>
  );
}

/**
 * The boundaries the map dashes (world.ts, `DASHED_BOUNDARIES`), over the shapes' own edges and under the focus and
 * selection outlines; a dash keeps its length on screen at any zoom.
 */
function DashedBoundaries({ world, width = 1.5 }: { world: World; width?: number }) {
  return (
    <g aria-hidden="true" pointerEvents="none">
      {world.boundaries.map((b) => (
        <path
          key={b.between.join('-')}
          d={b.path}
          data-boundary={b.between.join('-')}
          fill="none"
          stroke={BOUNDARY_STROKE}
          strokeWidth={width}
          strokeDasharray="2.5 2"
          vectorEffect="non-scaling-stroke"
        />
      ))}
    </g>
  );
}

/** One country of the drawing; its events are handled by the drawing (see `data-shape`). */
const ShapePath = memo(function ShapePath({
  shape,
  fill,
  clickable,
}: {
  shape: WorldShape;
  fill: string;
  clickable: boolean;
}) {
  return (
    <path
      d={shape.path}
      data-shape={shape.id || undefined}
      fill={fill}
      stroke="var(--bg)"
      strokeWidth={0.5}
      vectorEffect="non-scaling-stroke"
      className={clickable ? 'cursor-pointer' : undefined}
    />
  );
});

const CountryTarget = memo(function CountryTarget({
  shape: s,
  pressed,
  label,
  dot,
  dotRadius,
  onToggle,
  onHover,
}: {
  shape: WorldShape;
  pressed: boolean;
  label: string;
  /** Fill of the dot drawn over a country too small to see, or null. */
  dot: string | null;
  /** The dot's radius in map units. */
  dotRadius: number;
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}) {
  return (
    <MapButton
      pressed={pressed}
      label={label}
      onActivate={() => onToggle(s.id)}
      onFocus={() => onHover(s.id)}
      onBlur={() => onHover(null)}
      onMouseEnter={() => onHover(s.id)}
      onMouseLeave={() => onHover(null)}
    >
      <path d={s.path} fill="transparent" />
      {dot !== null ? (
        <circle
          cx={s.centroid[0]}
          cy={s.centroid[1]}
          r={dotRadius}
          fill={dot}
          stroke="var(--fg)"
          strokeWidth={1}
        />
      ) : null}
    </MapButton>
  );
});

const RegionTarget = memo(function RegionTarget({
  id,
  pressed,
  label,
  shapes = [],
  onToggle,
  onHover,
}: {
  id: string;
  pressed: boolean;
  label: string;
  shapes?: readonly WorldShape[];
  onToggle: (id: string) => void;
  onHover: (id: string | null) => void;
}) {
  return (
    <MapButton pressed={pressed} label={label} onActivate={() => onToggle(id)}>
      {shapes.map((s, i) => (
        <path
          key={`${i}-${s.id}`}
          d={s.path}
          fill="transparent"
          onMouseEnter={() => onHover(s.id)}
          onMouseLeave={() => onHover(null)}
        />
      ))}
    </MapButton>
  );
});

/** A keyboard and pointer target on the map: a toggle button made of shapes (a country, or a region's). */
function MapButton({
  pressed,
  label,
  onActivate,
  children,
  ...events
}: {
  pressed: boolean;
  label: string;
  onActivate: () => void;
  children: ReactNode;
} & Pick<SVGProps<SVGGElement>, 'onFocus' | 'onBlur' | 'onMouseEnter' | 'onMouseLeave'>) {
  return (
    <g
      role="button"
      tabIndex={0}
      aria-pressed={pressed}
      aria-label={label}
      className="map-target cursor-pointer"
      onClick={onActivate}
      onKeyDown={(e) => activate(e, onActivate)}
      {...events}
    >
      {children}
    </g>
  );
}

const ZOOM_BUTTON =
  'min-w-9 rounded-md border border-line bg-surface px-2.5 py-1 font-medium hover:bg-surface-2 disabled:opacity-50';

type Box = [[number, number], [number, number]];

/**
 * Zoom and pan of the map as a view box: buttons zoom about the centre, "Zoom to briefings" fits the shaded
 * countries, and dragging pans once zoomed (a drag never counts as a click on a country). Strokes do not scale.
 */
function useMapZoom(world: World) {
  const full = { x: 0, y: 0, w: world.width, h: world.height };
  const [box, setBox] = useState(full);
  const drag = useRef<{ x: number; y: number; box: typeof full; moved: boolean; scale: number } | null>(null);
  const moved = useRef(false);

  const clamp = (b: typeof full) => {
    const w = Math.min(world.width, Math.max(world.width / 24, b.w));
    const h = (w * world.height) / world.width;
    return {
      w,
      h,
      x: Math.min(Math.max(b.x, 0), world.width - w),
      y: Math.min(Math.max(b.y, 0), world.height - h),
    };
  };
  const by = (factor: number) =>
    setBox((b) => {
      const w = b.w / factor;
      const h = b.h / factor;
      return clamp({ x: b.x + (b.w - w) / 2, y: b.y + (b.h - h) / 2, w, h });
    });
  const fit = (boxes: readonly Box[]) => {
    if (boxes.length === 0) return setBox(full);
    const x0 = Math.min(...boxes.map((b) => b[0][0]));
    const y0 = Math.min(...boxes.map((b) => b[0][1]));
    const x1 = Math.max(...boxes.map((b) => b[1][0]));
    const y1 = Math.max(...boxes.map((b) => b[1][1]));
    const pad = 20;
    const w = Math.max(x1 - x0 + 2 * pad, ((y1 - y0 + 2 * pad) * world.width) / world.height);
    setBox(
      clamp({ x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - (w * world.height) / world.width / 2, w, h: 0 }),
    );
  };
  const isWorld = box.w >= world.width;
  return {
    viewBox: `${box.x} ${box.y} ${box.w} ${box.h}`,
    isWorld,
    /** How many times the map is enlarged (1: whole world). */
    scale: world.width / box.w,
    by,
    fit,
    reset: () => setBox(full),
    panHandlers: {
      onPointerDown: (e: React.PointerEvent<SVGSVGElement>) => {
        if (isWorld || e.button !== 0) return;
        const rect = e.currentTarget.getBoundingClientRect();
        drag.current = { x: e.clientX, y: e.clientY, box, moved: false, scale: box.w / rect.width };
        moved.current = false;
      },
      onPointerMove: (e: React.PointerEvent<SVGSVGElement>) => {
        const d = drag.current;
        if (!d) return;
        const dx = e.clientX - d.x;
        const dy = e.clientY - d.y;
        if (!d.moved && Math.hypot(dx, dy) < 4) return;
        if (!d.moved) e.currentTarget.setPointerCapture(e.pointerId);
        d.moved = true;
        moved.current = true;
        setBox(clamp({ ...d.box, x: d.box.x - dx * d.scale, y: d.box.y - dy * d.scale }));
      },
      onPointerUp: () => {
        drag.current = null;
      },
      onPointerCancel: () => {
        drag.current = null;
      },
    },
    swallowClickAfterPan: (e: React.MouseEvent) => {
      if (moved.current) {
        e.stopPropagation();
        e.preventDefault();
        moved.current = false;
      }
    },
  };
}

function Legend({
  classes,
  className = 'mt-1 gap-x-3 gap-y-1 text-sm',
}: {
  classes: readonly ColorClass[];
  className?: string;
}) {
  return (
    <ul aria-label="Legend" className={`flex flex-wrap ${className}`}>
      {legendItems(classes).map((item) => (
        <li key={item.label} className="flex items-center gap-[0.3em]">
          <span
            aria-hidden="true"
            className="inline-block h-[0.86em] w-[1.43em] rounded-sm border border-line"
            style={{ background: item.color }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The map as a picture, for a slide: the same shapes, colour classes and legend as the page, and the Global line,
 * without anything to press (no zoom, no mode switch, no table switch). It fills the box it is given.
 */
export function StaticWorldMap({
  countries,
  regions,
  regionOf,
  mode,
}: Pick<WorldMapProps, 'countries' | 'regions' | 'regionOf' | 'mode'>) {
  const world = useQuery(worldQueryOptions());
  const global = regions.find((r) => isGlobalRegion(r.id, r.label));
  const placed = regions.filter((r) => r !== global);
  const counts = mode === 'country' ? countries.map((c) => c.count) : placed.map((r) => r.count);
  const classes = buildColorClasses(counts, rampKindOf(mode));
  const byCountry = new Map(countries.map((c) => [c.id, c.count]));
  const byRegion = new Map(placed.map((r) => [r.id, r.count]));
  const countOf = (id: string) =>
    mode === 'country' ? (byCountry.get(id) ?? 0) : (byRegion.get(regionOf(id)?.id ?? '') ?? 0);
  return (
    <div className="flex min-h-0 flex-1 flex-col gap-[1vmin]">
      {world.data ? (
        <svg
          viewBox={`0 0 ${world.data.width} ${world.data.height}`}
          preserveAspectRatio="xMidYMid meet"
          className="min-h-0 w-full flex-1"
          role="img"
          aria-label={mode === 'country' ? 'World map by country' : 'World map by WCO region'}
        >
          {world.data.shapes.map((s, i) => (
            <path
              key={`${i}-${s.id}`}
              d={s.path}
              fill={colorFor(classes, s.id ? countOf(s.id) : 0) ?? NO_DATA}
              stroke="var(--bg)"
              strokeWidth={0.5}
            />
          ))}
          <DashedBoundaries world={world.data} width={2} />
        </svg>
      ) : (
        <p className="flex-1 text-muted">{world.isError ? world.error.message : 'Loading the map…'}</p>
      )}
      <Legend classes={classes} className="slide-label justify-center gap-x-[2.5vmin] gap-y-[0.5vmin]" />
      <p className="slide-label text-center font-medium">{globalLine(global?.count ?? 0)}</p>
      {world.data
        ? boundaryNotes(world.data).map((note) => (
            <p key={note} className="slide-small text-center text-muted">
              {note}
            </p>
          ))
        : null}
    </div>
  );
}
