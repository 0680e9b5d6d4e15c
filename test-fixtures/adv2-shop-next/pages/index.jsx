import Countdown from '../components/Countdown';
import cfg from '../config/app.config';
import { selectPickerBounds } from '../store/selectors';

const HOLIDAY_BANNER_UNTIL = '2027-01-06';

export default function Home({ launchAt, products }) {
  const betaOver = Date.now() > Date.parse(cfg.beta.ends); // expect: js/hardcoded-expiry
  const bounds = selectPickerBounds();
  return (
    <main>
      {betaOver ? <p>Thanks for trying the beta!</p> : <p>{cfg.beta.label}</p>}
      {Date.now() < Date.parse(HOLIDAY_BANNER_UNTIL) && <aside>Happy holidays! Free shipping.</aside>} {/* expect: js/hardcoded-expiry */}
      <Countdown to={launchAt} />
      <input type="date" min={bounds.min} max={bounds.max} />
      <ul>{products.map((p) => <li key={p.id}>{p.name}</li>)}</ul>
      <footer>© 2019–{new Date().getFullYear()} Acme Inc.</footer>
    </main>
  );
}

export async function getServerSideProps() {
  const res = await fetch('https://api.acme.test/launch');
  const { launchAt, products } = await res.json();
  return { props: { launchAt, products } };
}
