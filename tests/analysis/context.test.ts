import { describe, expect, it } from 'vitest';
import { blockingCallKind, functionName, isBlocking } from '../../src/analysis/js/context.js';
import { identifierWords } from '../../src/analysis/vocabulary.js';
import { guard, kinds, load, vocab } from './helpers.js';

// Each snippet marks the line of the comparison under test with `// <-`.

describe('what the branch taken after the date does', () => {
  it('throws', () => {
    const g = guard(`
      if (Date.now() > Date.UTC(2027, 2, 1)) { // <-
        throw new Error('Trial expired');
      }`);
    expect(g.trueAfter).toBe(true);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "Trial expired"' }]);
    expect(g.before).toEqual([]);
    expect(g.words).toEqual(['Trial expired']);
  });

  it('exits the process', () => {
    const g = guard(`if (Date.now() > Date.UTC(2027, 2, 1)) process.exit(1); // <-`);
    expect(g.after).toEqual([{ kind: 'exit', text: 'process.exit(...)' }]);
  });

  it('returns false from isLicenseValid', () => {
    const g = guard(`
      function isLicenseValid() {
        if (Date.now() > Date.UTC(2027, 2, 1)) return false; // <-
        return true;
      }`);
    expect(g.after).toEqual([{ kind: 'return-invalid', text: 'isLicenseValid() returns false' }]);
    expect(g.words).toEqual(['isLicenseValid']);
  });

  it('returns { valid: false } from a licence check', () => {
    const g = guard(`
      function checkLicense() {
        if (Date.now() > Date.UTC(2027, 2, 1)) { return { valid: false }; } // <-
        return { valid: true };
      }`);
    expect(g.after).toEqual([{ kind: 'return-invalid', text: 'checkLicense() returns { valid: false }' }]);
  });

  it('returns true from isExpired', () => {
    const g = guard(`function isExpired() { if (Date.now() > Date.UTC(2027, 2, 1)) return true; return false; } // <-`);
    expect(g.after).toEqual([{ kind: 'return-invalid', text: 'isExpired() returns true' }]);
  });

  it('alerts and redirects through window.location', () => {
    const g = guard(`
      if (new Date() > new Date('2027-03-01')) { // <-
        alert('This version has expired');
        window.location.href = 'https://example.com/upgrade';
      }`);
    expect(g.after).toEqual([
      { kind: 'alert', text: 'alert(...)' },
      { kind: 'redirect', text: 'window.location.href = ...' },
    ]);
    expect(g.words).toContain('This version has expired');
    expect(g.after.every(isBlocking)).toBe(true);
  });

  it('hangs in a while loop with an empty body', () => {
    const g = guard(`while (Date.now() > Date.UTC(2027, 2, 1)) {} // <-`);
    expect(g.after).toEqual([{ kind: 'hang', text: 'loops while the date has passed' }]);
  });

  it('does not call a loop that can break a hang', () => {
    const g = guard(`for (; Date.now() > Date.UTC(2027, 2, 1);) { if (ready()) break; } // <-`);
    expect(kinds(g.after)).not.toContain('hang');
    expect(g.after[0]).toEqual({ kind: 'other', text: 'loops while the date has passed' });
  });

  it('disables a control through a JSX attribute', () => {
    const g = guard(`const B = () => <button disabled={Date.now() > Date.UTC(2027, 2, 1)}>Go</button>; // <-`);
    expect(g.after).toEqual([{ kind: 'disable', text: 'disabled={...}' }]);
  });

  it('disables through an assignment of the condition', () => {
    const g = guard(`button.disabled = Date.now() > Date.UTC(2027, 2, 1); // <-`);
    expect(g.after).toEqual([{ kind: 'disable', text: 'button.disabled' }]);
  });

  it('disables through a blocking call name', () => {
    const g = guard(`class A { check() { if (Date.now() > Date.UTC(2027, 2, 1)) { this.disableFeatures(); } } } // <-`);
    expect(g.after).toEqual([{ kind: 'disable', text: 'this.disableFeatures(...)' }]);
  });

  it('denies HTTP requests with a 403', () => {
    const g = guard(`app.use((req, res) => { if (Date.now() > Date.UTC(2027, 2, 1)) { res.status(403).send('nope'); } }); // <-`);
    expect(g.after).toContainEqual({ kind: 'deny', text: 'res.status(403)' });
  });

  it('deletes stored data', () => {
    const g = guard(`if (Date.now() > Date.UTC(2027, 2, 1)) { localStorage.clear(); } // <-`);
    expect(g.after).toEqual([{ kind: 'delete', text: 'localStorage.clear(...)' }]);
  });

  it('runs the right side of `cond && action()` as a statement', () => {
    const g = guard(`Date.now() > Date.UTC(2027, 2, 1) && process.exit(1); // <-`);
    expect(g.after).toEqual([{ kind: 'exit', text: 'process.exit(...)' }]);
    expect(g.coGuards).toHaveLength(1);
  });

  it('runs the right side of `cond || action()` when cond is false', () => {
    const g = guard(`Date.now() < Date.UTC(2027, 2, 1) || process.exit(1); // <-`);
    expect(g.trueAfter).toBe(false);
    expect(g.after).toEqual([{ kind: 'exit', text: 'process.exit(...)' }]);
  });

  it('fails an assert whose condition stops holding', () => {
    const g = guard(`assert(Date.now() < Date.UTC(2027, 2, 1), 'licence expired'); // <-`);
    expect(g.after).toEqual([{ kind: 'throw', text: 'assert(...) fails' }]);
    expect(g.words).toEqual(['licence expired']);
  });
});

describe('the direction of the guard', () => {
  it('`now < END` guards the else branch', () => {
    const g = guard(`
      const END = Date.UTC(2027, 2, 1);
      if (Date.now() < END) { // <-
        run();
      } else {
        throw new Error('too late');
      }`);
    expect(g.trueAfter).toBe(false);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "too late"' }]);
    expect(g.before).toEqual([{ kind: 'other', text: 'run' }]);
  });

  it('a negated condition swaps the branches', () => {
    const g = guard(`if (!(Date.now() > Date.UTC(2027, 2, 1))) { ok(); } else { res.status(403); } // <-`);
    expect(g.after).toEqual([{ kind: 'deny', text: 'res.status(403)' }]);
    expect(g.before).toEqual([{ kind: 'other', text: 'ok' }]);
  });

  it('the ternary branches go to after and before', () => {
    const g = guard(`const v = Date.now() < Date.UTC(2027, 2, 1) ? 'ok' : shutdown(); // <-`);
    expect(g.trueAfter).toBe(false);
    expect(g.after).toEqual([{ kind: 'stop', text: 'shutdown(...)' }]);
    expect(g.before).toEqual([]);
  });

  it('code after an exiting `if (now < END) return` runs once the date has passed', () => {
    const g = guard(`
      function main() {
        if (Date.now() < Date.UTC(2027, 2, 1)) return start(); // <-
        throw new Error('gone');
      }`);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "gone"' }]);
    expect(kinds(g.before)).toEqual(['other', 'other']);
  });

  it('code after an exiting `if (now > END) return` runs only before the date', () => {
    const g = guard(`
      function main() {
        if (Date.now() > Date.UTC(2027, 2, 1)) return; // <-
        start();
      }`);
    expect(g.after).toEqual([{ kind: 'reject', text: 'return' }]);
    expect(g.after.some(isBlocking)).toBe(false);
    expect(g.before).toEqual([{ kind: 'other', text: 'start' }]);
  });

  it('a not-yet-available gate acts only before the date', () => {
    const g = guard(`
      if (Date.now() < Date.UTC(2027, 2, 1)) { // <-
        throw new Error('Not available yet');
      }`);
    expect(g.after).toEqual([]);
    expect(g.before).toEqual([{ kind: 'throw', text: 'throws "Not available yet"' }]);
  });

  it('works before the import is resolved (deferred condition)', () => {
    const g = guard(`
      import { END } from './config';
      if (Date.now() < END) { ok(); } else { throw new Error('x'); } // <-`);
    expect(g.trueAfter).toBe(false);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "x"' }]);
    const flipped = guard(`
      import { END } from './config';
      if (END < Date.now()) { throw new Error('x'); } // <-`);
    expect(flipped.trueAfter).toBe(true);
    expect(kinds(flipped.after)).toEqual(['throw']);
  });
});

describe('following the condition through names', () => {
  it('a condition stored in a const and used in an if', () => {
    const g = guard(`
      const expired = Date.now() > Date.UTC(2027, 2, 1); // <-
      if (expired) { throw new Error('x'); }`);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "x"' }]);
    expect(g.words).toContain('expired');
  });

  it('a stored condition negated at its use', () => {
    const g = guard(`
      const ok = Date.now() < Date.UTC(2027, 2, 1); // <-
      if (!ok) throw new Error('Subscription ended');`);
    expect(g.trueAfter).toBe(false);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "Subscription ended"' }]);
    expect(g.words).toContain('Subscription ended');
  });

  it('a function returning the condition is graded at its call site', () => {
    const g = guard(`
      function isExpired() {
        return Date.now() > Date.UTC(2027, 2, 1); // <-
      }
      export function boot() {
        if (isExpired()) process.exit(2);
      }`);
    expect(g.via).toEqual(['isExpired']);
    expect(g.after).toEqual([{ kind: 'exit', text: 'process.exit(...)' }]);
    expect(g.words).toContain('isExpired');
  });

  it('an arrow function returning the condition, negated at the call site', () => {
    const g = guard(`
      const END = Date.UTC(2027, 2, 1);
      const isTrialExpired = () => Date.now() > END; // <-
      if (!isTrialExpired()) { run(); } else { process.exit(3); }`);
    expect(g.via).toEqual(['isTrialExpired']);
    expect(g.after).toEqual([{ kind: 'exit', text: 'process.exit(...)' }]);
    expect(g.before).toEqual([{ kind: 'other', text: 'run' }]);
  });

  it('through two functions, outermost last', () => {
    const g = guard(`
      function isExpired() { return Date.now() > Date.UTC(2027, 2, 1); } // <-
      function canRun() { return !isExpired(); }
      if (!canRun()) throw new Error('stop');`);
    expect(g.via).toEqual(['isExpired', 'canRun']);
    expect(g.after).toEqual([{ kind: 'throw', text: 'throws "stop"' }]);
  });
});

describe('words', () => {
  it('come from identifiers in the comparison, split into words', () => {
    const g = guard(`
      const BETA_END_DATE = Date.UTC(2027, 2, 1);
      if (Date.now() > BETA_END_DATE) { // <-
        showBanner();
      }`);
    expect(g.words).toEqual(['BETA_END_DATE']);
    expect(g.after).toEqual([{ kind: 'other', text: 'showBanner' }]);
  });

  it('come from camelCase names, string literals, JSX names and the enclosing function', () => {
    const g = guard(`
      const trialEndsAt = Date.UTC(2027, 2, 1);
      function render() {
        return Date.now() > trialEndsAt ? <UpgradeRequired reason="Your evaluation period is over" /> : null; // <-
      }`);
    expect(g.words).toEqual(expect.arrayContaining(['trialEndsAt', 'Your evaluation period is over']));
  });

  it('are empty for neutral names', () => {
    const g = guard(`
      const LAUNCH = Date.UTC(2027, 2, 1);
      if (Date.now() > LAUNCH) { // <-
        showNewHomepage();
      }`);
    expect(g.words).toEqual([]);
    expect(g.copyright).toBe(false);
  });

  it('detect copyright notices', () => {
    const g = guard(`const footer = new Date().getFullYear() > 2026 ? '© 2027 Acme' : '© 2026 Acme'; // <-`);
    expect(g.copyright).toBe(true);
  });

  it('identifierWords splits the usual spellings', () => {
    expect(identifierWords('betaEndDate')).toBe('beta end date');
    expect(identifierWords('BETA_END_DATE')).toBe('beta end date');
    expect(identifierWords('beta-end')).toBe('beta end');
    expect(identifierWords('isHTTPLicenseValid')).toBe('is http license valid');
    expect(identifierWords('config.trial.ends')).toBe('config trial ends');
  });
});

describe('helpers', () => {
  it('blockingCallKind classifies callees', () => {
    expect(blockingCallKind('process.exit', vocab)).toBe('exit');
    expect(blockingCallKind('process.kill', vocab)).toBe('stop');
    expect(blockingCallKind('window.alert', vocab)).toBe('alert');
    expect(blockingCallKind('location.replace', vocab)).toBe('redirect');
    expect(blockingCallKind('fs.rmSync', vocab)).toBe('delete');
    expect(blockingCallKind('app.lockAccount', vocab)).toBe('disable');
    expect(blockingCallKind('this.disableFeatures', vocab)).toBe('disable');
    expect(blockingCallKind('wipeData', vocab)).toBe('delete');
    expect(blockingCallKind('shutdown', vocab)).toBe('stop');
    expect(blockingCallKind('console.log', vocab)).toBeUndefined();
    expect(blockingCallKind('render', vocab)).toBeUndefined();
  });

  it('isBlocking separates effects that stop the program from logging and others', () => {
    expect(isBlocking({ kind: 'throw', text: '' })).toBe(true);
    expect(isBlocking({ kind: 'return-invalid', text: '' })).toBe(true);
    expect(isBlocking({ kind: 'log', text: '' })).toBe(false);
    expect(isBlocking({ kind: 'other', text: '' })).toBe(false);
  });

  it('functionName knows declarations, consts, methods and properties', () => {
    const s = load(`
      function a() {}
      const b = () => {};
      const o = { c() {}, d: function () {} };
      class K { e() {} }
      obj.f = function () {};
    `);
    const names = s.all.filter((p) => p.isFunction()).map((p) => functionName(p));
    expect(names).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });
});
