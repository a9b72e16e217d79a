// Generated from data/categories.json and rules/ by scripts/generate-runtime-data.ts (part of `pnpm build`): do not edit.
// Only what the evaluators and the form read, so that browser bundles leave out the reasons, sources,
// descriptions, interpretations and the readings' texts.
import type { CategoryReading } from "../application/data.js";
import type { DecisionRuleSet } from "../evaluate/decision-rules.js";

/** The shipped partner categories as the evaluators and the form read them, in the order of the FAQ. */
export const runtimeCategories: readonly CategoryReading[] = [
  { id: "archive", inProgramme: true, label: { de: "Archiv", en: "Archive" }, thirdPartner: { needed: true } },
  { id: "library", inProgramme: true, label: { de: "Bibliothek", en: "Library" }, thirdPartner: { needed: true } },
  { id: "stage", inProgramme: true, label: { de: "Bühne", en: "Stage" }, thirdPartner: { needed: "review" } },
  { id: "memorial", inProgramme: true, label: { de: "Gedenkstätte", en: "Memorial" }, thirdPartner: { needed: true } },
  { id: "media-centre", inProgramme: true, label: { de: "Medienzentrum", en: "Media centre" }, thirdPartner: { needed: true } },
  { id: "museum", inProgramme: true, label: { de: "Museum", en: "Museum" }, thirdPartner: { needed: true } },
  { id: "music-school", inProgramme: true, label: { de: "Musikschule", en: "Music school" }, thirdPartner: { needed: true } },
  { id: "environmental-education", inProgramme: true, label: { de: "Einrichtung der Umweltbildung", en: "Environmental education centre" }, thirdPartner: { needed: true } },
  { id: "science-education", inProgramme: true, label: { de: "Einrichtung der naturwissenschaftlichen Bildung", en: "Science education centre" }, thirdPartner: { needed: true } },
  { id: "sports-club", inProgramme: true, label: { de: "Sportverein", en: "Sports club" }, thirdPartner: { needed: "review" } },
  { id: "adult-education-centre", inProgramme: true, label: { de: "Volkshochschule", en: "Adult education centre" }, thirdPartner: { needed: true } },
  { id: "other", inProgramme: false, label: { de: "Andere Einrichtung", en: "Other institution" }, thirdPartner: { needed: true } },
];

/** The shipped criteria as a Decision reads them (see `shippedDecisionRuleSets`). */
export const runtimeRuleSets: readonly DecisionRuleSet[] = [{
  "version": "1.0.0",
  "validFrom": "2023-05-31",
  "rules": [
    {
      "id": "written-agreement",
      "level": "must",
      "title": {
        "de": "Schriftliche Kooperationsvereinbarung",
        "en": "Written cooperation agreement"
      },
      "messages": {
        "met": {
          "de": "Die Kooperationsvereinbarung liegt schriftlich vor.",
          "en": "The cooperation agreement is in writing."
        },
        "notMet": {
          "de": "Für die Registrierung ist eine schriftliche Kooperationsvereinbarung nötig, die bei Bildungspartner NRW eingereicht wird. Bitte halten Sie Ihre Kooperation schriftlich fest, zum Beispiel mit der Musterkooperationsvereinbarung.",
          "en": "Registration needs a written cooperation agreement submitted to Bildungspartner NRW. Please put your cooperation in writing, for example with the model cooperation agreement."
        },
        "unknown": {
          "de": "Bitte geben Sie an, ob die Kooperationsvereinbarung schriftlich vorliegt.",
          "en": "Please state whether the cooperation agreement is in writing."
        }
      },
      "source": {
        "quote": "schriftliche Kooperationsvereinbarung",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "agreement.written",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "schriftlich-muss-kriterium",
          "title": {
            "de": "Schriftliche Vereinbarung als Muss-Kriterium",
            "en": "Written agreement as a must criterion"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "min-duration",
      "level": "should",
      "title": {
        "de": "Langfristige Vereinbarung (auf mindestens zwei Jahre angelegt)",
        "en": "Long-term agreement (meant to last at least two years)"
      },
      "messages": {
        "met": {
          "de": "Die Kooperationsvereinbarung ist auf mindestens zwei Jahre angelegt.",
          "en": "The cooperation agreement is meant to last at least two years."
        },
        "notMet": {
          "de": "Die Kooperationsvereinbarung sollte auf mindestens zwei Jahre angelegt sein. Bitte legen Sie die Vereinbarung auf mindestens zwei Jahre an oder schließen Sie sie unbefristet ab.",
          "en": "The cooperation agreement should be meant to last at least two years. Please set the agreement up for at least two years or make it indefinite."
        },
        "unknown": {
          "de": "Bitte geben Sie Beginn und Ende der Kooperationsvereinbarung an, oder dass sie unbefristet ist oder sich von selbst verlängert.",
          "en": "Please give the start and end dates of the cooperation agreement, or state that it is indefinite or renews itself."
        }
      },
      "source": {
        "quote": "Langfristigkeit der Vereinbarung (mind. auf zwei Jahre angelegt)",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "any": [
          {
            "fact": "agreement.indefinite",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "agreement.coversMonths",
            "operator": "greaterThanInclusive",
            "value": 24
          },
          {
            "all": [
              {
                "fact": "agreement.startMonthDay",
                "operator": "greaterThanInclusive",
                "value": 801
              },
              {
                "fact": "agreement.startMonthDay",
                "operator": "lessThanInclusive",
                "value": 930
              },
              {
                "fact": "agreement.schoolYearsReached",
                "operator": "greaterThanInclusive",
                "value": 2
              }
            ]
          },
          {
            "fact": "agreement.renewsAutomatically",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "soll-kriterium",
          "title": {
            "de": "Soll-Kriterium: nicht erfüllt heißt Prüfung durch Bildungspartner NRW, nicht Ablehnung",
            "en": "Should criterion: not met means review by Bildungspartner NRW, not rejection"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        },
        {
          "id": "unbefristet-zwei-jahre",
          "title": {
            "de": "Unbefristet gilt als auf mindestens zwei Jahre angelegt",
            "en": "Indefinite counts as meant to last at least two years"
          },
          "when": {
            "statuses": [
              "met"
            ],
            "conditions": {
              "all": [
                {
                  "fact": "agreement.indefinite",
                  "operator": "equal",
                  "value": true
                }
              ]
            }
          }
        },
        {
          "id": "zwei-schuljahre",
          "title": {
            "de": "Zwei Schuljahre gelten als zwei Jahre",
            "en": "Two school years count as two years"
          },
          "when": {
            "statuses": [
              "met"
            ],
            "conditions": {
              "all": [
                {
                  "fact": "agreement.coversMonths",
                  "operator": "lessThan",
                  "value": 24
                },
                {
                  "fact": "agreement.renewsAutomatically",
                  "operator": "equal",
                  "value": false
                }
              ]
            }
          }
        },
        {
          "id": "verlaengert-sich-selbst",
          "title": {
            "de": "Eine Vereinbarung, die sich bis zur Kündigung von selbst verlängert, gilt als auf mindestens zwei Jahre angelegt",
            "en": "An agreement that renews itself until notice counts as meant to last at least two years"
          },
          "when": {
            "statuses": [
              "met"
            ],
            "conditions": {
              "all": [
                {
                  "fact": "agreement.renewsAutomatically",
                  "operator": "equal",
                  "value": true
                },
                {
                  "fact": "agreement.coversMonths",
                  "operator": "lessThan",
                  "value": 24
                }
              ]
            }
          }
        }
      ]
    },
    {
      "id": "named-contacts",
      "level": "should",
      "title": {
        "de": "Feste Ansprechpersonen auf beiden Seiten",
        "en": "Named contacts on both sides"
      },
      "messages": {
        "met": {
          "de": "Schule und Partner nennen feste Ansprechpersonen.",
          "en": "The school and its partners name permanent contacts."
        },
        "notMet": {
          "de": "Die Schule und jeder Partner sollten eine feste Ansprechperson nennen. Bitte nennen Sie für die Schule und für jeden Partner eine Ansprechperson mit Namen.",
          "en": "The school and every partner should name a permanent contact person. Please name a contact person for the school and for every partner."
        },
        "unknown": {
          "de": "Bitte nennen Sie die Ansprechpersonen der Schule und jedes Partners.",
          "en": "Please name the contact persons of the school and of every partner."
        }
      },
      "source": {
        "quote": "feste Ansprechpartner auf beiden Seiten",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "contacts.schoolNamed",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "contacts.everyPartnerNamed",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "soll-kriterium",
          "title": {
            "de": "Soll-Kriterium: nicht erfüllt heißt Prüfung durch Bildungspartner NRW, nicht Ablehnung",
            "en": "Should criterion: not met means review by Bildungspartner NRW, not rejection"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "personal-email",
      "level": "should",
      "title": {
        "de": "Persönliche E-Mail-Adressen",
        "en": "Personal e-mail addresses"
      },
      "messages": {
        "met": {
          "de": "Alle Ansprechpersonen haben eine persönliche E-Mail-Adresse.",
          "en": "Every contact person has a personal e-mail address."
        },
        "notMet": {
          "de": "Jede Ansprechperson sollte eine persönliche E-Mail-Adresse haben. Nicht persönlich: {emails} – die Adresse trägt nicht den Namen der Ansprechperson oder ist ein Funktionspostfach. Persönlich ist eine Adresse, deren Teil vor dem @ den Namen trägt, z. B. anna.schmidt@, a.schmidt@ oder schmidt@ für Anna Schmidt (Umlaute als ae, oe, ue, ss). Bitte geben Sie für jede Ansprechperson ihre persönliche Adresse an.",
          "en": "Every contact person should have a personal e-mail address. Not personal: {emails} – the address does not bear the contact person's name or is a role mailbox. A personal address bears the name before the @, e.g. anna.schmidt@, a.schmidt@ or schmidt@ for Anna Schmidt (umlauts as ae, oe, ue, ss). Please give each contact person's personal address."
        },
        "unknown": {
          "de": "Bitte geben Sie für jede Ansprechperson ihren Namen und ihre E-Mail-Adresse an.",
          "en": "Please give the name and the e-mail address of every contact person."
        }
      },
      "source": {
        "quote": "feste Ansprechpartner auf beiden Seiten (mit persönlicher E-Mail-Adresse)",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "contacts.allEmailsPersonal",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "soll-kriterium",
          "title": {
            "de": "Soll-Kriterium: nicht erfüllt heißt Prüfung durch Bildungspartner NRW, nicht Ablehnung",
            "en": "Should criterion: not met means review by Bildungspartner NRW, not rejection"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        },
        {
          "id": "persoenlich-traegt-namen",
          "title": {
            "de": "Persönlich heißt: Die Adresse trägt den Namen der Ansprechperson",
            "en": "Personal means: the address bears the contact person's name"
          },
          "when": {
            "statuses": [
              "met",
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "open-to-all-pupils",
      "level": "should",
      "title": {
        "de": "Offen für alle Schülerinnen und Schüler",
        "en": "Open to all pupils"
      },
      "messages": {
        "met": {
          "de": "Das Angebot steht allen Schülerinnen und Schülern offen.",
          "en": "The offer is open to all pupils."
        },
        "notMet": {
          "de": "Das Kooperationsangebot sollte allen Schülerinnen und Schülern offenstehen. Bitte öffnen Sie es über einzelne Klassen, Kurse oder Jahrgänge hinaus.",
          "en": "The offer should be open to all pupils. Please open it beyond single classes, courses or years."
        },
        "unknown": {
          "de": "Bitte geben Sie an, ob das Angebot allen Schülerinnen und Schülern offensteht.",
          "en": "Please state whether the offer is open to all pupils."
        }
      },
      "source": {
        "quote": "Kooperationsangebot steht allen Schülerinnen und Schülern offen",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "agreement.openToAllPupils",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "soll-kriterium",
          "title": {
            "de": "Soll-Kriterium: nicht erfüllt heißt Prüfung durch Bildungspartner NRW, nicht Ablehnung",
            "en": "Should criterion: not met means review by Bildungspartner NRW, not rejection"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "programme-mentioned",
      "level": "should",
      "title": {
        "de": "Erwähnung von Bildungspartner NRW",
        "en": "Bildungspartner NRW is mentioned"
      },
      "messages": {
        "met": {
          "de": "Die Kooperationsvereinbarung erwähnt Bildungspartner NRW.",
          "en": "The cooperation agreement mentions Bildungspartner NRW."
        },
        "notMet": {
          "de": "Die Kooperationsvereinbarung sollte Bildungspartner NRW erwähnen, damit alle Beteiligten wissen, dass sie Teil des Programms sind. Bitte ergänzen Sie die Erwähnung.",
          "en": "The cooperation agreement should mention Bildungspartner NRW, so that everyone involved knows they are part of the programme. Please add the mention."
        },
        "unknown": {
          "de": "Bitte geben Sie an, ob die Kooperationsvereinbarung Bildungspartner NRW erwähnt.",
          "en": "Please state whether the cooperation agreement mentions Bildungspartner NRW."
        }
      },
      "source": {
        "quote": "Erwähnung von Bildungspartner NRW, damit alle Parteien wissen, dass sie Teil des Programms sind.",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "agreement.mentionsProgramme",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "soll-kriterium",
          "title": {
            "de": "Soll-Kriterium: nicht erfüllt heißt Prüfung durch Bildungspartner NRW, nicht Ablehnung",
            "en": "Should criterion: not met means review by Bildungspartner NRW, not rejection"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "signed-by-all",
      "level": "must",
      "title": {
        "de": "Von der Schule und allen Partnern unterzeichnet",
        "en": "Signed by the school and all partners"
      },
      "messages": {
        "met": {
          "de": "Die Kooperationsvereinbarung ist von der Schule und allen Partnern unterzeichnet.",
          "en": "The cooperation agreement is signed by the school and all partners."
        },
        "notMet": {
          "de": "Für die Registrierung muss die Kooperationsvereinbarung von der Schule und von jedem Partner unterzeichnet sein. Bitte reichen Sie die von allen unterzeichnete Fassung ein.",
          "en": "For registration, the cooperation agreement must be signed by the school and by every partner. Please submit the version signed by all."
        },
        "unknown": {
          "de": "Bitte geben Sie an, ob die Schule und alle Partner die Kooperationsvereinbarung unterzeichnet haben.",
          "en": "Please state whether the school and all partners have signed the cooperation agreement."
        }
      },
      "source": {
        "quote": "Sobald Sie die von beiden Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen, werden Sie offiziell registriert.",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "agreement.signedBySchool",
            "operator": "equal",
            "value": true
          },
          {
            "fact": "agreement.signedByPartners",
            "operator": "equal",
            "value": true
          }
        ]
      }
    },
    {
      "id": "eligible-category",
      "level": "must",
      "title": {
        "de": "Partner aus dem Kreis der Bildungspartner-Einrichtungen",
        "en": "Partners from the programme's institutions"
      },
      "messages": {
        "met": {
          "de": "Alle Partner gehören zu den Einrichtungen des Programms.",
          "en": "Every partner is one of the programme's kinds of institution."
        },
        "notMet": {
          "de": "Mindestens ein Partner gehört nicht zu den Einrichtungen, mit denen Bildungspartnerschaften geschlossen werden können (Archive, Bibliotheken, Bühnen, Gedenkstätten, Medienzentren, Museen, Musikschulen, Einrichtungen der Umweltbildung und der naturwissenschaftlichen Bildung, Sportvereine, Volkshochschulen).",
          "en": "At least one partner is not one of the institutions the programme covers (archives, libraries, stages, memorials, media centres, museums, music schools, environmental and science education centres, sports clubs, adult education centres)."
        },
        "unknown": {
          "de": "Bitte geben Sie für jeden Partner an, um welche Art von Einrichtung es sich handelt.",
          "en": "Please state for every partner what kind of institution it is."
        }
      },
      "source": {
        "quote": "Partnerschaften können zur Zeit zwischen Schulen und folgenden Institutionen geschlossen werden",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "partners.allInProgramme",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "andere-einrichtungen-ausgeschlossen",
          "title": {
            "de": "Einrichtungen außerhalb der Liste der FAQ: nicht registrierbar",
            "en": "Institutions outside the FAQ's list: not registrable"
          },
          "when": {
            "statuses": [
              "not-met"
            ]
          }
        }
      ]
    },
    {
      "id": "third-partner",
      "level": "must",
      "title": {
        "de": "Kommunaler Partner bei nicht kommunalen Partnern",
        "en": "A municipal partner beside non-municipal partners"
      },
      "messages": {
        "met": {
          "de": "Kein Partner braucht einen weiteren, kommunalen Partner, oder ein kommunaler Partner ist beteiligt.",
          "en": "No partner needs a further, municipal partner, or a municipal partner takes part."
        },
        "notMet": {
          "de": "Mindestens ein Partner ist keine kommunale Einrichtung, und kein kommunaler Partner ist beteiligt. Ein überregional tätiger Partner braucht einen weiteren, kommunalen Partner; bei einem örtlichen Partner hängt es von seiner Art ab, und wo das eine offene Auslegungsfrage ist (Sportvereine und Bühnen), entscheidet Bildungspartner NRW. Bitte beteiligen Sie einen kommunalen Partner (z. B. ein Museum, ein Archiv oder eine Umweltbildungseinrichtung) als dritten Partner.",
          "en": "At least one partner is not a municipal institution, and no municipal partner takes part. A partner working across regions needs a further, municipal partner; for a local partner it depends on its kind, and where that is an open question of reading (sports clubs and stages), Bildungspartner NRW decides. Please involve a municipal partner (e.g. a museum, an archive or an environmental education centre) as a third partner."
        },
        "unknown": {
          "de": "Bitte geben Sie für jeden Partner die Art der Einrichtung an, ob er eine kommunale Einrichtung ist (von einer Stadt, einer Gemeinde, einem Kreis oder einem kommunalen Verband getragen) und, wenn nicht, ob er überregional tätig ist (z. B. ein Landes- oder Bundesverband).",
          "en": "Please state for every partner what kind of institution it is, whether it is municipal (run by a town, a municipality, a district or a municipal association) and, if not, whether it works across regions (e.g. a state or federal association)."
        }
      },
      "source": {
        "quote": "ein weiterer, kommunaler Partner, z. B. ein Museum, ein Archiv oder eine Umweltbildungseinrichtung, muss als dritter Partner an der Bildungspartnerschaft beteiligt sein.",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "any": [
          {
            "all": [
              {
                "fact": "partners.anyNeedsMunicipalPartner",
                "operator": "equal",
                "value": false
              },
              {
                "fact": "partners.anyLocalNeedsReview",
                "operator": "equal",
                "value": false
              }
            ]
          },
          {
            "fact": "partners.anyMunicipal",
            "operator": "equal",
            "value": true
          }
        ]
      },
      "readings": [
        {
          "id": "kommunal",
          "title": {
            "de": "Was „kommunal“ heißt: Träger ist eine Stadt, eine Gemeinde, ein Kreis oder ein kommunaler Verband",
            "en": "What „kommunal“ means: run by a town, a municipality, a district or a municipal association"
          },
          "when": {
            "statuses": [
              "met",
              "not-met"
            ]
          }
        },
        {
          "id": "local-club-or-stage-without-municipal-partner",
          "title": {
            "de": "Örtlicher Sportverein oder freie Bühne ohne kommunalen Partner: Prüfung durch Bildungspartner NRW",
            "en": "Local sports club or independent stage without a municipal partner: review by Bildungspartner NRW"
          },
          "when": {
            "statuses": [
              "not-met"
            ],
            "conditions": {
              "all": [
                {
                  "fact": "partners.anyNeedsMunicipalPartner",
                  "operator": "equal",
                  "value": false
                }
              ]
            }
          },
          "level": "should"
        }
      ]
    },
    {
      "id": "kindergarten-excluded",
      "level": "must",
      "title": {
        "de": "Keine Kindergärten und Kindertageseinrichtungen",
        "en": "No kindergartens or day-care centres"
      },
      "messages": {
        "met": {
          "de": "Auf der schulischen Seite steht eine Schule.",
          "en": "The school side is a school."
        },
        "notMet": {
          "de": "Kooperationen mit Kindergärten und Kindertageseinrichtungen können nicht als Bildungspartnerschaft registriert werden. Die Vorlagen des Programms dürfen Sie gern für Ihre Kooperation anpassen.",
          "en": "Cooperations with kindergartens and day-care centres cannot be registered as a Bildungspartnerschaft. You are welcome to adapt the programme's templates for your cooperation."
        },
        "unknown": {
          "de": "Bitte geben Sie die Art der Einrichtung an (Schulform, Kindergarten oder Kindertageseinrichtung).",
          "en": "Please give the kind of institution (type of school, kindergarten or day-care centre)."
        }
      },
      "source": {
        "quote": "eine Registrierung von Kindergärten und Kindertageseinrichtungen ist nicht möglich",
        "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
      },
      "conditions": {
        "all": [
          {
            "fact": "school.type",
            "operator": "notIn",
            "value": [
              "kindergarten",
              "kita"
            ]
          }
        ]
      }
    }
  ],
  "nextSteps": {
    "eligible": [
      {
        "text": {
          "de": "Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW ein. Registriert wird Ihre Bildungspartnerschaft erst mit dieser Einreichung, nicht durch diese Prüfung.",
          "en": "Please submit the cooperation agreement signed by the school and all partners to Bildungspartner NRW. Your partnership is registered only with that submission, not by this check."
        },
        "source": {
          "quote": "Sobald Sie die von beiden Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen, werden Sie offiziell registriert.",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        },
        "stage": "before-submission"
      },
      {
        "text": {
          "de": "Sie haben die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung eingereicht. Nach der FAQ werden Sie mit dieser Einreichung offiziell registriert.",
          "en": "You have submitted the cooperation agreement signed by the school and all partners. By the FAQ, this submission registers you officially."
        },
        "source": {
          "quote": "Sobald Sie die von beiden Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen, werden Sie offiziell registriert.",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        },
        "stage": "after-submission"
      }
    ],
    "needs-review": [
      {
        "text": {
          "de": "Ihre Kooperation erfüllt nicht alle Kriterien, die sie erfüllen sollte. Bitte erläutern Sie bei der Einreichung, warum; über die Registrierung entscheidet dann Bildungspartner NRW.",
          "en": "Your cooperation does not meet every criterion it should meet. Please explain why when you submit it; Bildungspartner NRW then decides on the registration."
        },
        "source": {
          "quote": "Ihre Kooperation sollte folgende Kriterien erfüllen",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        },
        "stage": "before-submission"
      },
      {
        "text": {
          "de": "Bitte reichen Sie die von der Schule und allen Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW ein. Registriert wird Ihre Bildungspartnerschaft erst mit dieser Einreichung, nicht durch diese Prüfung.",
          "en": "Please submit the cooperation agreement signed by the school and all partners to Bildungspartner NRW. Your partnership is registered only with that submission, not by this check."
        },
        "source": {
          "quote": "Sobald Sie die von beiden Partnern unterzeichnete Kooperationsvereinbarung bei Bildungspartner NRW einreichen, werden Sie offiziell registriert.",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        },
        "stage": "before-submission"
      },
      {
        "text": {
          "de": "Sie haben die Kooperationsvereinbarung eingereicht. Weil sie nicht jedes Kriterium erfüllt, das eine Kooperation erfüllen sollte, entscheidet Bildungspartner NRW über die Registrierung.",
          "en": "You have submitted the cooperation agreement. Since it does not meet every criterion a cooperation should meet, Bildungspartner NRW decides on the registration."
        },
        "source": {
          "quote": "Ihre Kooperation sollte folgende Kriterien erfüllen",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        },
        "stage": "after-submission"
      }
    ],
    "not-eligible": [
      {
        "text": {
          "de": "Mindestens ein Muss-Kriterium ist nicht erfüllt. Bitte ändern Sie, was die nicht erfüllten Kriterien nennen, und prüfen Sie danach erneut; bei Fragen wenden Sie sich an Bildungspartner NRW.",
          "en": "At least one must criterion is not met. Please change what the criteria not met name and check again; for questions, contact Bildungspartner NRW."
        },
        "source": {
          "quote": "Sollten Sie weitere Fragen haben, schreiben Sie uns einfach eine kurze Mail oder rufen uns an",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        }
      }
    ],
    "incomplete": [
      {
        "text": {
          "de": "Bitte ergänzen Sie die Angaben, die bei den offenen Kriterien fehlen; erst dann zeigt die Prüfung, ob die Kooperation alle Kriterien erfüllt.",
          "en": "Please add the details the open criteria are missing; only then does the check show whether the cooperation meets every criterion."
        },
        "source": {
          "quote": "Ihre Kooperation sollte folgende Kriterien erfüllen",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        }
      }
    ],
    "invalid": [
      {
        "text": {
          "de": "Bitte korrigieren Sie die genannten Eingaben; erst dann wird die Kooperation an den Kriterien geprüft.",
          "en": "Please correct the inputs named; only then is the cooperation checked against the criteria."
        },
        "source": {
          "quote": "Ihre Kooperation sollte folgende Kriterien erfüllen",
          "url": "https://www.bildungspartner.schulministerium.nrw.de/Bildungspartner/Die-Bildungspartner/FAQ/"
        }
      }
    ]
  }
} satisfies DecisionRuleSet];
