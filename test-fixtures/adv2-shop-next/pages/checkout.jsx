import cfg from '../config/app.config';

const V2_FROM = new Date(Date.parse('2027-02-01T00:00:00Z'));

export default function Checkout({ cart }) {
  return <form method="post">{cart.items.length} items</form>;
}

export async function getServerSideProps({ req }) {
  if (Date.now() >= V2_FROM.getTime()) { // expect: js/hardcoded-expiry
    return { redirect: { destination: '/checkout-v2', permanent: false } };
  }
  const session = await req.session();
  if (Date.now() > session.expiresAt) {
    return { redirect: { destination: '/login', permanent: false } };
  }
  return { props: { cart: session.cart, pageSize: cfg.pageSize } };
}
