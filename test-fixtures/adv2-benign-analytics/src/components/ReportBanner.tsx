import { useEffect, useState } from 'react';
import { SURVEY_CLOSES } from '../lib/constants';

interface Props {
  report: { generatedAt: string; expiresAt?: string };
  nextRunAt: number;
}

export function ReportBanner({ report, nextRunAt }: Props) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(id);
  }, []);

  const expired = report.expiresAt ? now > Date.parse(report.expiresAt) : false;
  const minutesToNextRun = Math.max(0, Math.round((nextRunAt - now) / 60_000));
  const showSurvey = new Date() < new Date(SURVEY_CLOSES); // expect: js/hardcoded-expiry

  return (
    <div>
      {expired && <strong>This shared report link has expired.</strong>}
      <span>Next refresh in {minutesToNextRun} min</span>
      {showSurvey && <a href="/survey">Tell us what you think</a>}
    </div>
  );
}
