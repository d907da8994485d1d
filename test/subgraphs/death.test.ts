import { startHub, TestHub } from "../helpers/hub";

const DEATH = `mutation D($input: RecordDeathInput!) { recordDeath(input: $input) { id dateOfDeath deathSource } }`;
const PERSON = `query($id: ID!) { person(id: $id) { id dateOfDeath deathSource birthDate } }`;

/** A person's date of death (issue 8, item 2): recorded once by mutation with its source, validated, bounded. */
describe("enrollment: a person's date of death", () => {
  let hub: TestHub;
  let registrar: string;
  let elsewhere: string;
  let analyst: string;

  beforeAll(async () => {
    hub = await startHub({ demoScale: 0.01 });
    registrar = await hub.token({ role: "registrar", sub: "registrar-1" });
    elsewhere = await hub.token({ role: "registrar", sub: "registrar-2", bounds: { area: "430581" } });
    analyst = await hub.token({ role: "analyst", sub: "analyst-1" });
  }, 240_000);
  afterAll(() => hub?.stop());

  const person = async (id: string) => (await hub.query<any>(PERSON, { id }, registrar)).data.person;

  it("records it once, with its source; a second record is CONFLICT and changes nothing", async () => {
    const res = await hub.query<any>(DEATH, { input: { personId: "3", dateOfDeath: "2024-08-01", source: "CIVIL_AFFAIRS" } }, registrar);
    expect(res.errors).toBeUndefined();
    expect(res.data.recordDeath).toEqual({ id: "3", dateOfDeath: "2024-08-01", deathSource: "CIVIL_AFFAIRS" });
    const again = await hub.query<any>(DEATH, { input: { personId: "3", dateOfDeath: "2024-09-01", source: "FAMILY" } }, registrar);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", field: "input.personId", rule: "death.recorded" });
    expect(await person("3")).toMatchObject({ dateOfDeath: "2024-08-01", deathSource: "CIVIL_AFFAIRS" });
  });

  it("refuses a day in the future, one before the birth date, an unknown person and a caller without the area or the scope", async () => {
    const future = await hub.query<any>(DEATH, { input: { personId: "4", dateOfDeath: "2099-01-01", source: "HOSPITAL" } }, registrar);
    expect(future.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dateOfDeath", rule: "date.not-future" });
    const birth = (await person("4")).birthDate as string;
    const early = await hub.query<any>(DEATH, { input: { personId: "4", dateOfDeath: `${Number(birth.slice(0, 4)) - 1}${birth.slice(4)}`, source: "HOSPITAL" } }, registrar);
    expect(early.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.dateOfDeath", rule: "death.before-birth" });
    const unknown = await hub.query<any>(DEATH, { input: { personId: "99999999", dateOfDeath: "2024-01-01", source: "HOSPITAL" } }, registrar);
    expect(unknown.errors![0].extensions).toMatchObject({ code: "NOT_FOUND", field: "input.personId" });
    const outside = await hub.query<any>(DEATH, { input: { personId: "4", dateOfDeath: "2024-01-01", source: "HOSPITAL" } }, elsewhere);
    expect(outside.errors![0].extensions!.code).toBe("NOT_FOUND");
    const noScope = await hub.query<any>(DEATH, { input: { personId: "4", dateOfDeath: "2024-01-01", source: "HOSPITAL" } }, analyst);
    expect(noScope.errors![0].extensions!.code).toBe("FORBIDDEN");
    expect(await person("4")).toMatchObject({ dateOfDeath: null, deathSource: null });
  });
});
