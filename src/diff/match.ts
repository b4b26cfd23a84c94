import { byId } from '../model/lookup.js';
import type { Origin, Text } from '../model/types.js';
import type { Change, ChangePlace } from './types.js';

/** Pairs two lists by id, never by index: what only the old has, only the new has, and both have. */
export function matchById<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
): { removed: T[]; added: T[]; kept: [T, T][] } {
  const old = byId(before);
  const now = byId(after);
  const removed = [...old.values()].filter((x) => !now.has(x.id));
  const added = [...now.values()].filter((x) => !old.has(x.id));
  const kept = [...now.values()].filter((x) => old.has(x.id)).map((x): [T, T] => [old.get(x.id)!, x]);
  return { removed, added, kept };
}

/** True when two texts say the same in every locale. */
export function sameText(a: Text | undefined, b: Text | undefined): boolean {
  const ka = Object.keys(a ?? {});
  const kb = Object.keys(b ?? {});
  return ka.length === kb.length && ka.every((k) => a?.[k] === b?.[k]);
}

/** True when two lists of texts say the same, item by item. */
export function sameTexts(a: readonly Text[] | undefined, b: readonly Text[] | undefined): boolean {
  const la = a ?? [];
  const lb = b ?? [];
  return la.length === lb.length && la.every((t, i) => sameText(t, lb[i]));
}

/** Locales whose wording stayed the same while the source locale's changed: their translation is stale now. */
export function staleLocales(before: readonly Text[], after: readonly Text[], source: string): string[] {
  const sourceChanged =
    before.length !== after.length || before.some((t, i) => t[source] !== after[i]?.[source]);
  if (!sourceChanged) return [];
  const locales = new Set(after.flatMap((t) => Object.keys(t)).filter((l) => l !== source));
  return [...locales]
    .filter((l) => after.every((t, i) => t[l] === undefined || t[l] === before[i]?.[l]))
    .filter((l) => after.some((t) => t[l] !== undefined))
    .sort();
}

/** The place of an entity's field (or the entity itself) in one version. */
export function placeOf(origin: Origin, side: ChangePlace['side'], field = ''): ChangePlace {
  const at = origin.positions[field] ?? origin.positions[''];
  return { side, file: origin.file, line: at?.line, column: at?.column };
}

/** Builds the change list of one kind of entity. */
export type ChangeSink = (change: Change) => void;
