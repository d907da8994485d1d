import { KitTables1796160957014 } from "./1796160957014-KitTables";
import { DataVersions1796236800000 } from "./1796236800000-DataVersions";
import { AuditPaging1796400000000 } from "./1796400000000-AuditPaging";
import { AuditHeadless1796500000000 } from "./1796500000000-AuditHeadless";

/**
 * The kit's migrations, run for every subgraph database on both dialects (kit-schema.ts), in order.
 * A change to a kit table is a new migration here, never one in a subgraph's folder.
 */
export const KIT_MIGRATIONS: Function[] = [KitTables1796160957014, DataVersions1796236800000, AuditPaging1796400000000, AuditHeadless1796500000000];
