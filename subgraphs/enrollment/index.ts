import "reflect-metadata";
import type { SubgraphModule } from "../common/module";
import { Area } from "./area/area.entity";
import { AreaResolver } from "./area/area.resolver";
import { BatchLookupResolver } from "./lookup/batch.resolver";
import { Contribution } from "./contribution/contribution.entity";
import { ContributionResolver } from "./contribution/contribution.resolver";
import { enrollmentConfig } from "./config";
import { enrollmentDemo } from "./demo/demo";
import { Employer } from "./employer/employer.entity";
import { EmployerResolver } from "./employer/employer.resolver";
import { Enrollment } from "./enrollment/enrollment.entity";
import { EnrollmentResolver } from "./enrollment/enrollment.resolver";
import { enrollmentImporters } from "./import/importers";
import { enrollmentLoaders, EnrollmentLoaders } from "./loaders";
import { enrollmentBounds } from "./bounds";
import { parseId } from "../common/errors";
import { migrations, syncedDataSteps } from "./migrations";
import { RateParameter } from "./parameter/rate.entity";
import { RateResolver } from "./parameter/rate.resolver";
import { Person } from "./person/person.entity";
import { PersonResolver } from "./person/person.resolver";
import { enrollmentReportSection } from "./statistics/report-section";
import { ContributionMonth, PersonAreaYear, PersonYear } from "./statistics/rollup.entity";
import { InsuredStatisticsResolver, ZombieEmployerResolver } from "./statistics/statistics.resolver";

/** Enrollment (参保登记): areas, employers, people, enrollments, contributions and their figures. */
export const subgraph: SubgraphModule<EnrollmentLoaders> = {
  name: "enrollment",
  entities: [Area, Employer, Person, Enrollment, Contribution, RateParameter, PersonYear, PersonAreaYear, ContributionMonth],
  migrations,
  syncedDataSteps,
  resolvers: [AreaResolver, EmployerResolver, PersonResolver, EnrollmentResolver, ContributionResolver, RateResolver, InsuredStatisticsResolver, ZombieEmployerResolver, BatchLookupResolver],
  references: {
    Person: { scope: "enrollment:read", resolve: (ref, ctx) => ctx.loaders.person.load(parseId(ref.id, "id")) },
    Employer: { scope: "enrollment:read", resolve: (ref, ctx) => ctx.loaders.employer.load(parseId(ref.id, "id")) },
  },
  reportSection: enrollmentReportSection,
  loaders: enrollmentLoaders,
  bounds: enrollmentBounds,
  // The bulk writes of import/write.ts (imports and the demo load), checked against the unique indexes at start.
  upserts: [
    { entity: Area, conflict: ["code"] },
    { entity: RateParameter, conflict: ["insurance", "areaCode", "riskClass", "validFrom"] },
    { entity: Employer, conflict: ["creditCode"] },
    { entity: Person, conflict: ["idNumber"] },
    { entity: Enrollment, conflict: ["personId", "insurance", "employerId", "startDate"] },
    { entity: Contribution, conflict: ["personId", "insurance", "employerId", "month"] },
  ],
  demo: enrollmentDemo,
  importers: enrollmentImporters,
  config: enrollmentConfig,
};
