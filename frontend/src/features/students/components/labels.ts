import type { Schemas } from '@/shared/api/client';

export const PHASES: Schemas['Phase'][] = ['INTAKE', 'PREPARATION', 'MATCHING', 'PLACED', 'IN_INTERNSHIP', 'CLOSED'];
export const INTENSITIES: Schemas['GuidanceIntensity'][] = ['PLACEMENT_ONLY', 'INTENSIVE'];
