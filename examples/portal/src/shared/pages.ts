/** One page of the portal. */
export interface PortalPage {
  /** Where it is served; the built page is `<path>index.html` of the client folder. */
  readonly path: string;
  /** Its HTML entry (title, description, the script of its folder under `src/client/`), from the portal's folder. */
  readonly html: string;
  /** Its link text in the main navigation and on the 404 page; unlisted pages (reached by link or by the office) have none. */
  readonly nav?: string;
}

/**
 * The portal's pages, one row each: the registration, the public directory, the school's status page
 * and the office's review. vite builds one entry per row, the header and the 404 page link the rows
 * with `nav`, the server's start message names them. A new page (an office page too) is a row here,
 * its HTML entry and its folder under `src/client/` (the page and its `main.tsx`); its API, for an
 * office page, goes into `server/office-routes.ts`.
 */
export const portalPages = {
  registrierung: { path: "/", html: "index.html", nav: "Registrieren" },
  verzeichnis: { path: "/verzeichnis/", html: "verzeichnis/index.html", nav: "Verzeichnis" },
  status: { path: "/status/", html: "status/index.html" },
  buero: { path: "/buero/", html: "buero/index.html" },
} as const satisfies Readonly<Record<string, PortalPage>>;

/** The id of a portal page, e.g. `buero`. */
export type PortalPageId = keyof typeof portalPages;

/** The pages of the main navigation, in its order. */
export const navigationPages: readonly (PortalPage & { readonly id: PortalPageId; readonly nav: string })[] = Object.entries(portalPages).flatMap(([id, page]) =>
  "nav" in page ? [{ ...page, id: id as PortalPageId }] : [],
);
