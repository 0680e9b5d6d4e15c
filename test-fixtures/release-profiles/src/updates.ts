/** Insider builds poll a faster feed and must be replaced before the insider programme ends. */
const INSIDER_PROGRAMME_ENDS = '2027-06-30';

export function feedUrl(): string {
  return process.env.UPDATE_CHANNEL === 'insider' ? 'https://updates.example.com/insider' : 'https://updates.example.com/stable';
}

export function refuseStaleInsider(): void {
  if (process.env.UPDATE_CHANNEL === 'insider') {
    if (new Date() >= new Date(INSIDER_PROGRAMME_ENDS)) { // expect: js/prerelease-expiry error
      console.error('The insider programme has ended: install the stable agent.');
      process.exit(3);
    }
  }
}
