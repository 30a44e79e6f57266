import type { Report } from './schema.js';
import type { Formatter } from './format.js';

export const formatJson: Formatter = (report) => {
  return JSON.stringify(report, null, 2) + '\n';
};
