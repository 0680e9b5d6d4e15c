interface EventDto { id: string; title: string; startsAt: string; registrationClosesAt: string }

export async function loadEvent(id: string): Promise<EventDto> {
  const res = await fetch(`/api/events/${id}`);
  return (await res.json()) as EventDto;
}

export function countdown(ev: EventDto): { days: number; hours: number; closed: boolean } {
  const ms = Date.parse(ev.startsAt) - Date.now();
  const closed = Date.now() > Date.parse(ev.registrationClosesAt);
  return { days: Math.floor(ms / 864e5), hours: Math.floor((ms % 864e5) / 36e5), closed };
}

export async function mustRegisterBy(id: string): Promise<void> {
  const ev = await loadEvent(id);
  if (new Date() > new Date(ev.registrationClosesAt)) {
    throw new Error('Registration for this event has expired');
  }
}
