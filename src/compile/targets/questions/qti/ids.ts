/** Identifier of the i-th choice of a single/multiple question. */
export const choiceId = (i: number): string => `C${i + 1}`;
/** Identifiers of the i-th left and right entries of a matching question. */
export const leftId = (i: number): string => `L${i + 1}`;
export const rightId = (i: number): string => `R${i + 1}`;
/** Identifier of the i-th item (in the correct order) of an ordering question. */
export const orderId = (i: number): string => `I${i + 1}`;
