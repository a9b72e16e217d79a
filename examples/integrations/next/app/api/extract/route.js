import { AgreementError, documentTypeOf, extractText } from "@bildungspartner/agreement/extract";

/** The uploaded agreement's text as `{ text }`, or `{ code }` with 422 for an AgreementError. */
export async function POST(request) {
  const file = (await request.formData()).get("file");
  try {
    const { text } = await extractText(await file.arrayBuffer(), { type: documentTypeOf(file.name) ?? "txt" });
    return Response.json({ text });
  } catch (error) {
    if (error instanceof AgreementError) return Response.json({ code: error.code }, { status: 422 });
    throw error;
  }
}
