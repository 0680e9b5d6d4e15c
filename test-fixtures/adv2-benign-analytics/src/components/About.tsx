import { LAUNCHED_ON } from '../lib/constants';

export function About() {
  const years = new Date().getFullYear() - LAUNCHED_ON.getUTCFullYear();
  return (
    <section>
      <p>Pulse has been counting visits since {LAUNCHED_ON.toLocaleDateString('en-GB')} ({years} years).</p>
      <p>© {LAUNCHED_ON.getUTCFullYear()}–{new Date().getFullYear()} Pulse Ltd. All rights reserved.</p>
    </section>
  );
}
