// About dialog: version, channel badge and when this bundle was built.

const CHANNEL = import.meta.env.VITE_RELEASE_CHANNEL ?? 'stable';

export function About() {
  const built = new Date(__BUILD_TIME__);
  return (
    <dialog open>
      <h2>
        Pulseboard {__APP_VERSION__} {__BETA__ && <span className="badge">beta</span>}
      </h2>
      <p>Built {built.toLocaleString()} ({import.meta.env.VITE_BUILD_DATE})</p>
      <p>Channel: {CHANNEL}</p>
      <p>© {new Date().getFullYear()} Pulseboard Ltd.</p>
    </dialog>
  );
}
