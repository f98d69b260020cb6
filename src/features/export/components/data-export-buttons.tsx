import { downloadText } from '@/lib/download';

interface DataExportButtonsProps {
  /** The file name for an extension ('csv', 'json'). */
  fileName: (extension: string) => string;
  makeCsv: () => string;
  makeJson: () => string;
  /** Briefings in view, for the button names. */
  count: number;
}

const buttonClass =
  'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2';

/** Downloads of the briefings in view (CSV, JSON) and the printable briefing pack. */
export function DataExportButtons({ fileName, makeCsv, makeJson, count }: DataExportButtonsProps) {
  const what = `${count.toLocaleString('en')} briefing${count === 1 ? '' : 's'}`;
  return (
    <div role="group" aria-label="Export" className="flex flex-wrap gap-2 print:hidden">
      <button
        type="button"
        className={buttonClass}
        aria-label={`Download ${what} as CSV`}
        onClick={() => downloadText(makeCsv(), 'text/csv;charset=utf-8', fileName('csv'))}
      >
        CSV
      </button>
      <button
        type="button"
        className={buttonClass}
        aria-label={`Download ${what} as JSON`}
        onClick={() => downloadText(makeJson(), 'application/json', fileName('json'))}
      >
        JSON
      </button>
      <button type="button" className={buttonClass} onClick={() => window.print()}>
        Print briefing pack
      </button>
    </div>
  );
}
