import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { eligibleApplication } from "../../../test/fixtures.js";
import { ApplicationFacts } from "./ApplicationFacts.js";

describe("ApplicationFacts", () => {
  it("shows every answer of the application by its path, „unbefristet“ and the partners' „kommunal“ and „überregional“ included", () => {
    const application = eligibleApplication(1);
    application.agreement = { ...application.agreement!, indefinite: true, endDate: null };
    application.partners!.push({ name: "TuS Musterstadt", category: "sports-club", municipal: false, supraRegional: false });
    const html = renderToStaticMarkup(<ApplicationFacts application={application} />);
    const shown = (path: string) => new RegExp(`data-field="${path.replace(/\./g, "\\.")}">([^<]*)<`).exec(html)?.[1];
    expect(shown("school.schoolNumber")).toBe("165432");
    expect(shown("school.type")).toBe("Gymnasium");
    expect(shown("agreement.startDate")).toBe("01.08.2025");
    expect(shown("agreement.indefinite")).toBe("ja");
    expect(shown("agreement.endDate")).toBe("kein Enddatum");
    expect(shown("partners.0.municipal")).toBe("ja");
    expect(shown("partners.0.supraRegional")).toBe("nicht gefragt (kommunal)");
    expect(shown("partners.1.category")).toBe("Sportverein");
    expect(shown("partners.1.municipal")).toBe("nein");
    expect(shown("partners.1.supraRegional")).toBe("nein");
    expect(shown("contacts.1.email")).toBe("bernd.meyer@musterstadt.de");
    expect(html).toContain("Ansprechperson von „Stadtarchiv Musterstadt 1“");
  });

  it("says „keine Angabe“ where the application has no answer", () => {
    const html = renderToStaticMarkup(<ApplicationFacts application={{ school: { name: "Realschule Nord" } }} />);
    expect(html).toContain('data-field="school.schoolNumber">keine Angabe<');
    expect(html).toContain('data-field="agreement.indefinite">keine Angabe<');
  });
});
