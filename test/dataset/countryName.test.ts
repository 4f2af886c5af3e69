import { describe, expect, it } from "vitest";
import { countryName } from "../../src/dataset/countryName.ts";

describe("countryName(name, language, code)", () => {
  it("names a country in Indonesian from its English name or its ISO code (CLDR names)", () => {
    expect(countryName("Morocco", "id")).toBe("Maroko");
    expect(countryName("South Korea", "id")).toBe("Korea Selatan");
    expect(countryName("United States", "id", "US")).toBe("Amerika Serikat");
    expect(countryName(null, "id", "za")).toBe("Afrika Selatan");
  });

  it("keeps the English name in English, and returns a name it does not know as written", () => {
    expect(countryName("Morocco", "en")).toBe("Morocco");
    expect(countryName("Atlantis", "id")).toBe("Atlantis");
    expect(countryName(null, "id")).toBeNull();
    expect(countryName("Morocco", "id", "not a code")).toBe("Morocco");
  });
});
