import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles.css";
import { RegistrationPage } from "./RegistrationPage.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <RegistrationPage />
  </StrictMode>,
);
