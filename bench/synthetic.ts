import { randomLcg } from "d3";
import { frameworks } from "../src/frameworks/registry.ts";

import { eventStages } from "../src/dataset/vocabularies.ts";

/** Stages the synthetic events cycle through: the procedure's steps that move a partnership along. */
const STAGES = eventStages.codes.filter((code) =>
  ["initiation", "exploration", "loi-signed", "mou-signed", "activity"].includes(code),
);

/**
 * Builds the four CSV texts of a synthetic dataset: `partnerships` rows,
 * 20 codings each (about a quarter NA; every score above 0 with its own
 * quoted evidence holding a comma, as real quotes are unique) and
 * `eventsPerPartnership` events each.
 */
export function syntheticDataset(partnerships: number, { eventsPerPartnership = 5, seed = 1 } = {}) {
  const random = randomLcg(seed / 1000);
  const indicators = [
    ...frameworks["three-layers"].indicators.map((indicator) => ["three-layers", indicator.id, 2] as const),
    ...frameworks.ringrose.indicators.map((indicator) => ["ringrose", indicator.id, 2] as const),
  ];
  const partnershipLines = [
    "id,local_government,local_government_level,country_code,country_name,partner,partner_level,partner_country_code,partner_country_name,kind,local_latitude,local_longitude,partner_latitude,partner_longitude,coordinates_source,first_contact_year,status,source,locator,notes",
  ];
  const eventLines = [
    "id,partnership,date,stage,field,description,status,source,locator,duration_years,evidence_kind,note",
  ];
  const codingLines = ["partnership,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note"];
  for (let index = 0; index < partnerships; index++) {
    const id = `kota-${index % 500}-mitra-${index}`;
    partnershipLines.push(
      `${id},Kota ${index % 500},city,ID,Indonesia,Mitra ${index},city,ZA,South Africa,sister-city,${(-8 + random()).toFixed(4)},${(115 + random()).toFixed(4)},${(-34 + random()).toFixed(4)},${(22 + random()).toFixed(4)},synthetic,${2000 + (index % 20)},active,src,1,`,
    );
    for (let step = 0; step < eventsPerPartnership; step++)
      eventLines.push(
        `${id}-${step},${id},${2000 + (index % 20) + step},${STAGES[step % STAGES.length]},culture,"Step ${step}, as reported",realised,src,4.${step},,finding,`,
      );
    for (let count = 0; count < 20; count++) {
      const [framework, indicator] = indicators[count]!;
      const score = Math.floor(random() * 4);
      const scoreText = score === 3 ? "NA" : String(score);
      codingLines.push(
        `${id},${framework},${indicator},${scoreText},coder-a,${score > 0 && score < 3 ? `"Quote ${index}.${count} from the source, with a comma",finding` : ","},${score > 0 && score < 3 ? "src" : ""},4.2,`,
      );
    }
  }
  return {
    partnerships: partnershipLines.join("\n") + "\n",
    events: eventLines.join("\n") + "\n",
    codings: codingLines.join("\n") + "\n",
    portfolio_codings: "local_government,framework,indicator,score,coder,evidence,evidence_kind,source,locator,note\n",
    sources:
      "id,type,authors,year,as_of,title,container,url,citation,language,note\nsrc,journal-article,,,2021,A title,,,A citation.,id,\n",
  };
}
