import React from 'react';

const FIRST_RELEASE_YEAR = 2019;

export function Footer() {
  const year = new Date().getFullYear();
  const span = year > FIRST_RELEASE_YEAR ? `${FIRST_RELEASE_YEAR}–${year}` : String(year);
  return (
    <footer>
      © {span} Inkwell Labs. All rights reserved.
    </footer>
  );
}
