import type { Schemas } from '@/shared/api/client';

export const PHASES: Schemas['Phase'][] = ['INTAKE', 'PREPARATION', 'MATCHING', 'PLACED', 'IN_INTERNSHIP', 'INTERNSHIP_ENDED', 'CLOSED'];
export const INTENSITIES: Schemas['GuidanceIntensity'][] = ['PLACEMENT_ONLY', 'INTENSIVE'];
