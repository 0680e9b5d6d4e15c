/** Shop-wide configuration, bundled into both the Next.js app and the API server. */
export default {
  trial: { ends: '2027-06-01', days: 14 },
  beta: { ends: '2027-01-20T00:00:00Z', label: 'Acme Shop beta' },
  checkout: { v1SunsetAt: 'Mon, 01 Feb 2027 00:00:00 GMT' },
  picker: { earliest: '2019-01-01' },
  pageSize: 24,
};
