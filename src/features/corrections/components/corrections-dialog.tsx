import { ModalDialog } from '@/components/ui/modal-dialog';
import { useId, useRef, useState } from 'react';
import {
  MAX_CORRECTIONS_BYTES,
  TAG_KIND_NAMES,
  findRegion,
  parseCorrectionsText,
  planCorrectionsImport,
  sameCorrection,
  toCorrectionsFile,
  type Corpus,
  type Correction,
  type CorrectionsImport,
} from '@/core/corpus';
import { findBriefing } from '@/core/view';
import { downloadText } from '@/lib/download';
import { useAnalystName, useChangeCorrections } from '../api/get-corrections';

interface CorrectionsDialogProps {
  /** The corpus shown (corrected): for the briefings' titles and the import's report. */
  corpus: Corpus;
  /** The corrections made in this browser. */
  kept: readonly Correction[];
  /** Why the kept corrections could not be read or kept, if so. */
  notice: string | null;
}

type Phase =
  | { kind: 'idle' }
  | { kind: 'imported'; file: string; report: CorrectionsImport; problem: string | null }
  | { kind: 'failed'; message: string }
  | { kind: 'confirm-clear' }
  | { kind: 'cleared'; count: number };

const button = 'rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:bg-surface-2';
const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const SHOWN = 100;

/** A correction in words: "Region Asia/Pacific removed from “…”". */
function describeCorrection(c: Correction, corpus: Corpus): string {
  const title = findBriefing(corpus, c.briefingId)?.title ?? c.title ?? c.briefingId;
  const label = c.label ?? (c.kind === 'regions' ? findRegion(c.tagId)?.label : undefined) ?? c.tagId;
  return `${TAG_KIND_NAMES[c.kind].one} ${label} ${c.action === 'add' ? 'added to' : 'removed from'} “${title}”`;
}

/**
 * "Corrections": the corrections made in this browser, shared with a team as a file ("Export corrections",
 * "Import corrections", with a report of what applied), undone one by one or all at once.
 */
export function CorrectionsDialog({ corpus, kept, notice }: CorrectionsDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [name, setName] = useAnalystName();
  const change = useChangeCorrections();
  const fileId = useId();
  const nameId = useId();
  const shipped = corpus.corrections?.length ? corpus.corrections.length - kept.length : 0;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_CORRECTIONS_BYTES) {
      setPhase({
        kind: 'failed',
        message: `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB, far more than any list of corrections. Nothing was changed.`,
      });
      return;
    }
    const read = parseCorrectionsText(await file.text());
    if (!read.ok) {
      setPhase({ kind: 'failed', message: `${file.name}: ${read.reason}` });
      return;
    }
    const planned: { report?: CorrectionsImport } = {};
    const problem = await change((latest) => {
      planned.report = planCorrectionsImport(corpus, latest, read.data);
      return planned.report.next;
    });
    if (planned.report) setPhase({ kind: 'imported', file: file.name, report: planned.report, problem });
  };

  const newest = [...kept].reverse().slice(0, SHOWN);

  return (
    <>
      <button
        type="button"
        onClick={() => {
          setPhase({ kind: 'idle' });
          dialogRef.current?.showModal();
        }}
        className={button}
      >
        Corrections{kept.length > 0 ? ` (${kept.length.toLocaleString('en')})` : ''}
      </button>
      <ModalDialog ref={dialogRef} title="Corrections" onClose={() => dialogRef.current?.close()}>
        <p className="text-sm text-muted">
          When a tag is wrong, open the briefing and choose “Not right”, or “Add…” for one that is missing.
          Every count, chart, map, slide and export follows. Corrections are kept in this browser; export them
          to share with your team. A colleague imports the file here; placed in{' '}
          <code>seeds/corrections.json</code>, it ships with the corpus.
        </p>
        <p role="status" className="font-medium">
          {plural(kept.length, 'correction')} made in this browser
          {shipped > 0 ? `; ${plural(shipped, 'correction')} came with this corpus` : ''}.
        </p>
        {notice ? (
          <p role="alert" className="rounded-md border border-warn-border bg-warn-bg p-2 text-sm">
            {notice}
          </p>
        ) : null}

        <div className="flex flex-col gap-1">
          <label htmlFor={nameId} className="text-sm font-medium">
            Your name, recorded with the corrections you make (optional)
          </label>
          <input
            id={nameId}
            type="text"
            maxLength={200}
            value={name}
            onChange={(e) => setName(e.target.value)}
            className="rounded-md border border-line bg-bg px-2 py-1"
          />
        </div>

        <div className="flex flex-wrap items-end gap-3">
          <button
            type="button"
            className={button}
            disabled={kept.length === 0}
            onClick={() =>
              downloadText(
                JSON.stringify(toCorrectionsFile(kept, new Date().toISOString()), null, 2) + '\n',
                'application/json',
                `briefing-atlas-corrections-${new Date().toISOString().slice(0, 10)}.json`,
              )
            }
          >
            Export corrections
          </button>
          <div className="flex flex-col gap-1">
            <label htmlFor={fileId} className="text-sm font-medium">
              Import corrections
            </label>
            <input
              id={fileId}
              type="file"
              accept=".json,application/json"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                void onFile(file);
              }}
              className="text-sm file:mr-3 file:rounded-md file:border file:border-line file:bg-surface file:px-3 file:py-1.5"
            />
          </div>
          {kept.length > 0 && phase.kind !== 'confirm-clear' ? (
            <button type="button" className={button} onClick={() => setPhase({ kind: 'confirm-clear' })}>
              Remove all corrections…
            </button>
          ) : null}
        </div>

        {phase.kind === 'confirm-clear' ? (
          <div role="group" aria-label="Remove all corrections" className="rounded-md border border-line p-3">
            <p className="text-sm">
              Remove all {plural(kept.length, 'correction')} made in this browser? The tags go back to what
              the tagger found. Export them first if you may want them again.
            </p>
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                className="rounded-md border border-accent bg-accent px-3 py-1.5 text-sm font-semibold text-accent-fg"
                onClick={() => {
                  const count = kept.length;
                  void change(() => []).then(() => setPhase({ kind: 'cleared', count }));
                }}
              >
                Remove all
              </button>
              <button type="button" className={button} onClick={() => setPhase({ kind: 'idle' })}>
                Keep them
              </button>
            </div>
          </div>
        ) : null}
        {phase.kind === 'cleared' ? (
          <p role="status" className="text-sm">
            Removed {plural(phase.count, 'correction')}: the tags are the tagger’s again.
          </p>
        ) : null}
        {phase.kind === 'failed' ? (
          <p role="alert" className="rounded-md border border-error-border bg-error-bg p-3 text-sm">
            {phase.message}
          </p>
        ) : null}
        {phase.kind === 'imported' ? <ImportReport {...phase} corpus={corpus} /> : null}

        {kept.length > 0 ? (
          <section aria-label="Corrections made in this browser">
            <h3 className="text-base font-semibold">Made in this browser, newest first</h3>
            <ul className="mt-2 space-y-2 text-sm">
              {newest.map((c) => (
                <li
                  key={`${c.briefingId}:${c.kind}:${c.tagId}:${c.at}`}
                  className="flex flex-wrap items-center gap-2"
                >
                  <span>
                    {describeCorrection(c, corpus)}
                    {c.note ? ` — ${c.note}` : ''}
                    <span className="text-muted">
                      {' '}
                      ({c.author ? `${c.author}, ` : ''}
                      {c.at.slice(0, 10)}
                      {findBriefing(corpus, c.briefingId) ? '' : '; that briefing is not in this corpus'})
                    </span>
                  </span>
                  <button
                    type="button"
                    className="rounded border border-line bg-surface px-2 py-0.5 font-medium hover:bg-surface-2"
                    aria-label={`Undo: ${describeCorrection(c, corpus)}`}
                    onClick={() => void change((latest) => latest.filter((k) => !sameCorrection(k, c)))}
                  >
                    Undo
                  </button>
                </li>
              ))}
              {kept.length > SHOWN ? <li>…and {(kept.length - SHOWN).toLocaleString('en')} older.</li> : null}
            </ul>
          </section>
        ) : null}
      </ModalDialog>
    </>
  );
}

function ImportReport({
  file,
  report,
  problem,
  corpus,
}: {
  file: string;
  report: CorrectionsImport;
  problem: string | null;
  corpus: Corpus;
}) {
  const read =
    report.applied.length +
    report.noBriefing.length +
    report.alreadySo.length +
    report.duplicates +
    report.conflicts.length;
  return (
    <section aria-label="Import report" className="rounded-md border border-line bg-surface p-3 text-sm">
      <p role="status" className="font-medium">
        Imported {file}: {plural(report.applied.length, 'correction')} applied,{' '}
        {report.noBriefing.length.toLocaleString('en')} no longer matching a briefing in this corpus,{' '}
        {plural(report.conflicts.length, 'conflict')}
        {report.alreadySo.length > 0 ? `, ${report.alreadySo.length.toLocaleString('en')} already so` : ''}
        {report.duplicates > 0 ? `, ${report.duplicates.toLocaleString('en')} already kept` : ''}.
      </p>
      {read === 0 ? <p className="mt-1">The file holds no corrections.</p> : null}
      {problem ? (
        <p role="alert" className="mt-2 rounded border border-warn-border bg-warn-bg p-2">
          {problem}
        </p>
      ) : null}
      {report.noBriefing.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer">
            No longer matching a briefing ({report.noBriefing.length.toLocaleString('en')}): kept, and applied
            if the briefing comes back
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {report.noBriefing.slice(0, SHOWN).map((c, i) => (
              <li key={i}>{describeCorrection(c, corpus)}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {report.conflicts.length > 0 ? (
        <details className="mt-2" open={report.conflicts.length <= 5}>
          <summary className="cursor-pointer">
            Conflicts ({report.conflicts.length.toLocaleString('en')}): two decisions about one tag; the later
            one stands
          </summary>
          <ul className="mt-1 list-disc pl-5">
            {report.conflicts.slice(0, SHOWN).map(({ incoming, other, kept }, i) => (
              <li key={i}>
                {describeCorrection(incoming, corpus)} ({incoming.at.slice(0, 10)}) against{' '}
                {other.action === 'add' ? 'adding' : 'removing'} it ({other.at.slice(0, 10)}): kept{' '}
                {kept === incoming ? 'the imported one' : 'the one made before'}.
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
