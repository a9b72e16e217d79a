import { evaluate, evaluateSync } from "./packages/core/src/index.ts";
const app = {
  school: { name: "Gymnasium Musterstadt", schoolNumber: "165432", type: "gymnasium" },
  partners: [{ name: "Stadtarchiv Musterstadt", category: "archive", municipal: true }],
  agreement: { written: true, startDate: "2025-08-01", endDate: "2027-07-31", indefinite: false, signedBySchool: true, signedByPartners: true, openToAllPupils: true, mentionsProgramme: true },
  contacts: [ { side: "school", name: "Anna Schmidt", email: "anna.schmidt@gym-musterstadt.de" }, { side: "partner", partner: 0, name: "Bernd Meyer", email: "b.meyer@musterstadt.de" } ],
};
const d = await evaluate(app);
console.log(d.status, d.criteria.map(c => c.id + ":" + c.status).join(" "));
console.log(JSON.stringify(await evaluate({ agreement: { startDate: "2025-08-01" } , partners: [{category:"other"}]}), null, 1).slice(0, 3000));
const s = evaluateSync({ agreement: { startDate: "2025-08-01" } });
console.log(s.status, s.criteria.map(c => c.id + ":" + c.status + ":" + (c.missing??[]).join(",")).join("\n"));
