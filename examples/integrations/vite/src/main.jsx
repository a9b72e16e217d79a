import { AgreementError, documentTypeOf, extractText } from "@bildungspartner/agreement/extract";
import { createRoot } from "react-dom/client";
import { Check } from "./check.jsx";

// Read in the browser: the reader of the file's type is loaded on its first file.
async function read(file) {
  try {
    const { text } = await extractText(await file.arrayBuffer(), { type: documentTypeOf(file.name) ?? "txt" });
    return { text };
  } catch (error) {
    if (error instanceof AgreementError) return { code: error.code };
    throw error;
  }
}

createRoot(document.getElementById("root")).render(<Check read={read} />);
