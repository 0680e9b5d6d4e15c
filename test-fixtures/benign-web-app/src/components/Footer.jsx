const FOUNDED_YEAR = 2019;
const plural = new Intl.PluralRules('en-GB');

const LINKS = [
  { href: '/about', label: 'About us' },
  { href: '/terms', label: 'Terms' },
  { href: '/privacy', label: 'Privacy' },
  { href: '/careers', label: 'Careers' },
];

export function Footer({ companyName = 'Acme Travel Ltd.' }) {
  const currentYear = new Date().getFullYear();
  const yearsTrading = currentYear - FOUNDED_YEAR;

  return (
    <footer className="site-footer">
      <nav aria-label="Footer">
        <ul>
          {LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <p className="site-footer__trust">
        Helping travellers for {yearsTrading} {plural.select(yearsTrading) === 'one' ? 'year' : 'years'}.
      </p>
      <p className="site-footer__legal">{`© ${FOUNDED_YEAR}–${new Date().getFullYear()} ${companyName}. All rights reserved.`}</p>
      <p className="site-footer__legal">
        ATOL protected · Company no. 11834207 · © {FOUNDED_YEAR}–{currentYear}
      </p>
    </footer>
  );
}
