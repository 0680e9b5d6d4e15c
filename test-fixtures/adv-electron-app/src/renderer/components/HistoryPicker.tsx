import React, { useState } from 'react';
import DatePicker from 'react-datepicker';
import { HISTORY_FLOOR } from '../../shared';

/** Lets the user jump to a point in a document's revision history. */
export function HistoryPicker() {
  const [selected, setSelected] = useState<Date>(new Date());
  const isFuture = selected.getTime() > Date.now();
  return (
    <label>
      Show revision from
      <DatePicker
        selected={selected}
        onChange={(d: Date | null) => d && setSelected(d)}
        minDate={HISTORY_FLOOR}
        maxDate={new Date(2099, 11, 31)}
      />
      {isFuture && <em>That date is in the future; showing the latest revision.</em>}
      {selected < HISTORY_FLOOR ? <em>History starts in 2015.</em> : null}
    </label>
  );
}
