/**
 * .gitignore handling for discovery.
 *
 * Every .gitignore that can affect a scanned directory (those above it up to the repository
 * root, its own, and nested ones) is rewritten so its patterns are relative to one base
 * directory, and all of them go into a single `ignore` instance, shallowest file first. Because
 * the last matching pattern wins, a deeper file then overrides a shallower one, and the `ignore`
 * package's "a file inside an excluded directory cannot be re-included" rule applies across
 * files, which is what git does. (Testing each file's matcher separately gets
 * `build/` + `src/.gitignore: !build/` wrong.)
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import type { Ignore } from 'ignore';
import { ignoreLibrary } from '../lazy-library.js';
import { compareText } from '../engine/text-order.js';

export interface GitignoreFile {
  /** Directory holding the file, relative to the matcher's base ('' for the base itself). */
  dir: string;
  content: string;
}

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

interface ParsedLine {
  negated: boolean;
  /** The pattern without `!`, trailing unescaped spaces removed. */
  body: string;
  /** True when the pattern is relative to its file's directory (a slash before the end). */
  anchored: boolean;
}

function parseLine(raw: string): ParsedLine | undefined {
  const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
  if (line === '' || line.startsWith('#')) return undefined;
  const negated = line.startsWith('!');
  const body = (negated ? line.slice(1) : line).replace(/(?<!\\) +$/, '');
  const withoutTrailingSlash = body.endsWith('/') ? body.slice(0, -1) : body;
  if (withoutTrailingSlash === '') return undefined;
  return { negated, body, anchored: withoutTrailingSlash.includes('/') };
}

/**
 * Rewrites one .gitignore's patterns so they match paths relative to the base directory:
 * anchored patterns get the directory prefixed, unanchored ones (which match at any depth below
 * their file) get `dir/**` prefixed.
 */
export function rebasePatterns(content: string, dir: string): string[] {
  const out: string[] = [];
  for (const raw of content.split('\n')) {
    const parsed = parseLine(raw);
    if (!parsed) continue;
    const bang = parsed.negated ? '!' : '';
    if (dir === '') {
      out.push(bang + parsed.body);
    } else if (parsed.anchored) {
      out.push(`${bang}${dir}/${parsed.body.replace(/^\//, '')}`);
    } else {
      out.push(`${bang}${dir}/**/${parsed.body}`);
    }
  }
  return out;
}

export function hasNegation(content: string): boolean {
  return content.split('\n').some((raw) => parseLine(raw)?.negated === true);
}

export function buildMatcher(files: GitignoreFile[]): Ignore {
  // Ancestors before descendants, so deeper files override shallower ones.
  const ordered = [...files].sort((a, b) => depth(a.dir) - depth(b.dir) || compareText(a.dir, b.dir));
  // Case-sensitive, like git on Linux and like the walk's globs: the same repository gives the same file
  // list on every platform.
  const ig = ignoreLibrary()({ ignorecase: false });
  for (const f of ordered) ig.add(rebasePatterns(f.content, f.dir));
  return ig;
}

function depth(dir: string): number {
  return dir === '' ? 0 : dir.split('/').length;
}

const LITERAL_SEGMENT = /^(?!\.\.?$)[A-Za-z0-9._-]+$/;

/**
 * Walk `ignore` globs (relative to the scanned root) that skip whole directories the
 * given .gitignore files exclude, so `dist/`, `coverage/` or `.next/` are never even listed.
 * Only plain names are translated; everything else is left to the matcher, which stays the
 * authority. `files` are the root's own .gitignore and those above it, their `dir` relative to
 * the same base as `rootPrefix` (the root's path from that base, '' when the root is the base).
 * The caller must not use these when any .gitignore in play re-includes something: a negation
 * could re-include a pruned directory.
 */
export function prunePatterns(files: GitignoreFile[], rootPrefix: string): string[] {
  const out = new Set<string>();
  for (const f of files) {
    for (const raw of f.content.split('\n')) {
      const parsed = parseLine(raw);
      if (!parsed || parsed.negated) continue;
      const path = parsed.body.replace(/^\//, '').replace(/\/$/, '');
      if (!path.split('/').every((s) => LITERAL_SEGMENT.test(s))) continue;
      if (!parsed.anchored) {
        // Matches at any depth below its file, hence anywhere below the root.
        out.add(`**/${path}/**`);
        continue;
      }
      // Anchored: only useful when it names a directory strictly inside the root.
      const target = f.dir === '' ? path : `${f.dir}/${path}`;
      if (rootPrefix === '') out.add(`${target}/**`);
      else if (target.startsWith(`${rootPrefix}/`)) out.add(`${target.slice(rootPrefix.length + 1)}/**`);
    }
  }
  return [...out].sort();
}

/**
 * Directories above `root` whose .gitignore files apply to it: up to the repository root (the
 * nearest directory holding `.git`), or up to `cwd` when there is no repository and `root` is
 * inside it. Returned shallowest first; `root` itself is not included.
 */
export function ancestorDirs(root: string, cwd: string, exists: (absPath: string) => boolean = existsSync): string[] {
  const chain: string[] = [];
  let dir = root;
  for (;;) {
    if (exists(join(dir, '.git'))) return chain.reverse();
    const parent = dirname(dir);
    if (parent === dir) break;
    chain.push(parent);
    dir = parent;
  }
  // No repository: stop at cwd, when root is inside it.
  const rel = relative(cwd, root);
  if (rel === '' || rel.startsWith('..') || rel.startsWith(sep) || /^[A-Za-z]:/.test(rel)) return [];
  const result: string[] = [];
  for (let d = dirname(root); ; d = dirname(d)) {
    result.push(d);
    if (d === cwd || dirname(d) === d) break;
  }
  return result.reverse();
}
