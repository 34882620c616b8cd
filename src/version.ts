/** This copy's version, as package.json says it (a test keeps the two equal). */
export const version = '0.1.0';
