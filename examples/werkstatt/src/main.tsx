import { render } from "preact";
import { App } from "./app.js";
import { answerImpactRequests } from "./impact-pool.js";
import "./styles.css";

// The same script draws the page and, started as a Web Worker by the page, computes a share of the
// impact on applications: a worker has no document.
if (typeof document === "undefined") answerImpactRequests(globalThis as unknown as Parameters<typeof answerImpactRequests>[0]);
else {
  const container = document.getElementById("werkstatt")!;
  // The message for a page opened from disk is for when this script cannot run; it can.
  container.replaceChildren();
  render(<App script={import.meta.url} />, container);
}
