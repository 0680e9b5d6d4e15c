import { useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import { ClassicCheckout, NewCheckout } from '@acme/checkout-ui';
import { checkSystemClock, warnOnClockSkew } from './boot/clock-sanity';
import { renewalMessage } from './billing/renewal';
import { HolidayBanner } from './components/HolidayBanner';
import { TaxSeasonReminder } from './components/TaxSeasonReminder';
import { PRICE_CHANGE_NOTICE } from './config/launch';
import { activeMaintenance, unseenEntries, type MaintenanceWindow } from './content/changelog';
import { isNewCheckoutEnabled, isSwitchedOff, loadRemoteFlags, overridesFromUrl } from './features/flags';

checkSystemClock();

const ONBOARDING_DAYS = 14;
const LAST_SEEN_KEY = 'changelogLastSeen';

export interface Seller {
  id: string;
  name: string;
  createdAt: string;
  hasFiledTaxReturn: boolean;
  subscription: { currentPeriodEnd: string; autoRenew: boolean };
}

export default function App({ seller }: { seller: Seller | null }) {
  const overrides = useMemo(() => overridesFromUrl(window.location.search), []);
  const [maintenance, setMaintenance] = useState<MaintenanceWindow | null>(null);
  const [flagsLoaded, setFlagsLoaded] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    loadRemoteFlags(ctrl.signal)
      .catch(() => undefined)
      .finally(() => setFlagsLoaded(true));
    activeMaintenance(ctrl.signal).then(setMaintenance).catch(() => undefined);
    void warnOnClockSkew();
    return () => ctrl.abort();
  }, []);

  // New sellers see onboarding tips for their first two weeks.
  const showOnboardingTips = seller !== null && dayjs().isBefore(dayjs(seller.createdAt).add(ONBOARDING_DAYS, 'day'));
  const news = unseenEntries(localStorage.getItem(LAST_SEEN_KEY));
  const renewal = seller ? renewalMessage(seller.subscription) : null;
  const Checkout = flagsLoaded && isNewCheckoutEnabled(overrides) && !isSwitchedOff('newCheckout') ? NewCheckout : ClassicCheckout;

  return (
    <>
      {maintenance && <div role="status">{maintenance.message}</div>}
      <HolidayBanner shopName="Acme Market" />
      {seller && <TaxSeasonReminder hasFiled={seller.hasFiledTaxReturn} onOpenGuide={() => window.open('/help/tax')} />}
      {renewal && <div className="renewal">{renewal}</div>}
      {showOnboardingTips && <p className="tips">Tip: add at least three photos to every listing.</p>}
      {news.length > 0 && (
        <ul className="whats-new">
          {news.map((e) => (
            <li key={e.version}>
              {e.version} ({dayjs(e.date).format('D MMM YYYY')}): {e.title}
            </li>
          ))}
        </ul>
      )}
      <main>
        <Checkout />
      </main>
      <footer>
        <small>{PRICE_CHANGE_NOTICE}</small>
        <small>© 2016–{new Date().getFullYear()} Acme Market Ltd</small>
      </footer>
    </>
  );
}
