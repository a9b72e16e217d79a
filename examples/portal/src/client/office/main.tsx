import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles.css";
import { OfficePage } from "./OfficePage.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <OfficePage />
  </StrictMode>,
);
