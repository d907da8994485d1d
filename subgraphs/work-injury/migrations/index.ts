import { StoredOwnWage1796392273320 } from "./1796392273320-StoredOwnWage";
import { OwnWageCorrection1796303420946 } from "./1796303420946-OwnWageCorrection";
import { AppraisalExtension1796301215886 } from "./1796301215886-AppraisalExtension";
import { Dependants1796300355229 } from "./1796300355229-Dependants";
import { BenefitParameters1796299701118 } from "./1796299701118-BenefitParameters";
import { Investigations1796286694077 } from "./1796286694077-Investigations";
import { RecognitionApplications1796285656055 } from "./1796285656055-RecognitionApplications";
import { PaymentsQualification1796282427076 } from "./1796282427076-PaymentsQualification";
import { Initial1796187741019 } from "./1796187741019-Initial";
import { AppraisalsTrainings1796237849123 } from "./1796237849123-AppraisalsTrainings";

/**
 * Committed MySQL/MariaDB migrations of work-injury, in order (SQLite is synchronized from the
 * entities). The kit's tables are not here: the kit migrates them.
 */
export const migrations: Function[] = [Initial1796187741019, AppraisalsTrainings1796237849123, PaymentsQualification1796282427076, RecognitionApplications1796285656055, Investigations1796286694077, BenefitParameters1796299701118, Dependants1796300355229, AppraisalExtension1796301215886, OwnWageCorrection1796303420946, StoredOwnWage1796392273320];
