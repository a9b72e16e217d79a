import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles.css";
import { StatusPage } from "./StatusPage.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <StatusPage />
  </StrictMode>,
);
