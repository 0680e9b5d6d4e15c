// Release notes printed by `shipwright changelog`.

const RELEASES = [
  { version: '5.2.0', date: '2026-10-02', notes: 'Signed uploads; faster incremental builds.' },
  { version: '5.2.0-rc.1', date: '2026-09-20', notes: 'Release candidate for 5.2.' },
  { version: '5.2.0-beta.2', date: '2026-09-01', notes: 'Beta of signed uploads.' },
  { version: '5.1.3', date: '2026-07-14', notes: 'Fixes for Windows paths.' },
];

const isPrerelease = (version) => /-(alpha|beta|rc)/.test(version);

export function printChangelog({ includePrereleases }) {
  for (const r of RELEASES) {
    if (!includePrereleases && isPrerelease(r.version)) continue;
    const tag = r.version.includes('-beta') ? ' [beta]' : r.version.indexOf('-rc') !== -1 ? ' [rc]' : '';
    console.log(`${r.version}${tag}  ${new Date(r.date).toDateString()}\n  ${r.notes}`);
  }
  return 0;
}
