import { StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { PageFrame } from "./ui.js";
import "./styles.css";

/** Renders a library's page into the page's root, in the shared frame. */
export function mount(library: string, page: ReactNode): void {
  const root = document.getElementById("root");
  if (root === null) throw new Error("Die Seite hat kein Element #root.");
  createRoot(root).render(
    <StrictMode>
      <PageFrame library={library}>{page}</PageFrame>
    </StrictMode>,
  );
}
