import React from 'react';
import moment from 'moment';
import dayjs from 'dayjs';
import { CAMPAIGNS } from '../config/campaigns';

moment.locale('en-gb');

export function PromoBanner({ lastDismissedAt }) {
  const blackFridayOver = moment().isSameOrAfter(CAMPAIGNS.blackFriday.ends); // expect: js/hardcoded-expiry
  if (lastDismissedAt && moment().diff(lastDismissedAt, 'minutes') < 15) return null;

  if (dayjs().diff(CAMPAIGNS.spring.ends, 'day') >= 0) { // expect: js/hardcoded-expiry
    return null;
  }

  return (
    <div className="promo">
      {blackFridayOver ? (
        <span>Spring sale: use code {CAMPAIGNS.spring.code} until {moment(CAMPAIGNS.spring.ends).format('LL')}</span>
      ) : (
        <span>Black Friday: use code {CAMPAIGNS.blackFriday.code}</span>
      )}
      <small>Offer renewed {dayjs().format('MMMM YYYY')}.</small>
    </div>
  );
}

export function HolidayRibbon() {
  const isDecember = dayjs().month() === 11; // expect: js/calendar-check
  return isDecember ? <div className="ribbon">Happy holidays!</div> : null;
}
