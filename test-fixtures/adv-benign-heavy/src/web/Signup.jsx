import React, { useState } from 'react';
import { differenceInYears, parseISO } from 'date-fns';

const MIN_AGE = 16;

function ageFrom(birthDate) {
  const today = new Date();
  let age = today.getFullYear() - birthDate.getFullYear();
  const m = today.getMonth() - birthDate.getMonth();
  if (m < 0 || (m === 0 && today.getDate() < birthDate.getDate())) age--;
  return age;
}

export function Signup({ onSubmit }) {
  const [birth, setBirth] = useState('');
  const [birthYear, setBirthYear] = useState(2000);
  const parsed = birth ? parseISO(birth) : null;
  const oldEnough = parsed ? differenceInYears(new Date(), parsed) >= MIN_AGE : false;
  const needsParentalConsent = new Date().getFullYear() - birthYear < 18;
  const plausible = parsed ? ageFrom(parsed) < 120 && parsed.getFullYear() >= 1900 : true;
  const showNewLogo = new Date().getFullYear() > 2026; // expect: js/hardcoded-expiry warning

  return (
    <form onSubmit={(e) => { e.preventDefault(); if (oldEnough && plausible) onSubmit({ birth }); }}>
      <img src={showNewLogo ? '/logo-2027.svg' : '/logo.svg'} alt="TeamTrack" />
      <input type="date" value={birth} max="2099-12-31" onChange={(e) => setBirth(e.target.value)} />
      <input type="number" value={birthYear} min={1900} max={2100} onChange={(e) => setBirthYear(Number(e.target.value))} />
      {!oldEnough && birth && <p>You must be at least {MIN_AGE} to sign up.</p>}
      {needsParentalConsent && <p>We will ask a parent or guardian to confirm.</p>}
      <button type="submit">Create account</button>
    </form>
  );
}
