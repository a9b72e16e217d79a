import type { ReactNode } from "react";
import { navigationPages, type PortalPageId } from "../shared/pages.js";

/** The frame of every page: skip link, header with navigation, the example notice, footer. */
export function PageShell({ current, children }: { current: PortalPageId; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href="/">
            <span className="brand-name">Bildungspartner NRW</span>
            <span className="brand-tag">Beispielportal</span>
          </a>
          <nav aria-label="Hauptnavigation">
            <ul className="nav">
              {navigationPages.map((page) => (
                <li key={page.id}>
                  <a href={page.path} aria-current={current === page.id ? "page" : undefined}>
                    {page.nav}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <div className="example-notice">
        <p className="container">
          Beispielanwendung des Open-Source-SDK <span lang="en">bildungspartner-rules</span>. Keine offizielle Registrierung bei Bildungspartner NRW.
        </p>
      </div>
      <main id="inhalt" className="container main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            Die Kriterien stammen aus den{" "}
            <a href="https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/" rel="noreferrer">
              FAQ von Bildungspartner NRW
            </a>
            . Das Verzeichnis zeigt keine Ansprechpersonen und keine E-Mail-Adressen.
          </p>
        </div>
      </footer>
    </>
  );
}
