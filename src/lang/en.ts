/** English language knowledge shared by the pipeline stages. */

/** The sections of a structured abstract, named the same way in both languages' tables. */
export type AbstractSection = 'abstract' | 'background' | 'objective' | 'methods' | 'results' | 'conclusion';

/** Headings of a structured abstract, as journals print them (matched in title case and in capitals). */
export const ABSTRACT_HEADINGS: Record<AbstractSection, readonly string[]> = {
  abstract: ['Abstract', 'Summary'],
  background: ['Background', 'Backgrounds', 'Introduction', 'Context'],
  objective: ['Objective', 'Objectives', 'Aim', 'Aims', 'Purpose', 'Purposes', 'Goal'],
  methods: ['Methods', 'Method', 'Methodology', 'Materials and methods', 'Patients and methods', 'Design', 'Study design'],
  results: ['Results', 'Result', 'Findings'],
  conclusion: ['Conclusion', 'Conclusions', 'Interpretation', 'Conclusions and relevance'],
};
