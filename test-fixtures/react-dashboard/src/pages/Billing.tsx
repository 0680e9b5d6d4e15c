import React, { useEffect } from 'react';
import { DateTime } from 'luxon';
import moment from 'moment';
import { PROMO_ENDS } from '../config/flags';
import { timeAgo } from '../utils/time';

interface Invoice {
  id: string;
  amountCents: number;
  dueDate: string;
  paidAt: number | null;
}

function PromoBanner() {
  return <div className="promo">Spring offer: 20% off annual plans</div>;
}

export function Billing({ invoices }: { invoices: Invoice[] }) {
  useEffect(() => {
    // The Starter plan is discontinued at the end of June 2027.
    if (DateTime.now() > DateTime.fromISO('2027-06-30')) { // expect: js/hardcoded-expiry error
      alert('Your plan has been discontinued. You will now be redirected to the upgrade page.');
      window.location.href = '/upgrade';
    }
  }, []);

  const showNewPriceTable = new Date().getFullYear() >= 2027; // expect: js/hardcoded-expiry warning

  return (
    <section>
      <h1>Billing</h1>
      {Date.now() < PROMO_ENDS && <PromoBanner />} {/* expect: js/hardcoded-expiry */}
      <p>{showNewPriceTable ? 'Prices for 2027' : 'Prices for 2026'}</p>
      <table>
        <tbody>
          {invoices.map((inv) => (
            <tr key={inv.id} className={moment().isAfter(inv.dueDate) && !inv.paidAt ? 'overdue' : ''}>
              <td>{inv.id}</td>
              <td>{(inv.amountCents / 100).toFixed(2)}</td>
              <td>{moment(inv.dueDate).format('LL')}</td>
              <td>{inv.paidAt ? `paid ${timeAgo(inv.paidAt)}` : 'open'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
