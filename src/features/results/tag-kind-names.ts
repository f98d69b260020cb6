import type { TagKind } from '@/core/corpus';
import { TAG_KIND_LIST } from '@/core/corpus';

/** Plural display names of the tag kinds (one definition: src/core/corpus/tag-kinds.ts). */
export const TAG_KIND_NAMES: Record<TagKind, string> = Object.fromEntries(
  TAG_KIND_LIST.map(([kind, many]) => [kind, many]),
) as Record<TagKind, string>;

/** Kinds shown as chips on a result card, in this order. */
export const CHIP_KINDS = [
  'themes',
  'regions',
  'countries',
  'programmes',
  'organizations',
  'instruments',
] as const;
