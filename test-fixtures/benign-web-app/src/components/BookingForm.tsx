import { useState, type FormEvent } from 'react';
import DatePicker from 'react-datepicker';
import {
  addDays,
  differenceInCalendarDays,
  differenceInYears,
  format,
  isAfter,
  isBefore,
  startOfDay,
} from 'date-fns';

/** The supplier only loads inventory up to the end of 2030, so the picker stops there. */
const LAST_BOOKABLE_DAY = new Date(2030, 11, 31);
const OLDEST_BIRTH_DATE = new Date(1900, 0, 1);
const MAX_NIGHTS = 28;
/** Reception is closed on these days; arrivals are not possible. */
const CLOSED_DATES = ['2026-12-25', '2027-01-01'].map((d) => new Date(`${d}T00:00:00`));

export interface BookingValues {
  checkIn: Date | null;
  checkOut: Date | null;
  birthDate: Date | null;
  guests: number;
}

type BookingErrors = Partial<Record<keyof BookingValues, string>>;

const isClosed = (day: Date) => CLOSED_DATES.some((closed) => closed.getTime() === day.getTime());

export function validateBooking(values: BookingValues): BookingErrors {
  const errors: BookingErrors = {};
  const today = startOfDay(new Date());

  if (!values.checkIn) {
    errors.checkIn = 'Choose a check-in date';
  } else if (isBefore(values.checkIn, today)) {
    errors.checkIn = 'Check-in cannot be in the past';
  } else if (isAfter(values.checkIn, LAST_BOOKABLE_DAY)) {
    errors.checkIn = 'We cannot take bookings that far ahead';
  } else if (isClosed(startOfDay(values.checkIn))) {
    errors.checkIn = 'Reception is closed that day';
  }

  if (values.checkIn && values.checkOut) {
    const nights = differenceInCalendarDays(values.checkOut, values.checkIn);
    if (nights < 1) errors.checkOut = 'Check-out must be after check-in';
    else if (nights > MAX_NIGHTS) errors.checkOut = `Stays are limited to ${MAX_NIGHTS} nights`;
  }

  if (values.birthDate) {
    if (values.birthDate < OLDEST_BIRTH_DATE) errors.birthDate = 'Please check the year of birth';
    else if (differenceInYears(new Date(), values.birthDate) < 18) errors.birthDate = 'The lead guest must be 18 or over';
  }

  if (values.guests < 1 || values.guests > 6) errors.guests = 'Between 1 and 6 guests per room';
  return errors;
}

interface BookingFormProps {
  hotelName: string;
  onSubmit: (values: BookingValues) => Promise<void>;
}

export function BookingForm({ hotelName, onSubmit }: BookingFormProps) {
  const [values, setValues] = useState<BookingValues>({ checkIn: null, checkOut: null, birthDate: null, guests: 2 });
  const [errors, setErrors] = useState<BookingErrors>({});
  const [submitting, setSubmitting] = useState(false);

  const update = <K extends keyof BookingValues>(key: K, value: BookingValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validateBooking(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSubmitting(true);
    try {
      await onSubmit(values);
    } finally {
      setSubmitting(false);
    }
  }

  const nights =
    values.checkIn && values.checkOut ? differenceInCalendarDays(values.checkOut, values.checkIn) : 0;

  return (
    <form onSubmit={handleSubmit} className="booking-form" noValidate>
      <h2>Book {hotelName}</h2>

      <label htmlFor="check-in">Check-in</label>
      <DatePicker
        id="check-in"
        selected={values.checkIn}
        onChange={(d: Date | null) => update('checkIn', d)}
        minDate={new Date()}
        maxDate={new Date(2030, 11, 31)}
        excludeDates={CLOSED_DATES}
        filterDate={(d: Date) => d.getDay() !== 2 /* no arrivals on Tuesdays */}
        dateFormat="EEE d MMM yyyy"
        placeholderText="Select a date"
      />
      {errors.checkIn && <p className="field-error">{errors.checkIn}</p>}

      <label htmlFor="check-out">Check-out</label>
      <DatePicker
        id="check-out"
        selected={values.checkOut}
        onChange={(d: Date | null) => update('checkOut', d)}
        minDate={values.checkIn ? addDays(values.checkIn, 1) : new Date()}
        maxDate={LAST_BOOKABLE_DAY}
        dateFormat="EEE d MMM yyyy"
      />
      {errors.checkOut && <p className="field-error">{errors.checkOut}</p>}

      <label htmlFor="birth-date">Lead guest date of birth</label>
      <DatePicker
        id="birth-date"
        selected={values.birthDate}
        onChange={(d: Date | null) => update('birthDate', d)}
        minDate={OLDEST_BIRTH_DATE}
        maxDate={new Date()}
        showYearDropdown
        scrollableYearDropdown
        yearDropdownItemNumber={100}
        dateFormat="dd/MM/yyyy"
      />
      {errors.birthDate && <p className="field-error">{errors.birthDate}</p>}

      <label htmlFor="guests">Guests</label>
      <input
        id="guests"
        type="number"
        min={1}
        max={6}
        value={values.guests}
        onChange={(e) => update('guests', Number(e.target.value))}
      />

      {nights > 0 && values.checkIn && (
        <p className="booking-form__summary">
          {nights} night{nights === 1 ? '' : 's'} from {format(values.checkIn, 'EEEE d MMMM')} · quote
          generated {format(new Date(), 'yyyy-MM-dd HH:mm')}
        </p>
      )}

      <button type="submit" disabled={submitting}>
        {submitting ? 'Checking availability…' : 'Check availability'}
      </button>
    </form>
  );
}
