/**
 * A sharded scan reads only its own files, but the prefilter judges a file by what it imports
 * too (a `nowSec()` helper in one file, an expiry constant in another). This reads the text facts
 * of the files the shard's files import, transitively, as deep as the prefilter looks, so each
 * shard decides exactly as the unsharded scan would. Nothing read here is analysed or reported.
 */
import { moduleKeyCandidates } from '../analysis/js/module-keys.js';
import { textFacts, type TextFacts } from './prefilter.js';

export interface ImportClosureInput {
  /** Text facts by file; the shard's files on entry, the files they import added on return. */
  facts: Map<string, TextFacts>;
  /** Every discovered JS file (POSIX, relative to the working directory). */
  known: Set<string>;
  /** The module key a specifier of `from` names, or undefined (a package). */
  keyOf: (from: string, specifier: string) => string | undefined;
  /** The file's source, or undefined when it cannot be read or is skipped (test code). */
  read: (file: string) => Promise<string | undefined>;
  /** The text facts of a source, as the scan takes them (with the vocabulary's added tokens). */
  factsOf?: (source: string) => TextFacts;
  /** Import levels to follow; the prefilter follows at most five. */
  depth?: number;
}

export async function readImportClosure(input: ImportClosureInput): Promise<void> {
  const { facts, known, keyOf, read } = input;
  const tried = new Set<string>(facts.keys());
  let frontier = [...facts.keys()];
  for (let level = 0; level < (input.depth ?? 6) && frontier.length > 0; level++) {
    // Every discovered candidate of a key is read, not only the first: which one resolves
    // depends on which of them turn out readable, exactly as in an unsharded scan.
    const wanted = new Set<string>();
    for (const from of frontier) {
      for (const spec of facts.get(from)?.specifiers ?? []) {
        const key = keyOf(from, spec);
        if (key === undefined) continue;
        for (const candidate of moduleKeyCandidates(key)) if (known.has(candidate) && !tried.has(candidate)) wanted.add(candidate);
      }
    }
    const next: string[] = [];
    for (const file of [...wanted].sort()) {
      tried.add(file);
      const source = await read(file);
      if (source === undefined) continue;
      facts.set(file, (input.factsOf ?? textFacts)(source));
      next.push(file);
    }
    frontier = next;
  }
}
