import React, { useCallback, useState } from 'react';
import dayjs from 'dayjs';
import { BETA_END, DASHBOARD_LICENCE_END } from './config/flags';
import { BetaBanner } from './components/BetaBanner';
import { ExportButton } from './components/ExportButton';
import { Countdown, Footer, HolidayBanner, ReportRangePicker } from './components/Widgets';
import { Billing } from './pages/Billing';
import { useAnomalyPilot, useClassicNav, useIdleLogout } from './hooks/useFeature';

function ExpiredScreen({ message }: { message: string }) {
  return (
    <main className="expired">
      <h1>Ops Dashboard</h1>
      <p>{message}</p>
    </main>
  );
}

function assertSiteLicence(): void {
  if (dayjs().isAfter(dayjs(DASHBOARD_LICENCE_END))) { // expect: js/hardcoded-expiry error
    throw new Error('The dashboard site licence has expired. Contact your administrator.');
  }
}

export default function App() {
  const [locked, setLocked] = useState(false);
  const [range, setRange] = useState({ start: dayjs().subtract(7, 'day').toDate(), end: new Date() });
  const [maintenanceAt] = useState(() => new Date(Date.now() + 2 * 86_400_000));
  const anomalyPilot = useAnomalyPilot();
  const classicNav = useClassicNav();
  useIdleLogout(useCallback(() => window.location.assign('/logout'), []));

  assertSiteLicence();

  if (locked || Date.now() > Date.parse(BETA_END)) { // expect: js/hardcoded-expiry error
    return <ExpiredScreen message="The beta programme has ended and this build is disabled. Thank you for testing!" />;
  }

  return (
    <div className={classicNav ? 'layout classic' : 'layout'}>
      <BetaBanner onBetaOver={() => setLocked(true)} />
      <HolidayBanner />
      <ReportRangePicker start={range.start} end={range.end} onChange={setRange} />
      {anomalyPilot && <section className="anomalies">Anomaly detection (pilot)</section>}
      <Countdown target={maintenanceAt} />
      <ExportButton onExport={() => fetch('/api/export').then((r) => r.blob())} lastExportAt={null} />
      <Billing invoices={[]} />
      <Footer />
    </div>
  );
}
