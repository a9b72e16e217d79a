import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../styles.css";
import { DirectoryPage } from "./DirectoryPage.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <DirectoryPage />
  </StrictMode>,
);
