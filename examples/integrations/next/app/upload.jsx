"use client";
import { Check } from "./check.jsx";

// Read on the server: the file goes to the route handler (app/api/extract/route.js).
async function read(file) {
  const body = new FormData();
  body.set("file", file);
  const response = await fetch("/api/extract", { method: "POST", body });
  if (!response.ok && response.status !== 422) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return response.json();
}

export function Upload() {
  return <Check read={read} />;
}
