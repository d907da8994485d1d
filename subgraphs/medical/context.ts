import type { Context } from "../common/context";
import type { MedicalLoaders } from "./loaders";

export type MedicalContext = Context<MedicalLoaders>;
