import { useMemo, useState } from 'react';
import {
  FILTER_KINDS,
  GLOBAL_REGION_ID,
  TAG_KIND_NAMES,
  correctionKey,
  describeCorrections,
  isFilterKind,
  sameCorrection,
  type Briefing,
  type Corpus,
  type Correction,
  type CorrectionNote,
  type FilterKind,
  type Tag,
  type TagKind,
} from '@/core/corpus';
import { useAnalystName, useChangeCorrections } from '@/features/corrections/api/get-corrections';
import {
  AddTag,
  CorrectionMark,
  NotRight,
  describeNote,
} from '@/features/corrections/components/tag-corrections';
import { BriefingDetail, type TagCorrectionSlots } from '@/features/results/components/briefing-detail';

interface CorrectableBriefingDetailProps {
  /** The briefing as shown: the corrections laid over it. */
  briefing: Briefing;
  /** The same briefing before the corrections made in this browser (the corpus loaded), when it is there. */
  original: Briefing | undefined;
  /** The corpus shown (with every correction it carries). */
  corpus: Corpus;
  /** The corrections made in this browser: these can be undone here. */
  kept: readonly Correction[];
  onClose: () => void;
}

/** Where focus goes after a correction: to the control that takes the place of the one that went. */
type FocusTarget = { kind: FilterKind; tagId: string; on: 'undo' | 'not-right' | 'add' } | null;

/**
 * The briefing in full with its tags correctable: "Not right" on each tag, "Add…" for each kind, a mark on every
 * corrected tag, and Undo for the corrections made in this browser (the results and corrections features meet here).
 */
export function CorrectableBriefingDetail({
  briefing,
  original,
  corpus,
  kept,
  onClose,
}: CorrectableBriefingDetailProps) {
  const change = useChangeCorrections();
  const [author] = useAnalystName();
  const [problem, setProblem] = useState<string | null>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const notes = useMemo(
    () => describeCorrections(briefing, original, corpus.corrections ?? []),
    [briefing, original, corpus.corrections],
  );
  const local = useMemo(() => new Set(kept), [kept]);
  const isLocal = (n: CorrectionNote) => n.correction !== null && local.has(n.correction);
  const noteOf = (kind: TagKind, tagId: string, what: CorrectionNote['change']) =>
    notes.find((n) => n.kind === kind && n.tag.id === tagId && n.change === what);

  const record = (
    kind: FilterKind,
    tag: { id: string; label: string },
    action: Correction['action'],
    note = '',
  ) => {
    const c: Correction = {
      briefingId: briefing.id,
      kind,
      tagId: tag.id,
      label: tag.label,
      action,
      at: new Date().toISOString(),
      title: briefing.title.slice(0, 1000),
      ...(note ? { note } : {}),
      ...(author.trim() ? { author: author.trim() } : {}),
    };
    // Removed, the tag's Undo takes the place of its "Not right"; added, its Undo is where the analyst looks next.
    setFocus({ kind, tagId: tag.id, on: 'undo' });
    // One decision per tag in this browser: a new one takes the place of the last.
    void change((latest) => [...latest.filter((k) => correctionKey(k) !== correctionKey(c)), c]).then(
      setProblem,
    );
  };
  const undo = (n: CorrectionNote) => {
    const c = n.correction;
    if (!c) return;
    setFocus({ kind: c.kind, tagId: c.tagId, on: n.change === 'removed' ? 'not-right' : 'add' });
    void change((latest) => latest.filter((k) => !sameCorrection(k, c))).then(setProblem);
  };
  const focused = (kind: FilterKind, tagId: string, on: NonNullable<FocusTarget>['on']) =>
    focus?.kind === kind && focus.tagId === tagId && focus.on === on;

  const slots: TagCorrectionSlots = {
    kinds: FILTER_KINDS,
    notice: problem,
    // An analyst's addition, and Global standing in for the regions corrected away, have no words of their own.
    reasonOf: (kind, tag) => {
      const added = noteOf(kind, tag.id, 'added');
      if (!added) return null;
      return added.correction || tag.id === GLOBAL_REGION_ID ? describeNote(added, !isLocal(added)) : null;
    },
    actionsOf: (kind, tag) => {
      if (!isFilterKind(kind)) return null;
      const added = noteOf(kind, tag.id, 'added');
      if (added && isLocal(added))
        return (
          <CorrectionMark
            note={added}
            shipped={false}
            showText={false}
            onUndo={() => undo(added)}
            focusNow={focused(kind, tag.id, 'undo')}
          />
        );
      return (
        <>
          {added && !added.correction && tag.id !== GLOBAL_REGION_ID ? (
            <CorrectionMark note={added} shipped={false} onUndo={null} />
          ) : null}{' '}
          <NotRight
            tag={tag}
            onRemove={(note) => record(kind, tag, 'remove', note)}
            focusNow={focused(kind, tag.id, 'not-right')}
          />
        </>
      );
    },
    afterKind: (kind) => {
      if (!isFilterKind(kind)) return null;
      const removed = notes.filter((n) => n.kind === kind && n.change === 'removed');
      const hidden = new Set<string>([
        ...briefing[kind].map((t: Tag) => t.id),
        ...removed.filter(isLocal).map((n) => n.tag.id),
      ]);
      return (
        <>
          {removed.length > 0 ? (
            <ul aria-label={`Removed ${TAG_KIND_NAMES[kind].noun}`} className="mt-1 space-y-1">
              {removed.map((n) => (
                <li key={n.tag.id} className="break-words">
                  <span className="font-semibold line-through">{n.tag.label}</span>{' '}
                  <CorrectionMark
                    note={n}
                    shipped={!isLocal(n)}
                    onUndo={isLocal(n) ? () => undo(n) : null}
                    focusNow={focused(kind, n.tag.id, 'undo')}
                  />
                </li>
              ))}
            </ul>
          ) : null}
          <div className="mt-1">
            <AddTag
              kind={kind}
              corpus={corpus}
              hidden={hidden}
              onAdd={(tag) => record(kind, tag, 'add')}
              focusNow={focus?.kind === kind && focus.on === 'add'}
            />
          </div>
        </>
      );
    },
  };

  return <BriefingDetail briefing={briefing} onClose={onClose} corrections={slots} />;
}
