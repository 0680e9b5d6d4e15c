export interface AppConfig {
  beta?: { ends: string; feedbackUrl: string };
  reports?: { legacyUntil: number };
}

export const CONFIG: AppConfig = {
  beta: { ends: '2027-02-15', feedbackUrl: 'https://fleet.example.com/feedback' },
  reports: { legacyUntil: Date.UTC(2027, 5, 30) },
};

export const Milestones = Object.freeze({
  EXPORT_V1_END: '2027-03-31T00:00:00Z',
  DASHBOARD_V3: '2027-01-10T00:00:00Z',
} as const);

export const DATE_PICKER_MIN = new Date(2018, 0, 1);
export const COMPANY_FOUNDED = 2011;
export const RELEASE_FREEZE = '2026-12-15';
export const RELEASE_DATE = '2027-01-05';
